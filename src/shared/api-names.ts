/**
 * The names of every call in the contract. Kept apart from `api.ts` so that the sandboxed preload
 * can build `window.omstil` from the list without bundling the schemas.
 */
export const API_CALLS = [
  'appInfo',
  'newPlan',
  'openPlan',
  'importPlan',
  'closePlan',
  'getPlan',
  'updatePlan',
  'createEntity',
  'updateEntity',
  'deleteEntity',
  'reorderEntities',
  'addLink',
  'removeLink',
  'promoteCard',
  'applyRankingToPriorities',
  'previewTeamPlan',
  'fileTeamPlan',
  'statusFigures',
  'undo',
  'redo',
  'saveCopy',
  'takeOverLock',
  'acceptOutsideChanges',
  'openCopy',
  'salvageCopy',
  'previewMerge',
  'completeMerge',
  'exportEvaluation',
  'exportWorkshopSummary',
  'workshopSummaryText',
  'exportWorkshopPoster',
  'exportPlan',
  'exportSections',
  'previewPdf',
  'openExportedFile',
  'listRecent',
  'forgetRecent',
  'recentPlanStatus',
  'chooseFile',
  // Workshop follow-ups (wsfix).
  'saveBallot',
  // Trends across many plans (issue 18).
  'trendsListFiles',
  'trendsReadFile',
  'trendsExport',
  // Excel import.
  'readExcelWorkbook',
  'previewExcelImport',
  'importExcelActivities',
  // Survey results in (issue 17 item 2).
  'readSurvey',
  'previewSurvey',
  'importSurvey',
  // Trends screen (issue 18 item 2).
  'chooseTrendsSources',
] as const;
export type ApiCall = (typeof API_CALLS)[number];

export function isApiCall(name: string): name is ApiCall {
  return (API_CALLS as readonly string[]).includes(name);
}

/** The IPC channel of a call; one channel per call keeps the main-side gate a simple lookup. */
export const ipcChannel = (call: ApiCall): string => `omstil:${call}`;

/** The one channel on which the shell pushes `ShellEvent`s to the renderer. */
export const SHELL_EVENT_CHANNEL = 'omstil:event';
