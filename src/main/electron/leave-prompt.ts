import type { BaseWindow, Dialog } from 'electron';
import { LEAVE_LABELS } from '../../shared/i18n/leave-labels';
import type { ShellLanguage } from './menu-labels';

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
