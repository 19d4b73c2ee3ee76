import type { Language } from '../../shared/model/enums';
import { applyLanguage } from '../i18n';
import { saveLanguage } from '../i18n/language-storage';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import type { SliceCreator } from './types';

export interface LanguageSlice {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const createLanguageSlice: SliceCreator<LanguageSlice> = (set) => ({
  language: DEFAULT_LANGUAGE,
  setLanguage: (language) => {
    saveLanguage(language);
    applyLanguage(language);
    set({ language });
  },
});
