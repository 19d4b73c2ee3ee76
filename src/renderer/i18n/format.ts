import type { Language } from '../../shared/model/enums';
import { LOCALES } from './languages';

/**
 * Dates, amounts and numbers in the reader's language. Plan dates are calendar dates without a
 * time zone, so they are read and written in UTC to stay on the same day everywhere. The locale is
 * always the interface's own, never the browser's or the machine's.
 */
export interface Formatters {
  /** The one date style on screen: "31. dec. 2027", "31 Dec 2027"; short enough for a table. */
  date: (iso: string) => string;
  money: (amount: number) => string;
  number: (value: number) => string;
  decimal: (value: number) => string;
  percent: (value: number) => string;
  list: (items: readonly string[]) => string;
}

const cache = new Map<Language, Formatters>();

export function formatters(language: Language): Formatters {
  const cached = cache.get(language);
  if (cached) return cached;
  const created = createFormatters(language);
  cache.set(language, created);
  return created;
}

function createFormatters(language: Language): Formatters {
  const locale = LOCALES[language];
  const oneDate = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // Danish writes "1.250.000 kr."; English readers expect the code in front, "DKK 1,250,000".
  const wholeKroner = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'DKK',
    currencyDisplay: language === 'da' ? 'symbol' : 'code',
    maximumFractionDigits: 0,
  });
  const kronerAndOere = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'DKK',
    currencyDisplay: language === 'da' ? 'symbol' : 'code',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const parse = (iso: string): Date | null => {
    const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? null : date;
  };
  return {
    date: (iso) => {
      const d = parse(iso);
      return d ? oneDate.format(d) : iso;
    },
    money: (amount) => (Number.isInteger(amount) ? wholeKroner : kronerAndOere).format(amount),
    number: (value) => integer.format(value),
    decimal: (value) => decimal.format(value),
    percent: (value) => percent.format(value / 100),
    list: (items) => list.format(items),
  };
}
