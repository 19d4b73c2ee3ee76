import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/model/enums';
import { da } from './da';
import { en } from './en';
import { DEFAULT_LANGUAGE } from './languages';

/** One instance for the whole renderer; the catalogues are bundled, so it is ready at once. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['da', 'en'],
  // React escapes text itself; escaping here too would show "&amp;" in titles.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

export function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
}
