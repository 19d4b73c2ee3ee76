import { basename, extname, join } from 'node:path';
import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { HostContext } from '../core/api/host-context';
import type { ShellLanguage } from './menu-labels';

type Purpose = Parameters<NonNullable<HostContext['chooseFile']>>[0];

const PLAN_EXTENSION = 'omstil';

const DIALOG_LABELS: Record<
  ShellLanguage,
  { filter: string } & Record<Purpose, { title: string; button: string }>
> = {
  da: {
    filter: 'Omstil-plan',
    open: { title: 'Åbn plan', button: 'Åbn' },
    new: { title: 'Ny plan', button: 'Opret' },
    saveCopy: { title: 'Gem en kopi af planen', button: 'Gem kopi' },
  },
  en: {
    filter: 'Omstil plan',
    open: { title: 'Open plan', button: 'Open' },
    new: { title: 'New plan', button: 'Create' },
    saveCopy: { title: 'Save a copy of the plan', button: 'Save copy' },
  },
};

export interface DialogOptions {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** The window the dialog belongs to, so it opens as a sheet over it rather than on its own. */
  parent: () => BaseWindow | undefined;
  defaultFolder: string;
  language: ShellLanguage;
}

/** `HostContext.chooseFile` with the native dialogs. Resolves to null when the user cancels. */
export function createChooseFile(options: DialogOptions): NonNullable<HostContext['chooseFile']> {
  const labels = DIALOG_LABELS[options.language];
  const filters = [{ name: labels.filter, extensions: [PLAN_EXTENSION] }];

  return async (purpose, suggestedName) => {
    const parent = options.parent();
    if (purpose === 'open') {
      const dialogOptions: OpenDialogOptions = {
        title: labels.open.title,
        buttonLabel: labels.open.button,
        defaultPath: options.defaultFolder,
        filters,
        properties: ['openFile'],
      };
      const result = parent
        ? await options.dialog.showOpenDialog(parent, dialogOptions)
        : await options.dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    }
    const dialogOptions: SaveDialogOptions = {
      title: labels[purpose].title,
      buttonLabel: labels[purpose].button,
      // Only the name is taken from the page; the folder is ours to choose.
      defaultPath: suggestedName
        ? join(options.defaultFolder, withPlanExtension(basename(suggestedName)))
        : options.defaultFolder,
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const result = parent
      ? await options.dialog.showSaveDialog(parent, dialogOptions)
      : await options.dialog.showSaveDialog(dialogOptions);
    if (result.canceled || !result.filePath) return null;
    return withPlanExtension(result.filePath);
  };
}

/** GTK's save dialog does not add the filter's extension the way Windows and macOS do. */
export function withPlanExtension(path: string): string {
  return extname(path).toLowerCase() === `.${PLAN_EXTENSION}` ? path : `${path}.${PLAN_EXTENSION}`;
}
