import type { EvaluationFigures } from '../model/stored/evaluation-figures';

export interface EvaluationPeriod {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

/** The committee's own judgements: the figures are filled in, these are written. */
export interface EvaluationAnswers {
  /** How MUS (and GRUS) was used to follow up on competence development. */
  musFollowUp: string;
  conclusions: string;
  /** One decision per entry; next year's plan can start from them. */
  decisions: string[];
}

/** Kompetenceaftalen § 8, stk. 2: one per year, history kept. */
export interface AnnualEvaluation {
  year: number;
  periodStart: string;
  periodEnd: string;
  figures: EvaluationFigures;
  answers: EvaluationAnswers;
  createdAt: string;
}
