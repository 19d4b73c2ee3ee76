import type { LocalizedText } from './localized-text';

/** Messages for the rule keys only the model's own fields report (årshjul, evaluation, JSON). */
export const modelMessages: Record<string, LocalizedText> = {
  'month-range': {
    da: 'Måneden skal være et helt tal fra 1 (januar) til 12 (december).',
    en: 'The month must be a whole number from 1 (January) to 12 (December).',
  },
  'year-range': {
    da: 'Året skal være et helt årstal mellem 2000 og 2200.',
    en: 'The year must be a whole year between 2000 and 2200.',
  },
  'invalid-step': {
    da: 'Trinnet findes ikke i workshoppens program.',
    en: 'The step is not in the workshop’s programme.',
  },
  'timer-range': {
    da: 'Tiden skal være et antal sekunder fra 0 til 24 timer.',
    en: 'The time must be a number of seconds from 0 to 24 hours.',
  },
  'dots-range': {
    da: 'Antallet af prikker pr. deltager skal være et helt tal fra 1 til 20.',
    en: 'The number of dots per participant must be a whole number from 1 to 20.',
  },
  'json-too-deep': {
    da: 'Værdien er indlejret for dybt til at kunne gemmes.',
    en: 'The value is nested too deeply to be saved.',
  },
};

/** The agreement asks for one evaluation a year; a second is refused with the year named. */
export function evaluationYearTaken(year: number): LocalizedText {
  return {
    da: `Planen har allerede en årlig evaluering for ${year}. Der kan kun være én evaluering pr. år – ret den eksisterende i stedet.`,
    en: `The plan already has an annual evaluation for ${year}. There can only be one evaluation per year – edit the existing one instead.`,
  };
}
