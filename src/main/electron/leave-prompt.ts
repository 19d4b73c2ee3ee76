import type { BaseWindow, Dialog } from 'electron';
import type { ShellLanguage } from './menu-labels';

interface LeaveLabels {
  title: string;
  detail: string;
  keepEditing: string;
  discard: string;
}

/** The page's own question on leaving a refused value (editor.leave), as the window asks it. */
export const LEAVE_LABELS: Record<ShellLanguage, LeaveLabels> = {
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

/**
 * The page refused to unload (a field holds a refused value): true when the user chooses to close
 * all the same. "Fortsæt redigering" is the default, so Enter and Escape both keep the typing.
 */
export function confirmCloseWithRefusedValue(
  dialog: Pick<Dialog, 'showMessageBoxSync'>,
  window: BaseWindow,
  language: ShellLanguage,
): boolean {
  const labels = LEAVE_LABELS[language];
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: labels.title,
    message: labels.title,
    detail: labels.detail,
    buttons: [labels.keepEditing, labels.discard],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return choice === 1;
}
