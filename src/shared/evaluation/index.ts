export * from './types';
export { activitiesInPeriod, evaluationActivities, periodDate } from './activities';
export { competenceFigures, effectChainFigures } from './effect-chain';
export { evaluationFigures } from './figures';
export { defaultEvaluationPeriod } from './period';
export { createAnnualEvaluation, refreshEvaluationFigures } from './create';
export { seedNextPlan, type NextPlanSeed } from './seed-next-plan';
export { AnnualEvaluationSchema, EvaluationAnswersSchema, EvaluationFiguresSchema } from './schema';
