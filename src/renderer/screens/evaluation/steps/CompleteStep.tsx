import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Evaluation } from '../../../../shared/model/entities';
import { CheckMark } from '../../../components/CheckMark';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store';
import { moveStatus } from '../../planner/overview/status-moves';
import { useToday } from '../../progress/today';
import { SeedNextPlan } from '../SeedNextPlan';
import { useEvaluationEdit } from '../use-evaluation-edit';

/** What is filled in, then the completion itself; a completed evaluation can be reopened. */
export function CompleteStep({ evaluation, doc }: { evaluation: Evaluation; doc: WindowDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useToday();
  const { update } = useEvaluationEdit(evaluation);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const updatePlan = useAppStore((s) => s.updatePlan);
  // Only a plan that has been adopted and carried out can be called evaluated.
  const canMarkPlan = !readOnly && (doc.plan.status === 'adopted' || doc.plan.status === 'active');
  const decisions = evaluation.decisions.length;
  const checks: [boolean, string][] = [
    [
      evaluation.figures !== null,
      t(
        evaluation.figures
          ? 'evaluation.complete.figuresDone'
          : 'evaluation.complete.figuresMissing',
      ),
    ],
    [
      evaluation.musFollowUp.trim() !== '',
      t(
        evaluation.musFollowUp.trim()
          ? 'evaluation.complete.musDone'
          : 'evaluation.complete.musMissing',
      ),
    ],
    [
      evaluation.conclusions.trim() !== '',
      t(
        evaluation.conclusions.trim()
          ? 'evaluation.complete.conclusionsDone'
          : 'evaluation.complete.conclusionsMissing',
      ),
    ],
    [
      decisions > 0,
      decisions > 0
        ? t('evaluation.complete.decisions', { count: decisions })
        : t('evaluation.complete.decisionsMissing'),
    ],
  ];

  return (
    <div className="evaluation-complete">
      <h5>{t('evaluation.complete.checklist')}</h5>
      <ul className="evaluation-checklist unstyled-list no-max-width">
        {checks.map(([done, text]) => (
          <li key={text} className={done ? 'is-done' : 'is-missing'}>
            {done ? (
              <CheckMark />
            ) : (
              <span className="evaluation-missing-mark" aria-hidden="true">
                –
              </span>
            )}
            <span>{text}</span>
          </li>
        ))}
      </ul>
      {evaluation.completedAt === null ? (
        !readOnly && (
          <>
            <p>{t('evaluation.complete.explain')}</p>
            {evaluation.figures === null ? (
              <p className="evaluation-warning">{t('evaluation.complete.needFigures')}</p>
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => void update({ completedAt: today })}
              >
                {t('evaluation.complete.submit')}
              </button>
            )}
          </>
        )
      ) : (
        <>
          <p className="evaluation-done" role="status">
            {t('evaluation.complete.done', { date: format.date(evaluation.completedAt) })}
          </p>
          {!readOnly && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void update({ completedAt: null })}
            >
              {t('evaluation.complete.reopen')}
            </button>
          )}
          {canMarkPlan && (
            <div className="evaluation-plan-status">
              <p>{t('evaluation.complete.planStatusExplain')}</p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void updatePlan(moveStatus(doc.plan, 'evaluated', today))}
              >
                {t('evaluation.complete.markPlanEvaluated')}
              </button>
            </div>
          )}
          <SeedNextPlan evaluation={evaluation} doc={doc} />
        </>
      )}
    </div>
  );
}
