import type { LocalizedText } from './localized';

/** Commands that the desktop program's menu and the page's own buttons both offer. */
export const COMMAND_LABELS = {
  newPlan: { da: 'Ny plan…', en: 'New plan…' },
  importPlan: { da: 'Importér fra JSON…', en: 'Import from JSON…' },
  closePlan: { da: 'Luk plan', en: 'Close plan' },
  mergeCopy: { da: 'Flet med en kopi…', en: 'Merge with a copy…' },
  fileTeamPlan: { da: 'Indsæt et teams plan…', en: 'File a team’s plan…' },
  undo: { da: 'Fortryd', en: 'Undo' },
  redo: { da: 'Gentag', en: 'Redo' },
  trends: { da: 'Tendenser på tværs af planer…', en: 'Trends across plans…' },
} satisfies Record<string, LocalizedText>;
