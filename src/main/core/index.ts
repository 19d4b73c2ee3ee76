// The core's one entry: the host and the command reach the plan file, the services and merging
// through here, so what the core offers the rooms above it is written down in one place.
export { CURRENT_VERSION } from './db/migrations';
export { sameFile } from './lock/file-identity';
export { createPlanFile } from './plan-file/create';
export { localIsoDate, recentPlanStatus } from './plan-file/plan-status';
export { readPlanReadOnly } from './plan-file/read-only';
export { systemEnvironment, type Environment } from './services/clock';
export {
  createEntity,
  deleteEntity,
  reorderEntities,
  updateEntity,
} from './services/entity-service';
export { addLink, removeLink } from './services/link-service';
export {
  emptyPlanDocument,
  examplePlanDocument,
  importJsonFile,
  readJsonPlan,
} from './services/plan-factory';
export { PlanSession } from './services/plan-session';
export { updatePlan } from './services/plan-service';
export {
  applyRankingToPriorities,
  promoteCard,
  saveBallot,
  type Ballot,
  type Promoted,
} from './services/workshop-service';
export { readStatusFigures } from './services/status-figures';
export { fileTeamPlan, previewTeamPlan } from './services/team-plan-filing';
export { readSurveyTable } from './survey/read-survey-table';
export { importSurvey, previewSurvey, readSurvey } from './survey/survey-import';
export { planMerge, writeMerge } from './sync/merge';
export { salvagePlan } from './sync/salvage';
export {
  findTrendsWorker,
  listTrendFiles,
  readTrendFile,
  readTrendFiles,
  TrendsReadPool,
  type ReadTrendsOptions,
  type TrendFiles,
} from './trends';
export {
  IMPORT_EXCEL_LABEL,
  importExcelActivities,
  previewExcelImport,
  readExcelChoice,
  readWorkbookOverview,
} from './import/excel-import';
export { importXlsxFile, readXlsxPlan } from './import/workbook-plan';
