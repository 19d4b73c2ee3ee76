import type { LocalizedText } from '../model/localized-text';

export type { LocalizedText };

/**
 * A label set in one language, with the same keys in the same order: the renderer's catalogues and
 * the export's texts both read their labels of a set from one `Record<K, LocalizedText>`.
 */
export function labelsIn<K extends PropertyKey>(
  language: keyof LocalizedText,
  labels: Record<K, LocalizedText>,
): Record<K, string> {
  const texts = {} as Record<K, string>;
  for (const key of Object.keys(labels) as K[]) texts[key] = labels[key][language];
  return texts;
}

/** Some labels of a set in one language: the ones a screen or a document writes as they are. */
export function pickLabels<K extends PropertyKey, P extends K>(
  language: keyof LocalizedText,
  labels: Record<K, LocalizedText>,
  keys: readonly P[],
): Record<P, string> {
  const texts = {} as Record<P, string>;
  for (const key of keys) texts[key] = labels[key][language];
  return texts;
}

/**
 * Some labels of a set in one language under the keys a catalogue reads them by, e.g.
 * `{ owner: 'ownerId' }`, so a screen names a field as the shared set does without copying it.
 */
export function renameLabels<K extends PropertyKey, N extends string>(
  language: keyof LocalizedText,
  labels: Record<K, LocalizedText>,
  keys: Record<N, K>,
): Record<N, string> {
  const texts = {} as Record<N, string>;
  for (const key of Object.keys(keys) as N[]) texts[key] = labels[keys[key]][language];
  return texts;
}
