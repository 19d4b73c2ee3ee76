import { contextBridge, ipcRenderer } from 'electron';
// Types only: the sandboxed preload must not bundle zod and the schemas.
import type { OmstilBridge, ShellEvent } from '../shared/api';
import { ipcChannel, SHELL_EVENT_CHANNEL, type ApiCall } from '../shared/api-names';
import type { Result } from '../shared/result';

/**
 * `window.omstil`: one function per call of the contract and a shell-event subscription. Nothing
 * else crosses the bridge, least of all `ipcRenderer` itself.
 */

const call =
  (name: ApiCall) =>
  (input: unknown): Promise<Result<unknown>> =>
    ipcRenderer.invoke(ipcChannel(name), input) as Promise<Result<unknown>>;

type Listener = (event: ShellEvent) => void;
const listeners = new Set<Listener>();
// A file opened from the OS may be announced before the page has subscribed; it waits here.
const early: ShellEvent[] = [];
const MAX_EARLY = 20;

ipcRenderer.on(SHELL_EVENT_CHANNEL, (_event, payload: unknown) => {
  if (!isShellEvent(payload)) return;
  if (listeners.size === 0) {
    if (early.length < MAX_EARLY) early.push(payload);
    return;
  }
  for (const listener of [...listeners]) listener(payload);
});

function isShellEvent(value: unknown): value is ShellEvent {
  return (
    typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string'
  );
}

function onShellEvent(listener: Listener): () => void {
  listeners.add(listener);
  if (early.length > 0) {
    const queued = early.splice(0);
    // After the caller has its unsubscribe function, as with any live event.
    queueMicrotask(() => {
      for (const event of queued) if (listeners.has(listener)) listener(event);
    });
  }
  return () => {
    listeners.delete(listener);
  };
}

const bridge = {
  appInfo: call('appInfo'),
  newPlan: call('newPlan'),
  openPlan: call('openPlan'),
  importPlan: call('importPlan'),
  closePlan: call('closePlan'),
  getPlan: call('getPlan'),
  updatePlan: call('updatePlan'),
  createEntity: call('createEntity'),
  updateEntity: call('updateEntity'),
  deleteEntity: call('deleteEntity'),
  reorderEntities: call('reorderEntities'),
  addLink: call('addLink'),
  removeLink: call('removeLink'),
  promoteCard: call('promoteCard'),
  applyRankingToPriorities: call('applyRankingToPriorities'),
  previewTeamPlan: call('previewTeamPlan'),
  fileTeamPlan: call('fileTeamPlan'),
  statusFigures: call('statusFigures'),
  undo: call('undo'),
  redo: call('redo'),
  saveCopy: call('saveCopy'),
  takeOverLock: call('takeOverLock'),
  acceptOutsideChanges: call('acceptOutsideChanges'),
  openCopy: call('openCopy'),
  salvageCopy: call('salvageCopy'),
  previewMerge: call('previewMerge'),
  completeMerge: call('completeMerge'),
  exportEvaluation: call('exportEvaluation'),
  exportWorkshopSummary: call('exportWorkshopSummary'),
  workshopSummaryText: call('workshopSummaryText'),
  exportWorkshopPoster: call('exportWorkshopPoster'),
  exportPlan: call('exportPlan'),
  exportSections: call('exportSections'),
  previewPdf: call('previewPdf'),
  openExportedFile: call('openExportedFile'),
  listRecent: call('listRecent'),
  forgetRecent: call('forgetRecent'),
  recentPlanStatus: call('recentPlanStatus'),
  chooseFile: call('chooseFile'),
  // Workshop follow-ups (wsfix).
  saveBallot: call('saveBallot'),
  // Trends across many plans (issue 18).
  trendsListFiles: call('trendsListFiles'),
  trendsReadFile: call('trendsReadFile'),
  trendsExport: call('trendsExport'),
  // Excel import.
  readExcelWorkbook: call('readExcelWorkbook'),
  previewExcelImport: call('previewExcelImport'),
  importExcelActivities: call('importExcelActivities'),
  // Survey results in (issue 17 item 2).
  readSurvey: call('readSurvey'),
  previewSurvey: call('previewSurvey'),
  importSurvey: call('importSurvey'),
  // Trends screen (issue 18 item 2).
  chooseTrendsSources: call('chooseTrendsSources'),
  onShellEvent,
} satisfies OmstilBridge;

contextBridge.exposeInMainWorld('omstil', bridge);
