import type { LocalizedText } from './localized';

/** The words an anonymous trends report writes in place of what it leaves out. */
export const TRENDS_ANONYMOUS_LABELS = {
  file: (n: number): LocalizedText => ({ da: `Fil ${n}`, en: `File ${n}` }),
  organisation: { da: '[organisationen]', en: '[the organisation]' } satisfies LocalizedText,
  person: { da: '[navn]', en: '[name]' } satisfies LocalizedText,
};

/** Why a plan with an interrupted change beside it is not counted: reading it would change it. */
export const TRENDS_PENDING_JOURNAL = (file: string): LocalizedText => ({
  da: `En ændring af planen ${file} blev afbrudt, og journalfilen ligger stadig ved siden af den. Åbn planen i Omstil én gang, så ændringen bliver afsluttet; en oversigt ændrer aldrig i de planer, den læser.`,
  en: `A change to the plan ${file} was interrupted, and its journal file still lies beside it. Open the plan in Omstil once so the change is dealt with; an overview never changes the plans it reads.`,
});
