import { copyFileSync, existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { errors, OmstilError, type AppError } from '../../../shared/errors';
import type { WindowDocument } from '../../../shared/model/document';
import { openConnection, type Db } from '../db/connection';
import { openMigratedCopy } from '../db/migrated-copy';
import { CURRENT_VERSION, migrate } from '../db/migrations';
import {
  acquireLock,
  releaseLock,
  type HeldLock,
  type LockHolder,
  type LockOwner,
  type TakeOver,
} from '../lock/lock-file';
import { readDocument } from '../repositories/document-reader';
import { fsyncFile, publishNew, tempPathBeside } from '../../fs/atomic-write';
import { acceptContent } from './accept-content';
import { inspectPlanFile, sqliteToAppError, type Inspection } from './inspect';
import { summaryOf } from './verify-content';

export interface OpenedPlanFile {
  db: Db;
  readOnly: boolean;
  /** Why the file is read-only, or what was done with a journal beside it; shown to the user. */
  notice: AppError | null;
  /** Our lock, when the plan is open for editing. */
  lock: HeldLock | null;
  /** Who holds the plan when it is read-only because of their lock. */
  holder: LockHolder | null;
  /** A lock left by a crashed program that was taken over on the way in. */
  replaced: LockHolder | null;
  inspection: Inspection<WindowDocument>;
  /**
   * The plan as the gate read it for a window (each marked status with its summary), so the first
   * look at it need not read it again; null when the file is newer than this version (its plan is
   * read from the file).
   */
  document: WindowDocument | null;
}

export interface OpenOptions {
  owner: LockOwner;
  now: Date;
  /** Which locks may be replaced; by default only one left by a crash. */
  takeOver?: TakeOver;
  /**
   * Take the content of a plan changed outside Omstil as it is, and open it for editing: only
   * after the user confirmed it. Without it such a plan opens read-only, saying what changed.
   */
  acceptOutsideChanges?: boolean;
}

/** `Plan.omstil` → `Plan (sikkerhedskopi v1).omstil`, numbered if that name is taken. */
export function backupPathFor(path: string, fromVersion: number): string {
  const ext = extname(path);
  const stem = basename(path, ext);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` ${n}`;
    const candidate = join(
      dirname(path),
      `${stem} (sikkerhedskopi v${fromVersion}${suffix})${ext}`,
    );
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * A byte-for-byte copy beside the original, synced and published under its final name only when
 * whole, so a backup that exists is always complete.
 */
function writeBackup(path: string, version: number): string {
  const target = backupPathFor(path, version);
  const temp = tempPathBeside(target);
  try {
    copyFileSync(path, temp);
    fsyncFile(temp);
    publishNew(temp, target);
    return target;
  } catch (e) {
    if (e instanceof OmstilError) throw e;
    throw new OmstilError(errors.io(path, (e as Error).message));
  }
}

/**
 * Opens a plan for use after `inspectPlanFile` has passed it. A newer file is opened read-only,
 * with a notice naming both versions, provided this version can still read it; so is a plan
 * changed outside Omstil, with a notice saying what changed and offering a clean copy or to
 * accept the content. Otherwise the plan is locked for us first: if someone else has it open, it
 * is shown read-only with who and since when; if we hold the lock, an older file is copied aside
 * and migrated in one transaction.
 */
export function openPlanFile(path: string, options: OpenOptions): OpenedPlanFile {
  const inspection = inspectPlanFile(path, 'summaries');
  const name = basename(path);
  const base = {
    lock: null,
    holder: null,
    replaced: null,
    inspection,
    document: inspection.document,
  };
  const changes = inspection.outsideChanges;

  if (inspection.status === 'newer') {
    const notice = errors.newerVersion(name, inspection.version, CURRENT_VERSION);
    const db = openConnection(path, { readonly: true });
    try {
      readDocument(db);
    } catch {
      db.close();
      throw new OmstilError(notice);
    }
    return { ...base, db, readOnly: true, notice };
  }
  if (changes && !options.acceptOutsideChanges) {
    const notice = errors.changedOutside(name, summaryOf(changes), true);
    return { ...base, db: openView(path, inspection), readOnly: true, notice };
  }

  const attempt = acquireLock(path, options.owner, options.now, options.takeOver);
  if (attempt.kind === 'held') {
    const { info } = attempt.holder;
    const notice = errors.locked({
      user: info?.user ?? null,
      machine: info?.machine ?? null,
      since: info?.since ?? null,
    });
    return {
      ...base,
      db: openView(path, inspection),
      readOnly: true,
      notice,
      holder: attempt.holder,
    };
  }
  if (attempt.kind === 'unavailable') {
    const notice = errors.folderReadOnly(name);
    return { ...base, db: openView(path, inspection), readOnly: true, notice };
  }

  const { lock } = attempt;
  try {
    if (inspection.status === 'older') writeBackup(path, inspection.version);
    let db: Db;
    try {
      db = openConnection(path, { readonly: false });
    } catch (e) {
      throw sqliteToAppError(e, name);
    }
    try {
      if (inspection.status === 'older') migrate(db);
      if (changes) acceptContent(db);
    } catch (e) {
      db.close();
      throw sqliteToAppError(e, name);
    }
    const notice = inspection.journal ?? null;
    return { ...base, db, readOnly: false, notice, lock, replaced: attempt.replaced };
  } catch (e) {
    releaseLock(lock);
    throw e;
  }
}

/**
 * A plan someone else is editing, for reading only. A current file is read in place, so each
 * read shows their latest edits; an older one is migrated in a memory copy, because upgrading a
 * file under its editor's feet would break their program.
 */
function openView(path: string, inspection: Inspection<WindowDocument>): Db {
  const name = basename(path);
  let db: Db;
  try {
    db = openConnection(path, { readonly: true });
  } catch (e) {
    throw sqliteToAppError(e, name);
  }
  if (inspection.status !== 'older') return db;
  try {
    return openMigratedCopy(db, { enforceReferences: true });
  } catch (e) {
    throw sqliteToAppError(e, name);
  }
}
