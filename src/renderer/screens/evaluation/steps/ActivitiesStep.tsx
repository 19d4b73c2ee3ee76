import { useTranslation } from 'react-i18next';
import type { EvaluationActivity, EvaluationFigures } from '../../../../shared/evaluation';
import { useFormat } from '../../../i18n/use-format';

/** What was carried out and what was not: the committee comments on the latter in its conclusions. */
export function ActivitiesStep({ figures }: { figures: EvaluationFigures }) {
  const { t } = useTranslation();
  const a = figures.activities;
  return (
    <div className="evaluation-activities">
      <p>{t('evaluation.activities.lead', { count: a.inPeriod })}</p>
      <ActivityList
        heading={t('evaluation.activities.notCarriedOut', { count: a.notCarriedOut.length })}
        empty={t('evaluation.activities.notCarriedOutEmpty')}
        rows={a.notCarriedOut}
        hint={a.notCarriedOut.length > 0 ? t('evaluation.activities.notCarriedOutHint') : null}
      />
      <ActivityList
        heading={t('evaluation.activities.carriedOut', { count: a.carriedOut.length })}
        empty={t('evaluation.activities.carriedOutEmpty')}
        rows={a.carriedOut}
        hint={null}
      />
      {a.continuing.length > 0 && (
        <ActivityList
          heading={t('evaluation.activities.continuing', { count: a.continuing.length })}
          empty=""
          rows={a.continuing}
          hint={null}
        />
      )}
      {a.undated.length > 0 && (
        <p className="block-hint">
          {t('evaluation.activities.undated', { count: a.undated.length })}
        </p>
      )}
    </div>
  );
}

function ActivityList({
  heading,
  empty,
  rows,
  hint,
}: {
  heading: string;
  empty: string;
  rows: readonly EvaluationActivity[];
  hint: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="evaluation-list-block">
      <h5>{heading}</h5>
      {hint && <p className="block-hint">{hint}</p>}
      {rows.length === 0 ? (
        <p className="empty-text">{empty}</p>
      ) : (
        <ul className="evaluation-activity-list unstyled-list no-max-width">
          {rows.map((row) => (
            <li key={row.activityId}>
              <span className="evaluation-activity-title">{row.title}</span>
              <span className="evaluation-activity-meta">
                {t('evaluation.activities.meta', {
                  status: t(`enums.activityStatus.${row.status}`),
                  progress: format.percent(row.progress),
                  end: row.end ? format.date(row.end) : t('evaluation.activities.noEnd'),
                })}
                {' · '}
                {t('evaluation.activities.reached', {
                  reached: format.number(row.participantsReached),
                  planned: format.number(row.participantsPlanned),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
