import { addDays } from '../../../../shared/progress';

export interface Dates {
  start: string | null;
  end: string | null;
}

export type DragMode = 'move' | 'end';
export type Snap = 'day' | 'week';

export const KEY_STEP_DAYS = 7;

/** Both ends moved by `days`; an end that is not set stays unset. */
export function moveDates(dates: Dates, days: number): Dates {
  return {
    start: dates.start === null ? null : addDays(dates.start, days),
    end: dates.end === null ? null : addDays(dates.end, days),
  };
}

/**
 * The end moved by `days`; without an end, counted from the start, so Shift+→ on an activity with
 * only a start gives it an end a week later. May come before the start: the core refuses that,
 * and the refusal is shown rather than the move quietly clamped.
 */
export function moveEnd(dates: Dates, days: number): Dates {
  const from = dates.end ?? dates.start;
  return { start: dates.start, end: from === null ? null : addDays(from, days) };
}

/** A dragged distance in days, rounded to whole weeks when the drag snaps to weeks. */
export function snapDays(days: number, snap: Snap): number {
  const rounded = snap === 'week' ? Math.round(days / 7) * 7 : Math.round(days);
  // Math.round gives −0 for small negative drags; no one wants to read "−0 dage".
  return rounded === 0 ? 0 : rounded;
}

export function dragDates(dates: Dates, mode: DragMode, days: number): Dates {
  return mode === 'move' ? moveDates(dates, days) : moveEnd(dates, days);
}

/** Only the fields that changed, so the call names exactly what the user moved. */
export function changedFields(before: Dates, after: Dates): Partial<Dates> {
  const patch: Partial<Dates> = {};
  if (before.start !== after.start) patch.start = after.start;
  if (before.end !== after.end) patch.end = after.end;
  return patch;
}
