// Dates as a committee's spreadsheet holds them: a date cell, an ISO date, a Danish day
// ("31.12.2027", "31-12-2027", "31/12/27") or only a month ("dec. 2027", "december 2027").

/** Which end of the activity the date is for: a month alone means its first or its last day. */
export type DateSide = 'start' | 'end';

export type ParsedDate = { ok: true; date: string } | { ok: false };

const MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  january: 1,
  feb: 2,
  febr: 2,
  februar: 2,
  february: 2,
  mar: 3,
  mart: 3,
  marts: 3,
  march: 3,
  apr: 4,
  april: 4,
  maj: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar day as an ISO date, or null (31 June, month 13). */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years are this century's: a plan's dates lie within a few years of today. */
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

function monthOnly(year: number, month: number, side: DateSide): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  return isoDay(year, month, side === 'start' ? 1 : daysIn(year, month));
}

/**
 * An ISO date from a cell's text; a month without a day becomes the month's first day for a
 * start and its last day for an end, so an activity "dec. 2027" covers all of December.
 */
export function parseDanishDate(text: string, side: DateSide): ParsedDate {
  const t = text.trim().toLowerCase();
  const answer = (date: string | null): ParsedDate => (date ? { ok: true, date } : { ok: false });
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/.exec(t);
  if (m) return answer(isoDay(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{4}|\d{2})$/.exec(t);
  if (m) return answer(isoDay(fullYear(m[3]!), Number(m[2]), Number(m[1])));
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) return answer(monthOnly(Number(m[1]), Number(m[2]), side));
  m = /^(\d{1,2})\s*[./-]\s*(\d{4})$/.exec(t);
  if (m) return answer(monthOnly(Number(m[2]), Number(m[1]), side));
  // "31. december 2027", "1 dec. 2027", "december 2027", "dec. 27"
  m = /^(?:(\d{1,2})\.?\s*)?([a-z]+)\.?\s*(\d{4}|\d{2})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2]!];
    if (month === undefined) return { ok: false };
    const year = fullYear(m[3]!);
    return answer(m[1] ? isoDay(year, month, Number(m[1])) : monthOnly(year, month, side));
  }
  return { ok: false };
}

/**
 * A date cell's day. Excel keeps no time zone: exceljs gives the cell's clock time as UTC, and a
 * serial with float noise (23:59:59.999) belongs to the next day, so the time is rounded first.
 */
export function dateCellDay(date: Date): string | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const rounded = new Date(Math.round(ms / 60_000) * 60_000);
  return isoDay(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
}
