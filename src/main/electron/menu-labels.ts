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
  noRecent: string;
  missing: string;
  saveCopy: string;
  exportPlan: string;
  mergeCopy: string;
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

export const MENU_LABELS: Record<ShellLanguage, MenuLabels> = {
  da: {
    file: 'Filer',
    newPlan: 'Ny plan…',
    open: 'Åbn…',
    openRecent: 'Åbn seneste',
    noRecent: 'Ingen seneste planer',
    missing: '(mangler)',
    saveCopy: 'Gem en kopi…',
    exportPlan: 'Eksportér…',
    mergeCopy: 'Flet med en kopi…',
    closePlan: 'Luk plan',
    quit: 'Afslut',
    edit: 'Rediger',
    undo: 'Fortryd',
    redo: 'Gentag',
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
    file: 'File',
    newPlan: 'New plan…',
    open: 'Open…',
    openRecent: 'Open recent',
    noRecent: 'No recent plans',
    missing: '(missing)',
    saveCopy: 'Save a copy…',
    exportPlan: 'Export…',
    mergeCopy: 'Merge with a copy…',
    closePlan: 'Close plan',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
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
