import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { openConnection, type Db } from '../db/connection';
import { vacuum, vacuumInto } from '../db/vacuum';
import { clearHistory } from '../history/undo-log';
import { currentHolder, currentOwner } from '../lock/lock-file';
import { fsyncFile, publishNew, tempPathBeside } from '../../fs/atomic-write';
import { inspectPlanFile } from './inspect';
import { vouchedDocument } from './vouched';

/**
 * A clean, compact copy of an open plan for a colleague: `VACUUM INTO` a temp file beside the
 * target, the undo history dropped unless asked for, checked like any file we open, synced, then
 * renamed into place. The original stays open.
 *
 * `VACUUM INTO` reads in one transaction, so the copy is a consistent snapshot even while another
 * program writes to the plan: every edit committed before the copy began is in it, and none is
 * half in it. It works on a read-only connection too, which is how a plan someone else has open
 * is copied. The change log stays: it is what lets the copy be merged back later.
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
  if (existsSync(target)) {
    if (!options.overwrite) throw new OmstilError(errors.alreadyExists(target));
    refuseIfOpenElsewhere(target);
  }
  const temp = tempPathBeside(target);
  try {
    vacuumInto(source, temp);
    if (!options.includeHistory) {
      const copy = openConnection(temp, { readonly: false });
      try {
        clearHistory(copy);
        vacuum(copy);
      } finally {
        copy.close();
      }
    }
    vouchedDocument(inspectPlanFile(temp), target);
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

/** Replacing a plan that someone has open would leave them editing a file that is gone. */
function refuseIfOpenElsewhere(target: string): void {
  const holder = currentHolder(target, currentOwner(), new Date());
  if (holder && holder.state !== 'crashed') {
    throw new OmstilError(
      errors.locked({
        user: holder.info?.user ?? null,
        machine: holder.info?.machine ?? null,
        since: holder.info?.since ?? null,
      }),
    );
  }
}
