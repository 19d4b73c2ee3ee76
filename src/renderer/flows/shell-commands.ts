import type { ShellEvent } from '../../shared/api';
import { useAppStore, type AppState } from '../store';
import { requestExcelImport } from './excel-import-request';
import { requestExport } from './export-flow';
import { requestMerge } from './merge-flow';
import { requestTeamPlan } from './team-plan-flow';

/**
 * Menu commands run exactly the flows the buttons run, so there is one way to do each thing; the
 * other events bring news from the shell into the store.
 */
export function runShellEvent(event: ShellEvent, state: AppState): Promise<unknown> {
  switch (event.type) {
    case 'open-path':
      return state.openPlan(event.path);
    case 'plan-changed':
      return state.refresh();
    case 'export-progress':
      state.setExportProgress(event.fraction);
      return Promise.resolve();
    case 'menu':
      switch (event.command) {
        case 'new':
          return state.requestNew();
        case 'open':
          return state.requestOpen();
        case 'import':
          return state.requestImport();
        case 'save-copy':
          return state.snapshot ? state.requestSaveCopy() : Promise.resolve();
        case 'export':
          return state.snapshot ? requestExport() : Promise.resolve();
        case 'merge':
          return state.snapshot ? requestMerge() : Promise.resolve();
        case 'file-team-plan':
          return state.snapshot ? requestTeamPlan() : Promise.resolve();
        case 'close':
          // As the header's button: a refused value is not closed away without asking.
          if (state.snapshot) state.leave(() => void useAppStore.getState().closePlan());
          return Promise.resolve();
        case 'undo':
          return state.snapshot ? state.undo() : Promise.resolve();
        case 'redo':
          return state.snapshot ? state.redo() : Promise.resolve();
        case 'trends':
          // In front of an open plan, which is there again on leaving; a refused value is not
          // left behind without asking.
          if (state.snapshot) state.leave(() => useAppStore.getState().openTrends());
          else state.openTrends();
          return Promise.resolve();
        case 'import-excel':
          return state.snapshot ? importExcel(state) : Promise.resolve();
      }
  }
}

/**
 * »Importér fra Excel …« lives on the Indsatser screen: go there, and start it once there. A
 * refused value on the screen left behind asks first; the import waits for no answer to that.
 */
function importExcel(state: AppState): Promise<void> {
  state.setView('activities');
  if (useAppStore.getState().view === 'activities') requestExcelImport();
  return Promise.resolve();
}
