import type { Language } from '../../shared/model/enums';
import { DEFAULT_LANGUAGE, isLanguage } from './languages';

const KEY = 'omstil.language';

/** The language chosen last time on this machine; storage can be unavailable, which is no error. */
export function loadLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function saveLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(KEY, language);
  } catch {
    // A private window or a locked-down profile: the choice lasts for this session only.
  }
}
