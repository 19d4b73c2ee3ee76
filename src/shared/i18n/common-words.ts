import type { LocalizedText } from './localized';

/** Words that belong to no one field and that the screens and the documents both write. */
export const COMMON_WORDS = {
  notSet: { da: 'Ikke angivet', en: 'Not set' },
  total: { da: 'I alt', en: 'Total' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  /** A plan's or an activity's span from its start to its end. */
  period: { da: 'Periode', en: 'Period' },
  /** What a measurement of no one target group is of. */
  allTargetGroups: { da: 'Alle målgrupper', en: 'All target groups' },
} satisfies Record<string, LocalizedText>;
