import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { openConnection, type Db } from '../db/connection';
import { fsyncFile, publishNew, tempPathBeside } from './atomic-write';
import { inspectPlanFile } from './inspect';

/**
 * A clean, compact copy of an open plan for a colleague: `VACUUM INTO` a temp file beside the
 * target (a consistent snapshot even while edits go on), the undo history dropped unless asked
 * for, checked like any file we open, synced, then renamed into place. The original stays open.
 */
export function saveCopy(
  source: Db,
  sourcePath: string,
  target: string,
  options: { includeHistory?: boolean; overwrite?: boolean } = {},
): void {
  if (resolve(target) === resolve(sourcePath)) {
    throw new OmstilError(errors.alreadyExists(target));
  }
  if (!options.overwrite && existsSync(target)) throw new OmstilError(errors.alreadyExists(target));
  const temp = tempPathBeside(target);
  try {
    source.prepare('VACUUM INTO ?').run(temp);
    if (!options.includeHistory) {
      const copy = openConnection(temp, { readonly: false });
      try {
        copy.prepare('DELETE FROM history').run();
        copy.exec('VACUUM');
      } finally {
        copy.close();
      }
    }
    inspectPlanFile(temp, { thorough: true });
    fsyncFile(temp);
    if (options.overwrite) renameSync(temp, target);
    else publishNew(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    if (e instanceof OmstilError) throw e;
    throw new OmstilError(errors.io(target, (e as Error).message));
  }
}
