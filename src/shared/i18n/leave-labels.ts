import type { Language } from '../model/enums';

export interface LeaveLabels {
  title: string;
  detail: string;
  keepEditing: string;
  discard: string;
}

/** The page's own question on leaving a refused value (editor.leave), as the window asks it. */
export const LEAVE_LABELS: Record<Language, LeaveLabels> = {
  da: {
    title: 'Værdien er ikke gemt',
    detail: 'Et felt har en værdi, som ikke kan gemmes. Hvis du lukker vinduet, forsvinder den.',
    keepEditing: 'Fortsæt redigering',
    discard: 'Kassér og luk',
  },
  en: {
    title: 'The value is not saved',
    detail: 'A field holds a value that cannot be saved. If you close the window, it is lost.',
    keepEditing: 'Keep editing',
    discard: 'Discard and close',
  },
};
