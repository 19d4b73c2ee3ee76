import type { LocalizedText } from './localized';

/**
 * The annual evaluation's headings and sentences that its screens and its PDF share, so the
 * committee finds in the document the steps it went through.
 */
export const EVALUATION_LABELS = {
  activitiesHeading: {
    da: 'Gennemført og ikke gennemført',
    en: 'Carried out and not carried out',
  },
  carriedOutEmpty: {
    da: 'Ingen indsatser i perioden er gennemført.',
    en: 'No activity in the period was carried out.',
  },
  notCarriedOutEmpty: {
    da: 'Alle indsatser i perioden er gennemført.',
    en: 'Every activity in the period was carried out.',
  },
  costHeading: { da: 'Økonomi', en: 'Finances' },
  costNote: {
    da: 'Aflyste indsatser indgår ikke i budgettet, men penge brugt før en aflysning er brugt.',
    en: 'Cancelled activities are left out of the budget, but money spent before a cancellation is spent.',
  },
  effectHeading: { da: 'Effektkæden', en: 'The effect chain' },
  effectLead: {
    da: 'Hvad målingerne i perioden viser på hvert led i kæden fra gennemført indsats til langsigtet effekt.',
    en: 'What the measurements in the period show at each link of the chain from activity carried out to long-term effect.',
  },
  competences: { da: 'Kompetencerne', en: 'The competences' },
  before: { da: 'Før', en: 'Before' },
  after: { da: 'Efter', en: 'After' },
  change: { da: 'Udvikling', en: 'Change' },
} satisfies Record<string, LocalizedText>;
