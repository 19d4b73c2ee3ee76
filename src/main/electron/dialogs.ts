import { basename, extname, join } from 'node:path';
import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ExportFileFormat } from '../../shared/api';
import { PLAN_EXTENSION as PLAN_FILE_EXTENSION } from '../../shared/file-extensions';
import type { FilePurpose, HostContext } from '../host';
import type { ShellLanguage } from './menu-labels';

// Electron's filters name extensions without the dot.
const PLAN_EXTENSION = PLAN_FILE_EXTENSION.slice(1);

const DIALOG_LABELS: Record<
  ShellLanguage,
  {
    filter: string;
    formats: Record<ExportFileFormat, string>;
    /** `import` with the `xlsx` format: a committee's own list, read into the open plan. */
    importExcel: { title: string; button: string };
    /** `import` of a plan: its JSON file, or a workbook Omstil wrote with the plan's data. */
    importPlanFilter: string;
  } & Record<FilePurpose, { title: string; button: string }>
> = {
  da: {
    filter: 'Omstil-plan',
    formats: {
      pdf: 'PDF-dokument',
      docx: 'Word-dokument',
      xlsx: 'Excel-projektmappe',
      csv: 'CSV-fil (semikolonsepareret)',
      json: 'JSON-fil',
      ics: 'Kalenderfil (iCalendar)',
    },
    open: { title: 'Åbn plan', button: 'Åbn' },
    import: { title: 'Importér en plan fra en JSON-fil eller et regneark', button: 'Importér' },
    importPlanFilter: 'Plan som JSON eller Excel-projektmappe',
    importExcel: { title: 'Vælg regnearket med indsatserne', button: 'Vælg' },
    teamPlan: { title: 'Vælg teamets plan', button: 'Vælg' },
    survey: { title: 'Vælg udtrækket af besvarelser', button: 'Vælg' },
    new: { title: 'Ny plan', button: 'Opret' },
    saveCopy: { title: 'Gem en kopi af planen', button: 'Gem kopi' },
    export: { title: 'Eksportér planen', button: 'Eksportér' },
  },
  en: {
    filter: 'Omstil plan',
    formats: {
      pdf: 'PDF document',
      docx: 'Word document',
      xlsx: 'Excel workbook',
      csv: 'CSV file (semicolon-separated)',
      json: 'JSON file',
      ics: 'Calendar file (iCalendar)',
    },
    open: { title: 'Open plan', button: 'Open' },
    import: { title: 'Import a plan from a JSON file or a workbook', button: 'Import' },
    importPlanFilter: 'Plan as JSON or Excel workbook',
    importExcel: { title: 'Choose the spreadsheet with the activities', button: 'Choose' },
    teamPlan: { title: 'Choose the team’s plan', button: 'Choose' },
    survey: { title: 'Choose the export of responses', button: 'Choose' },
    new: { title: 'New plan', button: 'Create' },
    saveCopy: { title: 'Save a copy of the plan', button: 'Save copy' },
    export: { title: 'Export the plan', button: 'Export' },
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
  const planFilters = [{ name: labels.filter, extensions: [PLAN_EXTENSION] }];

  return async (purpose, suggestedName, format = 'pdf') => {
    const parent = options.parent();
    // An export is saved under its own format's extension; everything else is a plan file.
    const extension = purpose === 'export' ? format : PLAN_EXTENSION;
    // A team's plan comes as a plan file or in the JSON format, as the team saved it.
    const filters =
      purpose === 'export' || purpose === 'import'
        ? [{ name: labels.formats[format], extensions: [format] }]
        : purpose === 'teamPlan'
          ? [...planFilters, { name: labels.formats.json, extensions: ['json'] }]
          : purpose === 'survey'
            ? [
                {
                  name: `${labels.formats.csv}, ${labels.formats.xlsx}`,
                  extensions: ['csv', 'xlsx'],
                },
              ]
            : planFilters;
    // A plan to import comes as its JSON or as a workbook Omstil wrote with the plan's data.
    const importsPlan = purpose === 'import' && format === 'json';
    if (
      purpose === 'open' ||
      purpose === 'import' ||
      purpose === 'teamPlan' ||
      purpose === 'survey'
    ) {
      const label =
        purpose === 'import' && format === 'xlsx' ? labels.importExcel : labels[purpose];
      const dialogOptions: OpenDialogOptions = {
        title: label.title,
        buttonLabel: label.button,
        defaultPath: options.defaultFolder,
        filters: importsPlan
          ? [{ name: labels.importPlanFilter, extensions: ['json', 'xlsx'] }]
          : filters,
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
        ? join(options.defaultFolder, withExtension(basename(suggestedName), extension))
        : options.defaultFolder,
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const result = parent
      ? await options.dialog.showSaveDialog(parent, dialogOptions)
      : await options.dialog.showSaveDialog(dialogOptions);
    if (result.canceled || !result.filePath) return null;
    return withExtension(result.filePath, extension);
  };
}

const TRENDS_LABELS: Record<
  ShellLanguage,
  Record<'files' | 'folder', { title: string; button: string }> & { filter: string }
> = {
  da: {
    files: { title: 'Vælg planerne, der skal tælles med', button: 'Vælg' },
    folder: { title: 'Vælg mappen med planerne', button: 'Vælg mappe' },
    filter: 'Omstil-plan eller JSON-fil',
  },
  en: {
    files: { title: 'Choose the plans to count', button: 'Choose' },
    folder: { title: 'Choose the folder with the plans', button: 'Choose folder' },
    filter: 'Omstil plan or JSON file',
  },
};

/**
 * `HostContext.chooseTrendsSources` with the native open dialog: several plan files (as a plan
 * file or in the JSON format), or one folder. No paths when the user cancels.
 */
export function createChooseTrendsSources(
  options: DialogOptions,
): NonNullable<HostContext['chooseTrendsSources']> {
  const labels = TRENDS_LABELS[options.language];
  return async (kind) => {
    const parent = options.parent();
    const dialogOptions: OpenDialogOptions = {
      title: labels[kind].title,
      buttonLabel: labels[kind].button,
      defaultPath: options.defaultFolder,
      ...(kind === 'files'
        ? {
            filters: [{ name: labels.filter, extensions: [PLAN_EXTENSION, 'json'] }],
            properties: ['openFile', 'multiSelections'],
          }
        : { properties: ['openDirectory'] }),
    };
    const result = parent
      ? await options.dialog.showOpenDialog(parent, dialogOptions)
      : await options.dialog.showOpenDialog(dialogOptions);
    return result.canceled ? [] : result.filePaths;
  };
}

/** GTK's save dialog does not add the filter's extension the way Windows and macOS do. */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`;
}

export function withPlanExtension(path: string): string {
  return withExtension(path, PLAN_EXTENSION);
}
