import type { PlanDocument } from '../../../shared/model/document';
import { inspectPlanFile, type Inspection } from './inspect';
import { vouchedDocument } from './vouched';

export interface ReadOnlyPlan {
  document: PlanDocument;
  inspection: Inspection;
}

/**
 * Reads a plan without changing its file: for export, check and a recent plan's status. The
 * plan is the one the gate read and checked; an older file's is read from a memory copy migrated
 * there, so exporting a colleague's old plan never upgrades their file behind their back. A
 * file this version cannot vouch for (newer, or changed outside Omstil) is refused.
 */
export function readPlanReadOnly(path: string): ReadOnlyPlan {
  const inspection = inspectPlanFile(path);
  return { document: vouchedDocument(inspection, path), inspection };
}
