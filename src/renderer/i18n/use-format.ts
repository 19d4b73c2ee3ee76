import { useTranslation } from 'react-i18next';
import { formatters, type Formatters } from './format';
import { DEFAULT_LANGUAGE, isLanguage } from './languages';

/**
 * Formatters in the language the texts are in, i18next's own, so texts and numbers always agree;
 * whoever changes the language tells i18next, and this room asks nobody above it.
 */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);
}
