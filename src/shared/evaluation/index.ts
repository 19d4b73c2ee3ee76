export * from './types';
export { activitiesInPeriod, evaluationActivities, periodDate } from './activities';
export { competenceFigures, effectChainFigures } from './effect-chain';
export { evaluationFigures } from './figures';
export { defaultEvaluationPeriod } from './period';
export { createAnnualEvaluation, refreshEvaluationFigures } from './create';
export { seedNextPlan, type NextPlanSeed } from './seed-next-plan';
export { AnnualEvaluationSchema, EvaluationAnswersSchema } from './schema';
export {
  EvaluationFiguresSchema,
  type EffectLinkFigures,
  type EvaluationActivities,
  type EvaluationActivity,
  type EvaluationCompetence,
  type EvaluationCost,
  type EvaluationFigures,
  type LinkIndicator,
  type LinkPairChange,
} from '../model/stored/evaluation-figures';
