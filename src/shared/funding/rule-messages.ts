import type { LocalizedText } from '../i18n/localized';
import { validationMessages } from '../i18n/validation';
import { FUNDING_FIELDS } from '../model/stored/funding-application';
import { FUNDING_CONDITION_TESTS, FUNDING_RULE_EFFECTS } from '../model/stored/funding-rules';

const list = (items: readonly string[]) => items.join(', ');

/** Messages for a rules file the committee has edited; keys not here fall back to the shared ones. */
export const FUNDING_RULE_MESSAGES: Record<string, LocalizedText> = {
  'not-an-object': {
    da: 'Reglerne skal være et JSON-objekt.',
    en: 'The rules must be a JSON object.',
  },
  version: {
    da: 'Regelfilens version kendes ikke. Den skal være 1.',
    en: 'The rules file’s version is not known. It must be 1.',
  },
  'localized-text': {
    da: 'Teksten skal findes på både dansk (da) og engelsk (en).',
    en: 'The text must be given in both Danish (da) and English (en).',
  },
  'rule-id': {
    da: 'En regels id må kun bestå af små bogstaver, tal og bindestreger og skal begynde med et bogstav.',
    en: 'A rule id may only contain lower-case letters, digits and hyphens, and must start with a letter.',
  },
  'duplicate-rule-id': {
    da: 'To regler har samme id. Hver regel skal have sit eget id.',
    en: 'Two rules have the same id. Each rule needs its own id.',
  },
  'unknown-effect': {
    da: `Virkningen kendes ikke. Brug en af: ${list(FUNDING_RULE_EFFECTS)}.`,
    en: `The effect is not known. Use one of: ${list(FUNDING_RULE_EFFECTS)}.`,
  },
  'unknown-test': {
    da: `Betingelsens test kendes ikke. Brug en af: ${list(FUNDING_CONDITION_TESTS)}.`,
    en: `The condition’s test is not known. Use one of: ${list(FUNDING_CONDITION_TESTS)}.`,
  },
  'unknown-field': {
    da: `Feltet findes ikke i ansøgningen. Brug et af: ${list(FUNDING_FIELDS)}.`,
    en: `The field is not part of the application. Use one of: ${list(FUNDING_FIELDS)}.`,
  },
  'value-type': {
    da: 'Værdien passer ikke til feltet: ja/nej-felter skal have true eller false, beløb et tal, omfang »module« eller »whole-education«, datoer en dato (ÅÅÅÅ-MM-DD) og tekstfelter en tekst.',
    en: 'The value does not fit the field: yes/no fields take true or false, amounts a number, scope “module” or “whole-education”, dates a date (YYYY-MM-DD) and text fields a text.',
  },
  'not-a-number-field': {
    da: 'Testen sammenligner tal og kan kun bruges på beløbet (amount).',
    en: 'The test compares numbers and can only be used on the amount.',
  },
  'not-a-date-field': {
    da: 'Testen sammenligner datoer og kan kun bruges på start og end.',
    en: 'The test compares dates and can only be used on start and end.',
  },
  'empty-group': {
    da: 'En »all«- eller »any«-betingelse skal indeholde mindst én betingelse.',
    en: 'An “all” or “any” condition must contain at least one condition.',
  },
  'too-deep': {
    da: 'Betingelserne er indlejret for dybt. Der må højst være 10 niveauer.',
    en: 'The conditions are nested too deeply. At most 10 levels are allowed.',
  },
  'not-a-number': {
    da: 'Værdien skal være et tal.',
    en: 'The value must be a number.',
  },
  'reminder-days': {
    da: 'Antallet af dage skal være et helt tal fra 0 til 365.',
    en: 'The number of days must be a whole number from 0 to 365.',
  },
};

export function fundingRuleMessage(key: string): LocalizedText {
  return (
    FUNDING_RULE_MESSAGES[key] ??
    validationMessages[key] ??
    (validationMessages['invalid'] as LocalizedText)
  );
}
