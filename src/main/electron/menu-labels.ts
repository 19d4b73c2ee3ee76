import { COMMAND_LABELS } from '../../shared/i18n/command-labels';
import { pickLabels } from '../../shared/i18n/localized';

/** The shell speaks Danish unless the system's first language is English. */
export type ShellLanguage = 'da' | 'en';

export function shellLanguage(preferredLanguages: readonly string[]): ShellLanguage {
  const first = preferredLanguages[0]?.toLowerCase() ?? '';
  return first === 'en' || first.startsWith('en-') ? 'en' : 'da';
}

export interface MenuLabels {
  file: string;
  newPlan: string;
  open: string;
  openRecent: string;
  importPlan: string;
  noRecent: string;
  missing: string;
  saveCopy: string;
  exportPlan: string;
  mergeCopy: string;
  fileTeamPlan: string;
  trends: string;
  /** A committee's own activity list into the open plan, through the mapping dialog. */
  importExcel: string;
  closePlan: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  devTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  window: string;
}

/** The menu's commands that the page offers too, named as the page names them. */
function commandsIn(language: ShellLanguage) {
  return pickLabels(language, COMMAND_LABELS, [
    'newPlan',
    'importPlan',
    'closePlan',
    'mergeCopy',
    'fileTeamPlan',
    'undo',
    'redo',
    'trends',
  ]);
}

export const MENU_LABELS: Record<ShellLanguage, MenuLabels> = {
  da: {
    ...commandsIn('da'),
    file: 'Filer',
    open: 'Åbn…',
    openRecent: 'Åbn seneste',
    noRecent: 'Ingen seneste planer',
    missing: '(mangler)',
    saveCopy: 'Gem en kopi…',
    exportPlan: 'Eksportér…',
    importExcel: 'Importér fra Excel …',
    quit: 'Afslut',
    edit: 'Redigér',
    cut: 'Klip',
    copy: 'Kopiér',
    paste: 'Sæt ind',
    selectAll: 'Markér alt',
    view: 'Vis',
    reload: 'Genindlæs',
    devTools: 'Udviklerværktøjer',
    resetZoom: 'Faktisk størrelse',
    zoomIn: 'Zoom ind',
    zoomOut: 'Zoom ud',
    fullScreen: 'Fuld skærm',
    window: 'Vindue',
  },
  en: {
    ...commandsIn('en'),
    file: 'File',
    open: 'Open…',
    openRecent: 'Open recent',
    noRecent: 'No recent plans',
    missing: '(missing)',
    saveCopy: 'Save a copy…',
    exportPlan: 'Export…',
    importExcel: 'Import from Excel …',
    quit: 'Quit',
    edit: 'Edit',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    window: 'Window',
  },
};
