import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seedNextPlan, type NextPlanSeed } from '../../../shared/evaluation';
import type { WindowDocument } from '../../../shared/model/document';
import type { Evaluation } from '../../../shared/model/entities';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';

/**
 * Next year's plan starts from this year's decisions, as `seedNextPlan` rolls the plan forward:
 * the period follows on, the decisions join the principles, and the plan is a draft again. One
 * update of the plan, so Fortryd takes it back whole.
 */
export function SeedNextPlan({ evaluation, doc }: { evaluation: Evaluation; doc: WindowDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const updatePlan = useAppStore((s) => s.updatePlan);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<NextPlanSeed | null>(null);
  if (readOnly) return null;

  const seed = seedNextPlan(doc.plan, {
    periodStart: evaluation.periodStart,
    periodEnd: evaluation.periodEnd,
    answers: {
      musFollowUp: evaluation.musFollowUp,
      conclusions: evaluation.conclusions,
      decisions: evaluation.decisions,
    },
  });

  const start = async () => {
    if (await updatePlan(seed.patch)) setDone(seed);
    setAsking(false);
  };

  return (
    <section className="evaluation-seed" aria-labelledby="evaluation-seed-heading">
      <h5 id="evaluation-seed-heading">{t('evaluation.seed.heading')}</h5>
      {done ? (
        <div role="status">
          <p>{t('evaluation.seed.done', { count: done.addedPrinciples.length })}</p>
          {done.leftOut.length > 0 && (
            <p>{t('evaluation.seed.leftOut', { list: format.list(done.leftOut) })}</p>
          )}
        </div>
      ) : evaluation.decisions.length === 0 ? (
        <p className="empty-text">{t('evaluation.seed.noDecisions')}</p>
      ) : (
        <>
          <p>
            {t('evaluation.seed.explain', {
              from: format.date(seed.patch.periodStart ?? ''),
              to: format.date(seed.patch.periodEnd ?? ''),
            })}
          </p>
          {asking ? (
            <div
              className="evaluation-confirm"
              role="group"
              aria-label={t('evaluation.seed.confirmQuestion')}
            >
              <p className="evaluation-confirm-question">{t('evaluation.seed.confirmQuestion')}</p>
              <button type="button" className="button button-primary" onClick={() => void start()}>
                {t('evaluation.seed.confirm')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setAsking(false)}
              >
                {t('evaluation.seed.cancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setAsking(true)}
            >
              {t('evaluation.seed.start')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
