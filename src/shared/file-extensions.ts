import type { ExportFileFormat } from './api';

/** A plan file's extension, as the file association and the dialogs know it. */
export const PLAN_EXTENSION = '.omstil';

/** The extension each export format is written with; the host writes no other. */
export const EXPORT_EXTENSIONS: Record<ExportFileFormat, string> = {
  pdf: '.pdf',
  docx: '.docx',
  xlsx: '.xlsx',
  csv: '.csv',
  json: '.json',
  ics: '.ics',
};

export function hasExtension(path: string, extension: string): boolean {
  return path.toLowerCase().endsWith(extension);
}

/** Whether a path ends in one of the export formats' extensions: the only files the app opens. */
export function isExportFile(path: string): boolean {
  return Object.values(EXPORT_EXTENSIONS).some((extension) => hasExtension(path, extension));
}
