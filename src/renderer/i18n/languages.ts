import { LANGUAGES, type Language } from '../../shared/model/enums';

export const DEFAULT_LANGUAGE: Language = 'da';

/** The BCP 47 tag used for dates and numbers; British English writes "27 November 2026". */
export const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
