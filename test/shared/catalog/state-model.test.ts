import { describe, expect, it } from 'vitest';
import { COMPETENCE_KEYS } from '../../../src/shared/catalog';
import {
  STATE_MODEL_AREA_KEYS,
  STATE_MODEL_AREAS,
  STATE_MODEL_LINKS,
  STATE_MODEL_SHAPE,
  STATE_MODEL_SUBCATEGORY_KEYS,
  stateModelArea,
  stateModelLinksFor,
  stateModelName,
} from '../../../src/shared/catalog/state-model';

const HTTPS = /^https:\/\/(en\.)?digst\.dk\//;

describe('the state’s model for digital competences', () => {
  it('has the model’s four areas, each with a name the agency’s pages give', () => {
    expect(STATE_MODEL_AREAS.map((a) => a.key)).toEqual([...STATE_MODEL_AREA_KEYS]);
    expect(STATE_MODEL_AREAS).toHaveLength(STATE_MODEL_SHAPE.areas);
    for (const area of STATE_MODEL_AREAS) {
      expect(area.name.da !== null || area.name.en !== null, area.key).toBe(true);
      expect(area.sources.length, area.key).toBeGreaterThan(0);
      for (const source of area.sources) expect(source, area.key).toMatch(HTTPS);
    }
  });

  it('quotes the area and subcategories the issue names exactly', () => {
    const area = stateModelArea('projects-development');
    expect(area.name.da).toBe('Projekter og videreudvikling');
    expect(area.subcategories.map((s) => s.name.da)).toEqual([
      'Kravformulering',
      'Udvikling og optimering',
      'Organisatorisk implementering',
    ]);
  });

  it('gives each area three subcategories, except where none were found', () => {
    const recorded = STATE_MODEL_AREAS.filter((a) => a.subcategories.length > 0);
    for (const area of recorded) {
      expect(area.subcategories, area.key).toHaveLength(STATE_MODEL_SHAPE.subcategoriesPerArea);
    }
    // The one gap: when its subcategories are found, they go in and this line goes.
    expect(STATE_MODEL_AREAS.filter((a) => a.subcategories.length === 0).map((a) => a.key)).toEqual(
      ['governance-cooperation'],
    );
    const keys = STATE_MODEL_AREAS.flatMap((a) => a.subcategories.map((s) => s.key));
    expect(keys).toEqual([...STATE_MODEL_SUBCATEGORY_KEYS]);
  });

  it('records no more competences than the model’s 32, each with a name', () => {
    const competences = STATE_MODEL_AREAS.flatMap((a) => a.competences);
    expect(competences.length).toBeLessThanOrEqual(STATE_MODEL_SHAPE.competences);
    for (const { name } of competences) {
      expect(name.da?.trim(), name.en ?? '').toBeTruthy();
      expect(name.en?.trim(), name.da ?? '').toBeTruthy();
    }
  });

  it('maps every catalogue competence somewhere', () => {
    for (const key of COMPETENCE_KEYS) {
      expect(stateModelLinksFor(key).length, key).toBeGreaterThan(0);
    }
  });

  it('reaches every area of the model', () => {
    const reached = new Set(STATE_MODEL_LINKS.map((link) => link.area));
    for (const key of STATE_MODEL_AREA_KEYS) expect(reached.has(key), key).toBe(true);
  });

  it('names only existing areas, and subcategories of the area it names', () => {
    for (const link of STATE_MODEL_LINKS) {
      const label = `${link.competence} → ${link.area}/${link.subcategory}`;
      expect(COMPETENCE_KEYS, label).toContain(link.competence);
      expect(STATE_MODEL_AREA_KEYS, label).toContain(link.area);
      if (link.subcategory !== null) {
        const area = stateModelArea(link.area);
        expect(
          area.subcategories.map((s) => s.key),
          label,
        ).toContain(link.subcategory);
      }
    }
  });

  it('links a competence to each part of the model once', () => {
    const seen = STATE_MODEL_LINKS.map((l) => `${l.competence}|${l.area}|${l.subcategory}`);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('keeps the links in catalogue order', () => {
    const order = STATE_MODEL_LINKS.map((l) => COMPETENCE_KEYS.indexOf(l.competence));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('gives every link a one-line reason in Danish and in English', () => {
    for (const { competence, reason } of STATE_MODEL_LINKS) {
      for (const text of [reason.da, reason.en]) {
        expect(text.trim().length, competence).toBeGreaterThan(30);
        expect(text, competence).not.toContain('\n');
        expect(text, competence).toMatch(/[.!?]$/);
      }
      expect(reason.da, competence).not.toBe(reason.en);
      // Each side in its own language, not the other's words pasted in.
      expect(reason.da, competence).toMatch(/\b(og|er|at|der|det|den|til|af|ikke)\b/);
      expect(reason.en, competence).toMatch(/\b(the|and|is|to|of)\b/);
      expect(reason.en, competence).not.toMatch(/[æøå]/);
    }
  });

  it('falls back to the other language where a name was not found, and says so', () => {
    const strategy = stateModelArea('strategy-business');
    expect(stateModelName(strategy.name, 'da')).toEqual({
      text: 'Strategy and business development',
      borrowed: true,
    });
    expect(stateModelName(strategy.name, 'en').borrowed).toBe(false);
    expect(stateModelName(stateModelArea('data-security').name, 'da')).toEqual({
      text: 'Data og sikkerhed',
      borrowed: false,
    });
  });
});
