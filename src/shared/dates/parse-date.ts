/**
 * Reads a date as people write it, whatever the machine's locale: "31.12.2027", "31-12-2027",
 * "31/12/27", ISO "2027-12-31" and the way Omstil shows dates ("31. dec. 2027", "31 Dec 2027").
 * Numbers are always day before month: Danish plans are written that way, and guessing the
 * order from the browser's locale is what made an English machine read 05.06 as 6 May.
 */

export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: DateProblem };

/** `form`: not a date in any form we read; `day`: the form is right but the day does not exist. */
export type DateProblem = 'form' | 'day';

// Month names only to recognise what was typed (Danish and English, each a prefix of 3 or more
// letters); the names shown on screen come from the interface's own formatter.
const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'january'],
  ['februar', 'february'],
  ['marts', 'march'],
  ['april'],
  ['maj', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['august'],
  ['september'],
  ['oktober', 'october'],
  ['november'],
  ['december'],
];

const SEPARATOR = String.raw`\s*[./-]\s*`;
const NUMERIC = new RegExp(
  String.raw`^(\d{1,2})${SEPARATOR}(\d{1,2})${SEPARATOR}(\d{4}|\d{2})\.?$`,
);
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})\.?\s*([\p{L}]+)\.?,?\s*(\d{4})$/u;
const MONTH_FIRST = /^([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u;

export function parseDate(text: string): ParsedDate {
  const compact = text.trim().replace(/\s+/g, ' ').toLowerCase();
  let match = ISO.exec(compact);
  if (match) return build(match[1], match[2], match[3]);
  match = NUMERIC.exec(compact);
  if (match) return build(fullYear(match[3]), match[2], match[1]);
  match = DAY_FIRST.exec(compact);
  if (match) return build(match[3], monthOf(match[2]), match[1]);
  match = MONTH_FIRST.exec(compact);
  if (match) return build(match[3], monthOf(match[1]), match[2]);
  return { ok: false, reason: 'form' };
}

/** A two-digit year is this century's: plans run years ahead, never a century back. */
function fullYear(year: string | undefined): string | undefined {
  return year?.length === 2 ? `20${year}` : year;
}

function monthOf(name: string | undefined): string | undefined {
  if (name === undefined || name.length < 3) return undefined;
  const index = MONTHS.findIndex((names) => names.some((n) => n.startsWith(name)));
  return index < 0 ? undefined : String(index + 1);
}

function build(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): ParsedDate {
  if (year === undefined || month === undefined || day === undefined) {
    return { ok: false, reason: 'form' };
  }
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, reason: 'day' };
  return { ok: true, iso: isoDate(y, m, d) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
