import { useTranslation } from 'react-i18next';

export type CompetenceView = 'list' | 'matrix';

/**
 * Two ways to see the competences: one card each with its suggestions, or all of them against the
 * methods at once. Toggle buttons rather than tabs, as the choice changes the whole screen below.
 */
export function ViewSwitch({
  value,
  onChange,
}: {
  value: CompetenceView;
  onChange: (view: CompetenceView) => void;
}) {
  const { t } = useTranslation();
  const option = (view: CompetenceView) => (
    <button
      type="button"
      className={value === view ? 'view-option view-option-active' : 'view-option'}
      aria-pressed={value === view}
      onClick={() => onChange(view)}
    >
      {t(`matching.views.${view}`)}
    </button>
  );
  return (
    <div className="view-switch" role="group" aria-label={t('matching.views.label')}>
      {option('list')}
      {option('matrix')}
    </div>
  );
}
