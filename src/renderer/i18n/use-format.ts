import { useAppStore } from '../store';
import { formatters, type Formatters } from './format';

/** Formatters for the language chosen in the store, so texts and numbers always agree. */
export function useFormat(): Formatters {
  return formatters(useAppStore((s) => s.language));
}
