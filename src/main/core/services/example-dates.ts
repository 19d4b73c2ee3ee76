import { addMonths } from '../../../shared/progress/dates';

/**
 * The example plan is written as the second period of a committee's plan: its first, short
 * period ran from September to December 2026 and was evaluated in January 2027, when the plan was
 * rolled forward for 2027. Made on another day, every date is moved by whole months, so that the
 * current period starts on the first of the month before the one the example is made in: the
 * committee sees a plan that has just begun, with last period's evaluation behind it.
 */
const WRITTEN_FROM = { year: 2027, month: 1 };

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A Danish month and year ("september 2026") moves with the dates; a bare year with the period.
const YEAR_IN_TEXT = new RegExp(`\\b(?:(${MONTHS.join('|')}) )?(2026|2027)\\b`, 'g');

/** How many months the example is moved when it is made on `asOf` (an ISO date). */
export function exampleMonthShift(asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  return year * 12 + month - 1 - (WRITTEN_FROM.year * 12 + WRITTEN_FROM.month);
}

function lastOfMonth(iso: string): string {
  const days = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate();
  return `${iso.slice(0, 8)}${String(days).padStart(2, '0')}`;
}

/** `iso` moved by `months`; a month's last day stays the last day (30 June + 1 → 31 July). */
export function shiftDate(iso: string, months: number): string {
  const moved = addMonths(iso, months);
  return iso === lastOfMonth(iso) ? lastOfMonth(moved) : moved;
}

/**
 * A text's months and years moved by `months`. A bare year ("foråret 2027") moves by the nearest
 * whole number of years, so a shift of a few months leaves it as it was.
 */
export function shiftText(text: string, months: number): string {
  const years = Math.round(months / 12);
  return text.replace(YEAR_IN_TEXT, (_, monthName: string | undefined, year: string) => {
    if (monthName === undefined) return String(Number(year) + years);
    const month = MONTHS.indexOf(monthName) + 1;
    const moved = shiftDate(`${year}-${String(month).padStart(2, '0')}-01`, months);
    return `${MONTHS[Number(moved.slice(5, 7)) - 1]} ${moved.slice(0, 4)}`;
  });
}

/**
 * The example's JSON with every date moved by `months`, and the months and years its texts name
 * moved with them. Times of day (`updatedAt`) are left: the plan is stamped anew when it is made.
 */
export function shiftExample(value: unknown, months: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shiftExample(v, months));
  if (typeof value === 'string') {
    return ISO_DATE.test(value) ? shiftDate(value, months) : shiftText(value, months);
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftExample(v, months)]));
}
