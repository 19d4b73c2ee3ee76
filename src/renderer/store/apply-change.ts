import type { PlanChange, PlanSnapshot } from '../../shared/api';
import { applyDocumentPatch } from '../../shared/model/document-patch';

/**
 * The plan as it is after an edit's answer: the window's copy with the edit's changes put in. An
 * answer for a window that shows no plan has nothing to change.
 */
export function withChange(snapshot: PlanSnapshot | null, change: PlanChange): PlanSnapshot | null {
  if (!snapshot) return null;
  return {
    file: change.file,
    history: change.history,
    document: applyDocumentPatch(snapshot.document, change.patch),
  };
}
