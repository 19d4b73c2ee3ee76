/** The guided evaluation's steps, in the order the committee works through them. */
export const EVALUATION_STEPS = [
  'period',
  'activities',
  'cost',
  'participants',
  'effect',
  'mus',
  'conclusions',
  'complete',
] as const;
export type EvaluationStep = (typeof EVALUATION_STEPS)[number];
