import type { ExportFileFormat } from './api';

/** A plan file's extension, as the file association and the dialogs know it. */
export const PLAN_EXTENSION = '.omstil';

/** The extension each export format is written with; the host writes no other. */
export const EXPORT_EXTENSIONS: Record<ExportFileFormat, string> = {
  pdf: '.pdf',
  xlsx: '.xlsx',
  csv: '.csv',
  json: '.json',
};

export function hasExtension(path: string, extension: string): boolean {
  return path.toLowerCase().endsWith(extension);
}
