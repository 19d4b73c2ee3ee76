import type { PlanDocument } from '../model/document';
import { evaluationFigures } from './figures';
import type { AnnualEvaluation, EvaluationPeriod } from './types';

/** A new evaluation with the figures filled in and the committee's answers still empty. */
export function createAnnualEvaluation(
  doc: Pick<PlanDocument, 'activities' | 'competences' | 'targetGroups' | 'measurements'>,
  year: number,
  period: EvaluationPeriod,
  now: string,
): AnnualEvaluation {
  return {
    year,
    periodStart: period.from,
    periodEnd: period.to,
    figures: evaluationFigures(doc, period),
    answers: { musFollowUp: '', conclusions: '', decisions: [] },
    createdAt: now,
  };
}

/** Figures filled in again (after the plan changed) without touching the committee's answers. */
export function refreshEvaluationFigures(
  evaluation: AnnualEvaluation,
  doc: Pick<PlanDocument, 'activities' | 'competences' | 'targetGroups' | 'measurements'>,
): AnnualEvaluation {
  return {
    ...evaluation,
    figures: evaluationFigures(doc, { from: evaluation.periodStart, to: evaluation.periodEnd }),
  };
}
