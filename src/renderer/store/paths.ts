import type { AppInfo } from '../../shared/api';
import { PLAN_EXTENSION } from '../../shared/file-extensions';

/** Paths are built here for the host's operating system, whose separator the core reports. */
export function joinPath(
  folder: string,
  separator: AppInfo['pathSeparator'],
  name: string,
): string {
  if (folder === '') return name;
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}

export function planFileName(baseName: string): string {
  return `${baseName}${PLAN_EXTENSION}`;
}

/** `Plan 2027.json` → `Plan 2027.omstil`: the plan imported from a JSON file is kept beside it. */
export function planPathBeside(source: string): string {
  const json = source.toLowerCase().endsWith('.json') ? source.slice(0, -'.json'.length) : source;
  return planFileName(json);
}

/** `Eksempelplan.omstil` → `Eksempelplan (2).omstil`, the way file managers number copies. */
export function numberedPath(path: string, n: number): string {
  if (n <= 1) return path;
  const lower = path.toLowerCase();
  return lower.endsWith(PLAN_EXTENSION)
    ? `${path.slice(0, -PLAN_EXTENSION.length)} (${n})${path.slice(-PLAN_EXTENSION.length)}`
    : `${path} (${n})`;
}

/** The folder part of a path written with either separator, as recent files may be. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut <= 0 ? path.slice(0, cut + 1) : path.slice(0, cut);
}

export function baseNameOf(fileName: string): string {
  return fileName.toLowerCase().endsWith(PLAN_EXTENSION)
    ? fileName.slice(0, -PLAN_EXTENSION.length)
    : fileName;
}

/** The last part of a path written with either separator. */
export function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
