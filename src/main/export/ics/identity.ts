import { utcDateTimeValue } from './date-values';

/**
 * The event's UID: the row's id at the plan's id, so a calendar that imports the file again
 * finds the same event and updates it, whatever was edited, instead of adding a second.
 */
export function eventUid(entityId: string, planId: string): string {
  return `${entityId}@${planId}.omstil`;
}

// The plan file counts no revisions; every row keeps the time of its last change. Seconds from
// here on fit an iCalendar INTEGER (at most 2^31 − 1) until 2088.
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

/**
 * SEQUENCE and LAST-MODIFIED from the latest change among the rows an event shows: the same
 * while nothing changes, so an export made again is the same event; larger after an edit, so a
 * calendar that compares sequence numbers takes the new one. A clock on another machine that
 * runs behind could make an edit made there count lower; the UID still matches.
 */
export function revisionProperties(updatedAt: readonly string[]): string[] {
  const latest = Math.max(...updatedAt.map((iso) => Date.parse(iso)).filter(Number.isFinite));
  if (!Number.isFinite(latest)) return [];
  const seconds = Math.max(0, Math.floor((latest - SEQUENCE_EPOCH_MS) / 1000));
  return [`SEQUENCE:${seconds}`, `LAST-MODIFIED:${utcDateTimeValue(new Date(latest))}`];
}
