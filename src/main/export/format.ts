import type { Language } from '../../shared/model/enums';

/** The BCP 47 tag for each language; British English writes "27 November 2026". */
export const EXPORT_LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export interface ExportFormat {
  /** `27. november 2026` / `27 November 2026`. */
  date: (iso: string) => string;
  /** `27. nov. 2026` / `27 Nov 2026`, for tables. */
  shortDate: (iso: string) => string;
  /** `sep. 2026` style month label for the timeline; `short` omits the year. */
  month: (date: Date, withYear: boolean) => string;
  /** `1.250.000 kr.` / `DKK 1,250,000`; øre only when there are any. */
  money: (amount: number) => string;
  integer: (value: number) => string;
  /** One decimal at most: `2,4` / `2.4`. */
  decimal: (value: number) => string;
  /** A measured level, always with one decimal: `3,0`. */
  decimalLevel: (value: number) => string;
  /** A difference with its sign: `+1,2` / `−0,3`. */
  signedDecimal: (value: number) => string;
  /** `60 %` / `60%` from a whole-number percentage. */
  percent: (value: number) => string;
  list: (items: readonly string[]) => string;
}

/** Plan dates are calendar days without a time zone, so they are read and written in UTC. */
export function parseIsoDate(iso: string): Date | null {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const cache = new Map<Language, ExportFormat>();

export function exportFormat(lang: Language): ExportFormat {
  let format = cache.get(lang);
  if (!format) {
    format = createFormat(lang);
    cache.set(lang, format);
  }
  return format;
}

function createFormat(lang: Language): ExportFormat {
  const locale = EXPORT_LOCALES[lang];
  const utc = { timeZone: 'UTC' } as const;
  const longDate = new Intl.DateTimeFormat(locale, {
    ...utc,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const shortDate = new Intl.DateTimeFormat(locale, {
    ...utc,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const monthYear = new Intl.DateTimeFormat(locale, { ...utc, month: 'short', year: 'numeric' });
  const monthOnly = new Intl.DateTimeFormat(locale, { ...utc, month: 'short' });
  // Danish writes "1.250.000 kr."; English readers expect the code in front, "DKK 1,250,000".
  const currency = (fractions: number) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'DKK',
      currencyDisplay: lang === 'da' ? 'symbol' : 'code',
      minimumFractionDigits: fractions,
      maximumFractionDigits: fractions,
    });
  const wholeKroner = currency(0);
  const kronerAndOere = currency(2);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const level = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const signed = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const withDate = (f: Intl.DateTimeFormat) => (iso: string) => {
    const d = parseIsoDate(iso);
    return d ? f.format(d) : iso;
  };
  return {
    date: withDate(longDate),
    shortDate: withDate(shortDate),
    month: (date, withYear) => (withYear ? monthYear : monthOnly).format(date),
    money: (amount) => (Number.isInteger(amount) ? wholeKroner : kronerAndOere).format(amount),
    integer: (value) => integer.format(value),
    decimal: (value) => decimal.format(value),
    decimalLevel: (value) => level.format(value),
    // A typographic minus reads better in print than the hyphen Intl gives some locales.
    signedDecimal: (value) => signed.format(value).replace('-', '−'),
    percent: (value) => percent.format(value / 100),
    list: (items) => list.format(items),
  };
}
