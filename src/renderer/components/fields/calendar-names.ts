import type { Language } from '../../../shared/model/enums';
import { LOCALES } from '../../i18n/languages';

/** The picker's month heading and weekday names, in the interface's language, never the machine's. */
export interface CalendarNames {
  monthYear: (year: number, month: number) => string;
  /** Monday first: "man.", "tir." … or "Mon", "Tue" …; `long` for screen readers. */
  weekdays: { short: string; long: string }[];
}

const cache = new Map<Language, CalendarNames>();

export function calendarNames(language: Language): CalendarNames {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = LOCALES[language];
  const heading = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 4 January 2027 is a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) => {
    const day = new Date(Date.UTC(2027, 0, 4 + i));
    return { short: short.format(day), long: long.format(day) };
  });
  const names: CalendarNames = {
    monthYear: (year, month) => heading.format(new Date(Date.UTC(year, month - 1, 1))),
    weekdays,
  };
  cache.set(language, names);
  return names;
}
