import type { EvaluationFigures } from '../../../../shared/evaluation';

/** The stored annual evaluation as the exports read it (the plan's `evaluations` rows). */
export interface EvaluationRecord {
  id: string;
  year: number;
  periodStart: string;
  periodEnd: string;
  figures: EvaluationFigures | null;
  musFollowUp: string;
  conclusions: string;
  decisions: string[];
  completedAt: string | null;
}

/** The latest completed evaluation: the highest year among those the committee has completed. */
export function latestCompleted<T extends EvaluationRecord>(evaluations: readonly T[]): T | null {
  return evaluations
    .filter((e) => e.completedAt !== null)
    .reduce<T | null>((best, e) => (best === null || e.year > best.year ? e : best), null);
}
