import { basename } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import type { PlanDocument } from '../../../shared/model/document';
import { openConnection } from '../db/connection';
import { openMigratedCopy } from '../db/migrated-copy';
import { CURRENT_VERSION } from '../db/migrations';
import { readDocument } from '../repositories/document-reader';
import { inspectPlanFile, sqliteToAppError, type Inspection } from './inspect';

export interface ReadOnlyPlan {
  document: PlanDocument;
  inspection: Inspection;
}

/**
 * Reads a plan without changing its file: for export and check. An older file is migrated in a
 * memory copy, so exporting a colleague's old plan never upgrades their file behind their back.
 */
export function readPlanReadOnly(path: string, options: { thorough?: boolean } = {}): ReadOnlyPlan {
  const inspection = inspectPlanFile(path, options);
  const name = basename(path);
  const db = openConnection(path, { readonly: true });
  if (inspection.status === 'older') {
    const copy = openMigratedCopy(db, { enforceReferences: false });
    try {
      return { document: readDocument(copy), inspection };
    } finally {
      copy.close();
    }
  }
  try {
    return { document: readDocument(db), inspection };
  } catch (e) {
    if (inspection.status === 'newer') {
      throw new OmstilError(errors.newerVersion(name, inspection.version, CURRENT_VERSION));
    }
    throw sqliteToAppError(e, name);
  } finally {
    db.close();
  }
}
