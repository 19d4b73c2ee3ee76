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
