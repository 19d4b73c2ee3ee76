import {
  createAnnualEvaluation,
  refreshEvaluationFigures,
  type AnnualEvaluation,
  type EvaluationFigures,
} from '../../../shared/evaluation';
import type { WindowDocument } from '../../../shared/model/document';
import type { Evaluation } from '../../../shared/model/entities';

/** The stored row in the shape the domain's functions take (answers grouped, figures present). */
export function asAnnual(e: Evaluation, figures: EvaluationFigures): AnnualEvaluation {
  return {
    year: e.year,
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    figures,
    answers: { musFollowUp: e.musFollowUp, conclusions: e.conclusions, decisions: e.decisions },
    createdAt: e.updatedAt,
  };
}

/**
 * The figures to freeze into the evaluation now: filled in for the first time, or filled in again
 * without touching the committee's answers.
 */
export function figuresNow(doc: WindowDocument, e: Evaluation, now: string): EvaluationFigures {
  if (e.figures === null) {
    return createAnnualEvaluation(doc, e.year, { from: e.periodStart, to: e.periodEnd }, now)
      .figures;
  }
  return refreshEvaluationFigures(asAnnual(e, e.figures), doc).figures;
}

/** Whether the plan has changed, since the figures were frozen, in a way that changes them. */
export function figuresOutdated(doc: WindowDocument, e: Evaluation): boolean {
  if (e.figures === null) return false;
  const fresh = refreshEvaluationFigures(asAnnual(e, e.figures), doc).figures;
  return stable(fresh) !== stable(e.figures);
}

/** JSON with keys sorted: the stored figures come back through a schema that may reorder them. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Evaluations newest year first, as the history lists them. */
export function byYearDescending(evaluations: readonly Evaluation[]): Evaluation[] {
  return [...evaluations].sort((a, b) => b.year - a.year);
}

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));
