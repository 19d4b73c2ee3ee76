import { basename } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import type { PlanDocument } from '../../../shared/model/document';
import { CURRENT_VERSION } from '../db/migrations';
import type { Inspection } from './inspect';
import { summaryOf } from './verify-content';

/**
 * The plan of a file that passed the gate, for any use but viewing it: an export, a copy, a
 * merge, a check. A file from a newer Omstil, or one changed outside Omstil, is only shown: this
 * version cannot vouch for what it holds, and what it cannot vouch for must not spread into
 * copies, merges and documents. Throws the same error the file opens read-only with.
 */
export function vouchedDocument(inspection: Inspection, path: string): PlanDocument {
  const name = basename(path);
  if (inspection.status === 'newer' || !inspection.document) {
    throw new OmstilError(errors.newerVersion(name, inspection.version, CURRENT_VERSION));
  }
  if (inspection.outsideChanges) {
    throw new OmstilError(errors.changedOutside(name, summaryOf(inspection.outsideChanges), true));
  }
  return inspection.document;
}
