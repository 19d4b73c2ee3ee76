import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { useGoToView } from '../go-to';

/** Competences whose change can never be shown, because nothing was measured before. */
export function MissingBaselines({
  competences,
}: {
  competences: readonly { competenceId: string; title: string }[];
}) {
  const { t } = useTranslation();
  const goTo = useGoToView();
  if (competences.length === 0) return null;
  return (
    <section
      className="alert alert-warning effect-missing"
      aria-labelledby="effect-missing-heading"
    >
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <h3 id="effect-missing-heading" className="alert-heading">
          {t('progress.effect.missingHeading', { count: competences.length })}
        </h3>
        <p className="alert-text">{t('progress.effect.missingText')}</p>
        <ul className="no-max-width">
          {competences.map((c) => (
            <li key={c.competenceId}>{c.title}</li>
          ))}
        </ul>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => goTo('measurements')}
        >
          {t('progress.effect.goToMeasurements')}
        </button>
      </div>
    </section>
  );
}
