import type { Activity, Plan } from '../../shared/model/entities';
import { parseIsoDate } from './format';

/**
 * The stretch of time a timeline covers, cut into columns: months for up to three years, whole
 * years beyond that (a 20-year plan in months would be unreadable), and never more than
 * MAX_YEARS, so a mistyped year cannot make the drawing explode.
 */
export interface TimelineSpan {
  start: number;
  /** Exclusive: the first instant after the span. */
  end: number;
  unit: 'month' | 'year';
  /** The first instant of each column. */
  columns: Date[];
}

const MAX_MONTHS = 36;
const MAX_YEARS = 60;
const DAY = 86_400_000;

export function timelineSpan(
  plan: Pick<Plan, 'periodStart' | 'periodEnd'>,
  activities: readonly Pick<Activity, 'start' | 'end'>[],
): TimelineSpan | null {
  const dated = activities.flatMap((a) => [a.start, a.end]).filter((d): d is string => d !== null);
  dated.sort();
  const from = parseIsoDate(plan.periodStart ?? dated[0] ?? '');
  const to = parseIsoDate(plan.periodEnd ?? dated[dated.length - 1] ?? '');
  if (!from || !to) return null;
  const [first, last] = from <= to ? [from, to] : [to, from];
  const months =
    (last.getUTCFullYear() - first.getUTCFullYear()) * 12 +
    last.getUTCMonth() -
    first.getUTCMonth() +
    1;
  if (months <= MAX_MONTHS) {
    const columns = Array.from(
      { length: months },
      (_, i) => new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1)),
    );
    const start = columns[0]!.getTime();
    const end = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + months, 1);
    return { start, end, unit: 'month', columns };
  }
  const years = Math.min(last.getUTCFullYear() - first.getUTCFullYear() + 1, MAX_YEARS);
  const columns = Array.from(
    { length: years },
    (_, i) => new Date(Date.UTC(first.getUTCFullYear() + i, 0, 1)),
  );
  return {
    start: columns[0]!.getTime(),
    end: Date.UTC(first.getUTCFullYear() + years, 0, 1),
    unit: 'year',
    columns,
  };
}

/**
 * Where a date falls in the span, from 0 (its start) to 1 (its end); outside that when the date
 * is outside. An end date counts to the end of its day.
 */
export function spanPosition(
  span: TimelineSpan,
  iso: string,
  edge: 'start' | 'end',
): number | null {
  const date = parseIsoDate(iso);
  if (!date) return null;
  const t = date.getTime() + (edge === 'end' ? DAY : 0);
  return (t - span.start) / (span.end - span.start);
}
