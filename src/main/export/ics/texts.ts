import type { Language } from '../../../shared/model/enums';

/** The calendar's own words; the labels it shares with the other exports come from theirs. */
export interface CalendarTexts {
  /** In the description of an activity shown on its start day for want of an end date. */
  noEnd: string;
  noStart: string;
}

export const calendarTexts: Record<Language, CalendarTexts> = {
  da: {
    noEnd: 'Planen har ingen slutdato for indsatsen, så den står her på startdagen.',
    noStart: 'Planen har ingen startdato for indsatsen, så den står her på slutdagen.',
  },
  en: {
    noEnd: 'The plan gives no end date for the activity, so it is shown here on its first day.',
    noStart: 'The plan gives no start date for the activity, so it is shown here on its last day.',
  },
};
