import type { Language } from '../model/enums';
import type { LocalizedText } from './localized';

/**
 * What each step of the 1–5 scale means until the committee words it otherwise: steps a member
 * of staff at a state workplace can place a colleague group on without a test, from not knowing
 * a competence to being able to teach it. Step 1 first.
 */
export const DEFAULT_LEVEL_TEXTS: readonly LocalizedText[] = [
  { da: 'Kender ikke til det', en: 'Does not know it yet' },
  {
    da: 'Kender til det og kan bruge det med hjælp',
    en: 'Knows it and can use it with help',
  },
  {
    da: 'Kan bruge det selvstændigt i de daglige opgaver',
    en: 'Can use it independently in everyday tasks',
  },
  {
    da: 'Bruger det sikkert, også i nye og mere komplekse opgaver',
    en: 'Uses it confidently, also in new and more complex tasks',
  },
  { da: 'Kan lære andre det', en: 'Can teach it to others' },
];

/** The steps of the scale, lowest first. */
export const LEVEL_STEPS = [1, 2, 3, 4, 5] as const;

/**
 * What `level` means in a plan whose own words are `meanings` (step 1 first; an empty text keeps
 * the default). A measured level with decimals reads as the step it has reached; null when the
 * level is not on the scale.
 */
export function levelMeaning(
  meanings: readonly string[],
  level: number,
  language: Language,
): string | null {
  if (!Number.isFinite(level) || level < 1 || level > 5) return null;
  const step = Math.floor(level);
  const own = meanings[step - 1]?.trim() ?? '';
  return own !== '' ? own : DEFAULT_LEVEL_TEXTS[step - 1]![language];
}

/** Every step's meaning in a plan, step 1 first. */
export function levelScale(meanings: readonly string[], language: Language): string[] {
  return LEVEL_STEPS.map((step) => levelMeaning(meanings, step, language)!);
}
