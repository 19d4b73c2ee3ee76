import type { da } from './da';

// Typed keys: a misspelt or missing text is a compile error, not a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof da };
  }
}
