import type { PlanList } from './entity-labels';
import type { LocalizedText } from './localized';

/** What the screens and the documents say where one of the plan's lists has no rows yet. */
export const EMPTY_LIST_TEXTS: Record<'members' | PlanList, LocalizedText> = {
  members: {
    da: 'Der er endnu ingen medlemmer på listen.',
    en: 'There are no members on the list yet.',
  },
  targetGroups: { da: 'Der er endnu ingen målgrupper.', en: 'There are no target groups yet.' },
  drivers: { da: 'Der er endnu ingen baggrunde.', en: 'There are no drivers yet.' },
  competences: { da: 'Der er endnu ingen kompetencer.', en: 'There are no competences yet.' },
  methods: { da: 'Der er endnu ingen metoder.', en: 'There are no methods yet.' },
  activities: { da: 'Der er endnu ingen indsatser.', en: 'There are no activities yet.' },
  measurements: { da: 'Der er endnu ingen målinger.', en: 'There are no measurements yet.' },
};

/** What stands in place of a part of the plan, a competence or a method that is still empty. */
export const EMPTY_FIELD_TEXTS = {
  purpose: {
    da: 'Formålet er ikke beskrevet endnu.',
    en: 'The purpose has not been described yet.',
  },
  principles: { da: 'Der er endnu ingen principper.', en: 'There are no principles yet.' },
  learningObjectives: {
    da: 'Der er endnu ingen læringsmål.',
    en: 'There are no learning objectives yet.',
  },
  /** A method that no competence uses yet. */
  usedFor: {
    da: 'Metoden er endnu ikke knyttet til en kompetence.',
    en: 'The method is not linked to a competence yet.',
  },
} satisfies Record<string, LocalizedText>;
