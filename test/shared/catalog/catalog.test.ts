import { describe, expect, it } from 'vitest';
import {
  catalogEntries,
  catalogEntry,
  catalogIndex,
  COMPETENCE_KEYS,
  COMPETENCES,
  DRIVER_KEYS,
  DRIVERS,
  isCatalogKey,
  isCompetenceKey,
  isDriverKey,
  isMethodKey,
  METHOD_KEYS,
  METHODS,
} from '../../../src/shared/catalog';
import type { CatalogEntry, CatalogKind } from '../../../src/shared/catalog';

// Written out literally on purpose: a changed key, title or order must fail here.
const DRIVER_TITLES_DA: [string, string][] = [
  ['strategy', 'Digital udvikling som strategisk satsning'],
  ['efficiency', 'Effektivisering'],
  ['new-tasks', 'Nye ændrede opgaver som følge af digitalisering'],
  ['new-systems', 'Nye it-systemer/teknologier'],
  ['security', 'It- eller datasikkerhed'],
  ['data', 'Big data/anvendelsen af data'],
];

const COMPETENCE_TITLES_DA: [string, string][] = [
  ['digital-mindset', 'Digitalt mindset/kultur/forandringsparathed'],
  ['workflow-optimisation', 'Optimering af arbejdsgange/strøm til manuelle arbejdsgange'],
  ['general-skills', 'Almene kompetencer, dansk, it mv.'],
  ['digital-innovation', 'Metoder til digital innovation, sprint mv.'],
  ['project-teams', 'Projekt- og teamledelse/deltagelse'],
  ['trainer-skills', 'Nye underviserkompetencer i forhold til digitale værktøjer'],
  ['service-communication', 'Serviceadfærd, kommunikation'],
  ['collaboration', 'Samarbejde, social kapital'],
  ['digital-leadership', 'Digital ledelse'],
  ['it-security', 'It-sikkerhed – datasikkerhed'],
  ['specialist', 'Specialistkompetencer i forhold til it, teknologi eller data'],
];

const METHOD_TITLES_DA: [string, string][] = [
  [
    'needs-assessment',
    'Afklaring af kompetencebehov, målinger mv. tæt koblet til omstillings- og forandringsprojekter',
  ],
  ['courses-in-practice', 'Kurser og uddannelse koblet med anvendelse i praksis'],
  ['train-the-trainer', 'Train-the-trainer, digitale frontløbere/ambassadører'],
  ['mus-strategy', 'Afsæt i MUS og kompetencestrategi samt digitaliseringsstrategi'],
  ['inspiration', 'Inspiration fra andre organisationer i ind- og udland'],
  ['innovation-placement', 'Innovationspraktik'],
  ['organisational-development', 'Organisationsudvikling'],
  ['peer-training', 'Sidemandsoplæring og nabotræning'],
  ['sprints', 'Sprintplanlægning og eksekvering'],
  ['learning-objectives', 'Udarbejdelse af læringsmål og impact map'],
  [
    'user-centred-innovation',
    'Innovative tilgange til at styrke effekten af institutionens kerneopgaver til gavn for brugerne',
  ],
];

const ALL: [CatalogKind, readonly CatalogEntry[]][] = [
  ['driver', DRIVERS],
  ['competence', COMPETENCES],
  ['method', METHODS],
];

