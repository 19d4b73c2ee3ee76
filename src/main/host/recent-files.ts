import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/api';
import { writeFileAtomic } from '../fs/atomic-write';

export const MAX_RECENT_FILES = 12;

const StoredSchema = z.array(z.object({ path: z.string(), openedAt: z.string() }));

/**
 * The recent-files list, kept as a small JSON file in the user's settings folder. A damaged list
 * is treated as empty rather than stopping the program; a missing plan stays on the list, marked
 * missing, because a shared drive that is not mounted right now will be again.
 */
export function readRecentFiles(storePath: string): RecentFile[] {
  return readStored(storePath).map(({ path, openedAt }) => ({
    path,
    name: basename(path),
    exists: existsSync(path),
    openedAt,
  }));
}

export function rememberRecentFile(storePath: string, planPath: string, now: string): void {
  const list = readStored(storePath).filter((r) => r.path !== planPath);
  list.unshift({ path: planPath, openedAt: now });
  mkdirSync(dirname(storePath), { recursive: true });
  writeFileAtomic(storePath, JSON.stringify(list.slice(0, MAX_RECENT_FILES), null, 2));
}

/** Takes `planPath` off the list; the plan file itself is left alone. */
export function forgetRecentFile(storePath: string, planPath: string): void {
  const stored = readStored(storePath);
  const list = stored.filter((r) => r.path !== planPath);
  if (list.length === stored.length) return;
  writeFileAtomic(storePath, JSON.stringify(list, null, 2));
}

function readStored(storePath: string): { path: string; openedAt: string }[] {
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(readFileSync(storePath, 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
