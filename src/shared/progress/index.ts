export {
  BudgetTotalsSchema,
  LevelPointSchema,
  ParticipantTotalsSchema,
  StatusCountsSchema,
  WeightedProgressSchema,
  type BudgetTotals,
  type FundingSourceTotal,
  type LevelPoint,
  type ParticipantTotals,
  type StatusCounts,
  type WeightedProgress,
} from '../model/stored/figures';
export {
  SNAPSHOT_VERSION,
  StatusSnapshotSchema,
  type ActivityRef,
  type ActivityState,
  type CompetenceProgress,
  type OverdueActivity,
  type ProgressOverview,
  type StartingSoonActivity,
  type StatusSnapshot,
} from '../model/stored/status-snapshot';
export { addDays, addMonths, daysBetween, isWithin, yearMonthOf } from './dates';
export { weightedProgress } from './weighted-progress';
export { countByStatus } from './status-counts';
export { DEFAULT_STARTING_SOON_DAYS, overdueActivities, startingSoonActivities } from './schedule';
export { budgetTotals, fundingSourceKey, FUNDING_NOT_SET } from './budget';
export { participantTotals } from './participants';
export { competenceProgress } from './competence-progress';
export { progressOverview, type ProgressOptions } from './overview';
export { createSnapshot, snapshotOf } from './snapshot';
export {
  diffSnapshots,
  type ActivityMove,
  type CompetenceMove,
  type Delta,
  type NullableDelta,
  type SnapshotDiff,
} from './snapshot-diff';
export { shownProgressChange, type ShownProgressChange } from './shown-change';
export { EFFECT_CHAIN, effectLinkInfo, type EffectLinkInfo } from './effect-links';
export {
  levelChange,
  weightedMean,
  type ChangeFilter,
  type LevelChange,
  type WeightedValue,
} from './level-change';
export {
  competenceEffect,
  competenceGap,
  competencesWithoutBaseline,
  effectOverview,
  groupChanges,
  linkCoverage,
  type CompetenceEffect,
  type EffectOverview,
  type GroupChange,
  type LinkCoverage,
  type OverallChange,
} from './competence-effect';
