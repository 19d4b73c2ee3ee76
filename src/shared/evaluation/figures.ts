import type { PlanDocument } from '../model/document';
import type { EvaluationFigures } from '../model/stored/evaluation-figures';
import { budgetTotals } from '../progress/budget';
import { participantTotals } from '../progress/participants';
import { activitiesInPeriod, evaluationActivities } from './activities';
import { competenceFigures, effectChainFigures } from './effect-chain';
import type { EvaluationPeriod } from './types';

/**
 * The annual evaluation's figures, filled in from the plan. Cost and participants count the
 * activities that fall in the period (by end date), with the progress overview's rules: planned
 * money and people leave out cancelled activities, spent money and reached people do not.
 */
export function evaluationFigures(
  doc: Pick<PlanDocument, 'activities' | 'competences' | 'targetGroups' | 'measurements'>,
  period: EvaluationPeriod,
): EvaluationFigures {
  const scoped = activitiesInPeriod(doc.activities, period);
  const budget = budgetTotals(scoped);
  return {
    periodStart: period.from,
    periodEnd: period.to,
    activities: evaluationActivities(doc.activities, period),
    cost: { ...budget, share: budget.planned > 0 ? budget.spent / budget.planned : null },
    participants: participantTotals(scoped),
    effectChain: effectChainFigures(doc.measurements, period),
    competences: competenceFigures(doc, period),
  };
}
