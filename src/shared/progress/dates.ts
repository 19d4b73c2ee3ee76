/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). Dates are handled as UTC days so that the result
 * never depends on the machine's time zone or a daylight-saving shift.
 */

const DAY_MS = 86_400_000;

function toUtcDays(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

function fromUtcDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return toUtcDays(to) - toUtcDays(from);
}

export function addDays(iso: string, days: number): string {
  return fromUtcDays(toUtcDays(iso) + days);
}

/** The same day `months` months later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const { year, month } = yearMonthOf(iso);
  const day = Number(iso.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

export function yearMonthOf(iso: string): { year: number; month: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** Inclusive at both ends, as a committee reads "the period from … to …". */
export function isWithin(iso: string, from: string, to: string): boolean {
  return iso >= from && iso <= to;
}
