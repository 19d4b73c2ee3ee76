import type { LocalizedText } from './localized';

/** Texts the core writes into a new plan, in the plan's own language. */
export const defaultTexts = {
  newPlanTitle: { da: 'Ny kompetenceplan', en: 'New competence plan' } satisfies LocalizedText,
};