describe('catalogue keys and Danish titles', () => {
  it('has the drivers in the seed order with the seed titles', () => {
    expect(DRIVERS.map((entry) => [entry.key, entry.title.da])).toEqual(DRIVER_TITLES_DA);
    expect([...DRIVER_KEYS]).toEqual(DRIVER_TITLES_DA.map(([key]) => key));
  });

  it('has the competences in the seed order with the seed titles', () => {
    expect(COMPETENCES.map((entry) => [entry.key, entry.title.da])).toEqual(COMPETENCE_TITLES_DA);
    expect([...COMPETENCE_KEYS]).toEqual(COMPETENCE_TITLES_DA.map(([key]) => key));
  });

  it('has the methods in the seed order with the seed titles', () => {
    expect(METHODS.map((entry) => [entry.key, entry.title.da])).toEqual(METHOD_TITLES_DA);
    expect([...METHOD_KEYS]).toEqual(METHOD_TITLES_DA.map(([key]) => key));
  });

  it('keeps the en dash in the IT security title', () => {
    expect(catalogEntry('competence', 'it-security')?.title.da).toContain('\u2013');
  });

  it('moves the explanation after "Organisationsudvikling." into the description', () => {
    expect(catalogEntry('method', 'organisational-development')?.description.da).toMatch(
      /^Ændring af roller og opgaver mellem ledere og medarbejdere og medarbejdere indbyrdes\. Ændrede relationer mellem medarbejdere og brugere\. \S/,
    );
  });
});

describe.each(ALL)('every %s entry', (_kind, entries) => {
  it.each(entries.map((entry) => [entry.key, entry] as const))(
    '%s has both languages, non-empty and different',
    (_key, entry) => {
      for (const text of [entry.title, entry.description]) {
        expect(text.da.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(text.da).not.toBe(text.en);
        expect(text.da).toBe(text.da.trim());
        expect(text.en).toBe(text.en.trim());
      }
    },
  );

  it('has short descriptions of whole sentences', () => {
    for (const entry of entries) {
      for (const text of [entry.description.da, entry.description.en]) {
        expect(text.length).toBeGreaterThan(120);
        expect(text.length).toBeLessThan(480);
        expect(text).toMatch(/[.]$/);
      }
    }
  });

  it('has unique keys, titles and descriptions', () => {
    for (const pick of [
      (e: CatalogEntry) => e.key,
      (e: CatalogEntry) => e.title.da,
      (e: CatalogEntry) => e.title.en,
      (e: CatalogEntry) => e.description.da,
      (e: CatalogEntry) => e.description.en,
    ]) {
      expect(new Set(entries.map(pick)).size).toBe(entries.length);
    }
  });

  it('has titles without a trailing full stop other than an abbreviation', () => {
    for (const entry of entries) {
      for (const title of [entry.title.da, entry.title.en]) {
        expect(title.replace(/\b(mv|etc)\.$/, '$1')).not.toMatch(/\.$/);
      }
    }
  });
});

describe('lookups', () => {
  it('finds an entry by kind and key', () => {
    expect(catalogEntry('method', 'train-the-trainer')?.title.da).toBe(
      'Train-the-trainer, digitale frontløbere/ambassadører',
    );
    expect(catalogEntry('driver', 'data')?.title.en).toBe('Big data/the use of data');
  });

  it('returns undefined for custom and unknown keys, also across kinds', () => {
    expect(catalogEntry('method', null)).toBeUndefined();
    expect(catalogEntry('method', 'blockchain')).toBeUndefined();
    expect(catalogEntry('method', 'strategy')).toBeUndefined();
    expect(catalogEntry('driver', '')).toBeUndefined();
  });

  it('tells catalogue keys from other strings', () => {
    expect(isCatalogKey('competence', 'specialist')).toBe(true);
    expect(isCatalogKey('competence', 'Specialist')).toBe(false);
    expect(isCatalogKey('competence', 'toString')).toBe(false);
    expect(isDriverKey('security')).toBe(true);
    expect(isCompetenceKey('security')).toBe(false);
    expect(isMethodKey('sprints')).toBe(true);
    expect(isMethodKey(undefined)).toBe(false);
  });

  it('gives catalogue positions and lists', () => {
    expect(catalogIndex('competence', 'digital-mindset')).toBe(0);
    expect(catalogIndex('method', 'user-centred-innovation')).toBe(10);
    expect(catalogIndex('driver', 'custom')).toBe(-1);
    expect(catalogEntries('driver')).toBe(DRIVERS);
    expect(catalogEntries('competence')).toBe(COMPETENCES);
    expect(catalogEntries('method')).toBe(METHODS);
  });
});
