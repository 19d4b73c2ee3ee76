import type { PlanChange, PlanSnapshot } from '../../shared/api';
import { applyDocumentPatch } from '../../shared/model/apply-patch';

/**
 * The window's copy of the plan once an edit's answer has come: the copy with the edit's changes
 * put in when the answer is the next one after the copy (`sequence` one more); the copy as it
 * is when the answer is one the copy already includes (it was read after the edit); and `stale`
 * when an answer in between is missing, lost or still on its way, so the patch was made against
 * another base than the copy and the plan must be read afresh. An answer for a window that shows
 * no plan has nothing to change.
 */
export function withChange(
  snapshot: PlanSnapshot | null,
  change: PlanChange,
): { snapshot: PlanSnapshot | null; stale: boolean } {
  if (!snapshot || change.sequence <= snapshot.sequence) return { snapshot, stale: false };
  if (change.sequence !== snapshot.sequence + 1) return { snapshot, stale: true };
  return {
    snapshot: {
      file: change.file,
      history: change.history,
      document: applyDocumentPatch(snapshot.document, change.patch),
      sequence: change.sequence,
    },
    stale: false,
  };
}

/**
 * Whether a plan read afresh may replace the window's copy: not when it is older than the copy
 * (two reads crossed on the way), lest the window go back to before an edit it has shown.
 */
export function newerThan(fresh: PlanSnapshot, current: PlanSnapshot | null): boolean {
  return !current || current.file.path !== fresh.file.path || fresh.sequence >= current.sequence;
}
