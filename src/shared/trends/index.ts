// Trends across many plans (issue 18): a summary per plan read through the gate, and the pure
// counting of many summaries into one report, shared by the command, the host and the screen.
export {
  aggregateTrends,
  type TrendsInput,
  type TrendsOptions,
  type TrendsRead,
} from './aggregate';
export { foldTitle } from './fold';
export * from './report';
export {
  PlanSummarySchema,
  TrendsReadSchema,
  summarisePlan,
  type PlanSummary,
  type SummaryEntry,
} from './summary';
