import type { LocalizedText } from './localized';

/** Messages for the rule keys that the field schemas in `model/fields.ts` report. */
export const validationMessages: Record<string, LocalizedText> = {
  required: { da: 'Feltet skal udfyldes.', en: 'This field is required.' },
  'text-too-long': { da: 'Teksten er for lang.', en: 'The text is too long.' },
  'invalid-text': { da: 'Feltet skal være en tekst.', en: 'This field must be text.' },
  'invalid-list': { da: 'Feltet skal være en liste.', en: 'This field must be a list.' },
  'list-too-long': { da: 'Listen har for mange punkter.', en: 'The list has too many items.' },
  'invalid-id': {
    da: 'Henvisningen er ikke et gyldigt id.',
    en: 'The reference is not a valid id.',
  },
  'invalid-date': {
    da: 'Datoen skal være en gyldig dato (ÅÅÅÅ-MM-DD).',
    en: 'The date must be a valid date (YYYY-MM-DD).',
  },
  'invalid-timestamp': {
    da: 'Tidspunktet skal være et gyldigt tidspunkt.',
    en: 'The time must be a valid timestamp.',
  },
  'date-order': {
    da: 'Slutdatoen ligger før startdatoen.',
    en: 'The end date is before the start date.',
  },
  'level-range': {
    da: 'Niveauet skal være et helt tal fra 1 til 5.',
    en: 'The level must be a whole number from 1 to 5.',
  },
  'measured-level-range': {
    da: 'Det målte niveau skal ligge mellem 1 og 5.',
    en: 'The measured level must be between 1 and 5.',
  },
  'priority-range': {
    da: 'Prioriteten skal være 1 (høj), 2 eller 3 (lav).',
    en: 'The priority must be 1 (high), 2 or 3 (low).',
  },
  'money-negative': {
    da: 'Beløbet skal være 0 kr. eller mere.',
    en: 'The amount must be DKK 0 or more.',
  },
  'money-too-large': {
    da: 'Beløbet er urealistisk stort.',
    en: 'The amount is unrealistically large.',
  },
  'count-negative': {
    da: 'Antallet skal være et helt tal, 0 eller mere.',
    en: 'The number must be a whole number, 0 or more.',
  },
  'count-too-large': {
    da: 'Antallet er urealistisk stort.',
    en: 'The number is unrealistically large.',
  },
  'anonymity-threshold-range': {
    da: 'Anonymitetsgrænsen skal være et helt antal besvarelser fra 3 til 100.',
    en: 'The anonymity threshold must be a whole number of responses from 3 to 100.',
  },
  'survey-no-question': {
    da: 'Vælg mindst ét spørgsmål og den kompetence, det måler.',
    en: 'Choose at least one question and the competence it measures.',
  },
  'log-limit-range': {
    da: 'Ændringshistorikken skal gemme et helt antal ændringer fra 1.000 til 100.000.',
    en: 'The change history must keep a whole number of changes from 1,000 to 100,000.',
  },
  'progress-range': {
    da: 'Fremdriften skal være et helt tal fra 0 til 100 %.',
    en: 'Progress must be a whole number from 0 to 100%.',
  },
  'invalid-choice': {
    da: 'Værdien er ikke en af de mulige.',
    en: 'The value is not one of the options.',
  },
  'invalid-catalog-key': {
    da: 'Katalognøglen er ugyldig.',
    en: 'The catalogue key is invalid.',
  },
  'unknown-key': { da: 'Feltet kendes ikke.', en: 'The field is not known.' },
  invalid: { da: 'Værdien er ugyldig.', en: 'The value is invalid.' },
  missing: { da: 'Feltet mangler.', en: 'The field is missing.' },
};

export function validationMessage(rule: string): LocalizedText {
  return validationMessages[rule] ?? validationMessages['invalid']!;
}

/**
 * The message for a rule whose schema knows the limit that was passed, naming it: "Teksten må
 * højst være på 200 tegn." Rules without a limit of their own get their plain message.
 */
export function limitMessage(rule: string, limit: number): LocalizedText {
  const da = limit.toLocaleString('da-DK');
  const en = limit.toLocaleString('en-GB');
  switch (rule) {
    case 'text-too-long':
      return {
        da: `Teksten må højst være på ${da} tegn.`,
        en: `The text can be at most ${en} characters long.`,
      };
    case 'list-too-long':
      return {
        da: `Listen må højst have ${da} punkter.`,
        en: `The list can have at most ${en} items.`,
      };
    case 'count-too-large':
      return { da: `Antallet må højst være ${da}.`, en: `The number can be at most ${en}.` };
    default:
      return validationMessage(rule);
  }
}
