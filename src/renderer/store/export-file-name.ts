import type { ExportFileFormat } from '../../shared/api';
import { EXPORT_EXTENSIONS } from '../../shared/file-extensions';

/** The plan's title as a file name: characters no file system accepts become spaces. */
export function exportFileName(title: string, format: ExportFileFormat): string {
  const base = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${base.slice(0, 120).trim() || 'Omstil'}${EXPORT_EXTENSIONS[format]}`;
}

/** `…/plan.pdf` → `…/plan.xlsx` when the format changes; other paths are left as typed. */
export function withFormatExtension(path: string, format: ExportFileFormat): string {
  const lower = path.toLowerCase();
  const current = Object.values(EXPORT_EXTENSIONS).find((ext) => lower.endsWith(ext));
  return current ? `${path.slice(0, -current.length)}${EXPORT_EXTENSIONS[format]}` : path;
}
