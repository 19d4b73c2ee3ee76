import type { LocalizedText } from './localized';

/**
 * The names of the plan's key figures, as the progress screen, the annual evaluation and both
 * PDFs give them. The activities' own fields (budget, spent, funding) are in `field-labels.ts`.
 */
export const FIGURE_LABELS = {
  overallProgress: { da: 'Samlet fremdrift', en: 'Overall progress' },
  progressPerCompetence: { da: 'Fremdrift pr. kompetence', en: 'Progress per competence' },
  remaining: { da: 'Tilbage', en: 'Remaining' },
  overspent: { da: 'Overskredet med', en: 'Overspent by' },
  spentShare: { da: 'Andel af budgettet brugt', en: 'Share of the budget spent' },
  noBudget: { da: 'Intet budget', en: 'No budget' },
  participants: { da: 'Deltagere', en: 'Participants' },
  planned: { da: 'Planlagt', en: 'Planned' },
  reached: { da: 'Nået', en: 'Reached' },
  reachedShare: { da: 'Nået af det planlagte', en: 'Reached of planned' },
  participantsReached: { da: 'Deltagere nået', en: 'Participants reached' },
  nobodyPlanned: { da: 'Ingen planlagt', en: 'Nobody planned' },
  count: { da: 'Antal', en: 'Number' },
  latestFollowUp: { da: 'Seneste opfølgning', en: 'Latest follow-up' },
} satisfies Record<string, LocalizedText>;

/** What changed between two marked statuses, on the progress screen and in the PDF alike. */
export const STATUS_CHANGE_LABELS = {
  change: { da: 'Ændring', en: 'Change' },
  moved: { da: 'Indsatser, der har flyttet sig', en: 'Activities that have moved' },
  added: { da: 'Nye indsatser', en: 'New activities' },
  removed: { da: 'Fjernede indsatser', en: 'Removed activities' },
  newlyOverdue: {
    da: 'Har overskredet slutdatoen siden sidst',
    en: 'Past their end date since last time',
  },
  noLongerOverdue: { da: 'Er ikke længere overskredet', en: 'No longer past their end date' },
  none: { da: 'ingen', en: 'none' },
} satisfies Record<string, LocalizedText>;
