import { describe, expect, it } from 'vitest';
import {
  COMPETENCE_METHODS,
  COMPETENCES,
  DRIVER_COMPETENCES,
  DRIVERS,
  localizeCatalog,
  METHODS,
} from '../../../src/shared/catalog';

describe('localizeCatalog', () => {
  it('gives the English catalogue as plain strings in the documented shape', () => {
    const catalog = localizeCatalog('en');
    expect(Object.keys(catalog)).toEqual([
      'drivers',
      'competences',
      'methods',
      'competenceMethods',
      'driverCompetences',
    ]);
    expect(catalog.drivers).toHaveLength(6);
    expect(catalog.competences).toHaveLength(11);
    expect(catalog.methods).toHaveLength(11);
    for (const entry of [...catalog.drivers, ...catalog.competences, ...catalog.methods]) {
      expect(Object.keys(entry)).toEqual(['key', 'title', 'description']);
      expect(typeof entry.title).toBe('string');
      expect(typeof entry.description).toBe('string');
    }
    for (const match of catalog.competenceMethods) {
      expect(Object.keys(match)).toEqual(['competence', 'method', 'strength', 'rationale']);
      expect(typeof match.rationale).toBe('string');
    }
    for (const match of catalog.driverCompetences) {
      expect(Object.keys(match)).toEqual(['driver', 'competence', 'strength', 'rationale']);
      expect(typeof match.rationale).toBe('string');
    }
    expect(catalog.methods[2]).toEqual({
      key: 'train-the-trainer',
      title: 'Train-the-trainer, digital front-runners/ambassadors',
      description: METHODS[2]?.description.en,
    });
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });

  it('uses the chosen language throughout', () => {
    const da = localizeCatalog('da');
    const en = localizeCatalog('en');
    expect(da.drivers.map((e) => e.title)).toEqual(DRIVERS.map((e) => e.title.da));
    expect(en.competences.map((e) => e.description)).toEqual(
      COMPETENCES.map((e) => e.description.en),
    );
    expect(da.competenceMethods.map((m) => m.rationale)).toEqual(
      COMPETENCE_METHODS.map((m) => m.rationale.da),
    );
    expect(en.driverCompetences.map((m) => m.rationale)).toEqual(
      DRIVER_COMPETENCES.map((m) => m.rationale.en),
    );
    const pair = (m: { competence: string; method: string; strength: number }) =>
      [m.competence, m.method, m.strength].join(' ');
    expect(da.competenceMethods.map(pair)).toEqual(en.competenceMethods.map(pair));
  });
});
