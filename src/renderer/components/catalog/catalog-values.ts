import { catalogEntry, type CatalogKey, type CatalogKind } from '../../../shared/catalog';
import type { WindowDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';

export interface CatalogValues {
  catalogKey: string;
  title: string;
  description: string;
}

/**
 * What a catalogue entry puts into the plan. The texts are copied rather than looked up later,
 * so the plan reads the same on a colleague's machine with another version of the catalogue.
 * They are in the plan's language, not the reader's: the plan is one shared document.
 */
export function catalogValues<K extends CatalogKind>(
  kind: K,
  key: CatalogKey<K>,
  planLanguage: Language,
): CatalogValues {
  const entry = catalogEntry(kind, key);
  return {
    catalogKey: key,
    title: entry?.title[planLanguage] ?? key,
    description: entry?.description[planLanguage] ?? '',
  };
}

const COLLECTION = { driver: 'drivers', competence: 'competences', method: 'methods' } as const;

/** The catalogue keys of one kind that the plan already holds. */
export function keysInPlan(doc: WindowDocument, kind: CatalogKind): Set<string> {
  const keys = new Set<string>();
  for (const row of doc[COLLECTION[kind]]) if (row.catalogKey !== null) keys.add(row.catalogKey);
  return keys;
}
