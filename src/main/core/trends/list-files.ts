import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DuplicateFile } from '../../../shared/trends';
import { fileIdentity } from '../lock/file-identity';

/** The files a trends report reads: plan files, and plans in the JSON interchange format. */
const READABLE = /\.(omstil|json)$/i;

export interface TrendFiles {
  /** Each file once, as the user named it (a folder's files as the folder joined with the name). */
  files: string[];
  /** Files named twice, or two names of one file (a link): counted once, under the first name. */
  sameFiles: DuplicateFile[];
}

/**
 * The files of the named files and folders. A folder gives its own `.omstil` and `.json` files,
 * in name order, one level deep only: subfolders are left out, so a folder of kept copies or an
 * archive beside this year's plans is not counted unasked. A named file is read whatever its name,
 * and one that is missing is kept, so the report says so.
 */
export function listTrendFiles(named: readonly string[], cwd: string): TrendFiles {
  const files: string[] = [];
  const sameFiles: DuplicateFile[] = [];
  const seen = new Map<string, string>();
  const add = (file: string) => {
    const identity = fileIdentity(resolve(cwd, file));
    const id = identity.key ?? identity.realPath;
    const first = seen.get(id);
    if (first !== undefined) {
      sameFiles.push({ file, sameAs: first, rule: 'same-file' });
      return;
    }
    seen.set(id, file);
    files.push(file);
  };
  for (const name of named) {
    const path = resolve(cwd, name);
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // Missing or unreadable: reading it says which, in the program's own words.
    }
    if (!isFolder) {
      add(name);
      continue;
    }
    const entries = readdirSync(path, { withFileTypes: true })
      .filter((e) => READABLE.test(e.name) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, 'da'));
    for (const entry of entries) {
      if (statSync(join(path, entry)).isFile()) add(join(name, entry));
    }
  }
  return { files, sameFiles };
}
