import { COMPETENCES } from './competences';
import { DRIVERS } from './drivers';
import { COMPETENCE_METHODS, DRIVER_COMPETENCES } from './matching';
import { METHODS } from './methods';
import type {
  CatalogEntry,
  CatalogKey,
  CatalogKind,
  CatalogLang,
  CompetenceKey,
  DriverKey,
  LocalizedCatalog,
  LocalizedCatalogEntry,
  MethodKey,
} from './types';
import { COMPETENCE_KEYS, DRIVER_KEYS, METHOD_KEYS } from './types';

export * from './types';
export { COMPETENCES } from './competences';
export { DRIVERS } from './drivers';
export { METHODS } from './methods';
export {
  COMPETENCE_METHODS,
  DRIVER_COMPETENCES,
  competenceMethodMatch,
  competencesForDriver,
  competencesForMethod,
  driverCompetenceMatch,
  driversForCompetence,
  methodsForCompetence,
} from './matching';

const ENTRIES: { [K in CatalogKind]: readonly CatalogEntry<CatalogKey<K>>[] } = {
  driver: DRIVERS,
  competence: COMPETENCES,
  method: METHODS,
};

const KEYS: { [K in CatalogKind]: readonly CatalogKey<K>[] } = {
  driver: DRIVER_KEYS,
  competence: COMPETENCE_KEYS,
  method: METHOD_KEYS,
};

/** All entries of one kind, in catalogue (seed) order. */
export function catalogEntries<K extends CatalogKind>(
  kind: K,
): readonly CatalogEntry<CatalogKey<K>>[] {
  return ENTRIES[kind];
}

/**
 * True when `key` is a built-in key of that kind. Plan files may carry keys from a newer
 * version or typed by hand; anything this returns false for is treated as a custom entry.
 */
export function isCatalogKey<K extends CatalogKind>(
  kind: K,
  key: string | null | undefined,
): key is CatalogKey<K> {
  return typeof key === 'string' && (KEYS[kind] as readonly string[]).includes(key);
}

export function isDriverKey(key: string | null | undefined): key is DriverKey {
  return isCatalogKey('driver', key);
}

export function isCompetenceKey(key: string | null | undefined): key is CompetenceKey {
  return isCatalogKey('competence', key);
}

export function isMethodKey(key: string | null | undefined): key is MethodKey {
  return isCatalogKey('method', key);
}

/** Position in catalogue order, or -1 for a key the catalogue does not have. */
export function catalogIndex(kind: CatalogKind, key: string | null | undefined): number {
  return typeof key === 'string' ? (KEYS[kind] as readonly string[]).indexOf(key) : -1;
}

/** The entry for a key, or undefined when the key is not in the catalogue (a custom entry). */
export function catalogEntry<K extends CatalogKind>(
  kind: K,
  key: string | null | undefined,
): CatalogEntry<CatalogKey<K>> | undefined {
  const index = catalogIndex(kind, key);
  return index < 0 ? undefined : ENTRIES[kind][index];
}

/**
 * Folds text for matching: case, accents and the Danish letters, so that "frontlober",
 * "frontloeber" and "Frontløber" meet. Both sides go through the same fold, so replacing the
 * digraphs ae/oe/aa as well only ever adds matches, never loses one.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'a')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/aa/g, 'a');
}

function tokens(query: string): string[] {
  return foldForSearch(query)
    .split(/[\s,.;:!?()«»"“”]+/)
    .filter((token) => token.length > 0);
}

/**
 * Entries of one kind whose titles or descriptions contain every word of the query, in either
 * language or only in `lang` when given. Entries where every word is found in a title come
 * first; within each group the catalogue order holds, so the result is stable. An empty query
 * returns the whole list.
 */
export function searchCatalog<K extends CatalogKind>(
  kind: K,
  query: string,
  lang?: CatalogLang,
): CatalogEntry<CatalogKey<K>>[] {
  const words = tokens(query);
  const entries = catalogEntries(kind);
  if (words.length === 0) return [...entries];
  const langs: readonly CatalogLang[] = lang ? [lang] : ['da', 'en'];
  const inTitle: CatalogEntry<CatalogKey<K>>[] = [];
  const inText: CatalogEntry<CatalogKey<K>>[] = [];
  for (const entry of entries) {
    const title = foldForSearch(langs.map((l) => entry.title[l]).join('\n'));
    const all = `${title}\n${foldForSearch(langs.map((l) => entry.description[l]).join('\n'))}`;
    if (words.every((word) => title.includes(word))) inTitle.push(entry);
    else if (words.every((word) => all.includes(word))) inText.push(entry);
  }
  return [...inTitle, ...inText];
}

function localizeEntries<Key extends string>(
  entries: readonly CatalogEntry<Key>[],
  lang: CatalogLang,
): LocalizedCatalogEntry<Key>[] {
  return entries.map((entry) => ({
    key: entry.key,
    title: entry.title[lang],
    description: entry.description[lang],
  }));
}

/** The whole catalogue in one language, as plain strings: what `omstil catalog --json` prints. */
export function localizeCatalog(lang: CatalogLang): LocalizedCatalog {
  return {
    drivers: localizeEntries(DRIVERS, lang),
    competences: localizeEntries(COMPETENCES, lang),
    methods: localizeEntries(METHODS, lang),
    competenceMethods: COMPETENCE_METHODS.map((match) => ({
      competence: match.competence,
      method: match.method,
      strength: match.strength,
      rationale: match.rationale[lang],
    })),
    driverCompetences: DRIVER_COMPETENCES.map((match) => ({
      driver: match.driver,
      competence: match.competence,
      strength: match.strength,
      rationale: match.rationale[lang],
    })),
  };
}
