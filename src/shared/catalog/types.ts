import type { LocalizedText } from '../model/localized-text';
export const CATALOG_KINDS = ['driver', 'competence', 'method'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export { LANGUAGES as CATALOG_LANGS } from '../model/enums';
export type { Language as CatalogLang } from '../model/enums';
export type { LocalizedText } from '../model/localized-text';

// The keys are stable identifiers stored in plan files; the order is the seed's and is the
// catalogue order wherever entries are listed. Never rename or reorder a key.
export const DRIVER_KEYS = [
  'strategy',
  'efficiency',
  'new-tasks',
  'new-systems',
  'security',
  'data',
] as const;
export type DriverKey = (typeof DRIVER_KEYS)[number];

export const COMPETENCE_KEYS = [
  'digital-mindset',
  'workflow-optimisation',
  'general-skills',
  'digital-innovation',
  'project-teams',
  'trainer-skills',
  'service-communication',
  'collaboration',
  'digital-leadership',
  'it-security',
  'specialist',
] as const;
export type CompetenceKey = (typeof COMPETENCE_KEYS)[number];

export const METHOD_KEYS = [
  'needs-assessment',
  'courses-in-practice',
  'train-the-trainer',
  'mus-strategy',
  'inspiration',
  'innovation-placement',
  'organisational-development',
  'peer-training',
  'sprints',
  'learning-objectives',
  'user-centred-innovation',
] as const;
export type MethodKey = (typeof METHOD_KEYS)[number];

export type CatalogKey<K extends CatalogKind = CatalogKind> = K extends 'driver'
  ? DriverKey
  : K extends 'competence'
    ? CompetenceKey
    : K extends 'method'
      ? MethodKey
      : never;

export interface CatalogEntry<Key extends string = string> {
  readonly key: Key;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

/** 1 fits well, 2 fits, 3 can support. */
export type Strength = 1 | 2 | 3;
export const STRENGTHS: readonly Strength[] = [1, 2, 3];

export interface CompetenceMethodMatch {
  readonly competence: CompetenceKey;
  readonly method: MethodKey;
  readonly strength: Strength;
  readonly rationale: LocalizedText;
}

export interface DriverCompetenceMatch {
  readonly driver: DriverKey;
  readonly competence: CompetenceKey;
  readonly strength: Strength;
  readonly rationale: LocalizedText;
}

export interface LocalizedCatalogEntry<Key extends string = string> {
  key: Key;
  title: string;
  description: string;
}

export interface LocalizedCompetenceMethod {
  competence: CompetenceKey;
  method: MethodKey;
  strength: Strength;
  rationale: string;
}

export interface LocalizedDriverCompetence {
  driver: DriverKey;
  competence: CompetenceKey;
  strength: Strength;
  rationale: string;
}

/** The catalogue in one language: what `omstil catalog --lang da|en --json` prints. */
export interface LocalizedCatalog {
  drivers: LocalizedCatalogEntry<DriverKey>[];
  competences: LocalizedCatalogEntry<CompetenceKey>[];
  methods: LocalizedCatalogEntry<MethodKey>[];
  competenceMethods: LocalizedCompetenceMethod[];
  driverCompetences: LocalizedDriverCompetence[];
}
