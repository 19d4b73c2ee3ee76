import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/model/entities';
import { useFormat } from '../../i18n/use-format';

/** Every year's evaluation, newest first; the earlier ones stay readable. */
export function EvaluationHistory({
  evaluations,
  currentId,
  onOpen,
}: {
  evaluations: readonly Evaluation[];
  currentId: string | null;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="plan-block evaluation-history" aria-labelledby="evaluation-history-heading">
      <h3 id="evaluation-history-heading">{t('evaluation.history.heading')}</h3>
      {evaluations.length === 0 ? (
        <p className="empty-text">{t('evaluation.history.empty')}</p>
      ) : (
        <ul
          className="evaluation-history-list unstyled-list no-max-width"
          aria-label={t('evaluation.history.listLabel')}
        >
          {evaluations.map((e) => {
            const open = e.id === currentId;
            return (
              <li
                key={e.id}
                className={open ? 'evaluation-history-item is-open' : 'evaluation-history-item'}
              >
                <div>
                  <p className="evaluation-history-title">
                    {t('evaluation.history.item', { year: e.year })}
                  </p>
                  <p className="evaluation-history-meta">
                    {t('evaluation.history.period', {
                      from: format.date(e.periodStart),
                      to: format.date(e.periodEnd),
                    })}
                    <br />
                    {e.completedAt
                      ? t('evaluation.history.completed', { date: format.date(e.completedAt) })
                      : t('evaluation.history.inProgress')}
                  </p>
                </div>
                {open ? (
                  <span className="evaluation-history-current">
                    {t('evaluation.history.current')}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('evaluation.history.openItem', { year: e.year })}
                    onClick={() => onOpen(e.id)}
                  >
                    {t('evaluation.history.open')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
