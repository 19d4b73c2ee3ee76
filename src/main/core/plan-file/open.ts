import { copyFileSync, existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { errors, OmstilError, type AppError } from '../../../shared/errors';
import { openConnection, type Db } from '../db/connection';
import { CURRENT_VERSION, migrate } from '../db/migrations';
import { readDocument } from '../repositories/document-reader';
import { inspectPlanFile, sqliteToAppError } from './inspect';

export interface OpenedPlanFile {
  db: Db;
  readOnly: boolean;
  /** Why the file is read-only, shown to the user. */
  notice: AppError | null;
}

/** `Plan.omstil` → `Plan (før opgradering til v2).omstil`, numbered if that name is taken. */
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
 * Opens a plan for use after `inspectPlanFile` has passed it. An older file is copied aside and
 * migrated in one transaction; a newer one is opened read-only, with a notice naming both
 * versions, provided this version can still read it.
 */
export function openPlanFile(path: string): OpenedPlanFile {
  const inspection = inspectPlanFile(path);
  const name = basename(path);

  if (inspection.status === 'newer') {
    const notice = errors.newerVersion(name, inspection.version, CURRENT_VERSION);
    const db = openConnection(path, { readonly: true });
    try {
      readDocument(db);
    } catch {
      db.close();
      throw new OmstilError(notice);
    }
    return { db, readOnly: true, notice };
  }

  if (inspection.status === 'older') {
    try {
      copyFileSync(path, backupPathFor(path, inspection.version));
    } catch (e) {
      throw new OmstilError(errors.io(path, (e as Error).message));
    }
  }

  let db: Db;
  try {
    db = openConnection(path, { readonly: false });
  } catch (e) {
    throw sqliteToAppError(e, name);
  }
  try {
    if (inspection.status === 'older') migrate(db);
    return { db, readOnly: false, notice: null };
  } catch (e) {
    db.close();
    throw sqliteToAppError(e, name);
  }
}
