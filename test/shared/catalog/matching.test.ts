import { describe, expect, it } from 'vitest';
import {
  COMPETENCE_KEYS,
  COMPETENCE_METHODS,
  competenceMethodMatch,
  competencesForDriver,
  competencesForMethod,
  DRIVER_COMPETENCES,
  DRIVER_KEYS,
  driverCompetenceMatch,
  driversForCompetence,
  METHOD_KEYS,
  methodsForCompetence,
} from '../../../src/shared/catalog';
import type { LocalizedText } from '../../../src/shared/catalog';

type Triple = [number, number, number];

function byTriple([a0, a1, a2]: Triple, [b0, b1, b2]: Triple): number {
  return a0 - b0 || a1 - b1 || a2 - b2;
}

function expectRationale(rationale: LocalizedText): void {
  expect(rationale.da.trim().length).toBeGreaterThan(40);
  expect(rationale.en.trim().length).toBeGreaterThan(40);
  expect(rationale.da).not.toBe(rationale.en);
  expect(rationale.da).toMatch(/[.!?]$/);
  expect(rationale.en).toMatch(/[.!?]$/);
}

describe('competence–method matching', () => {
  it('gives every competence at least two methods', () => {
    for (const competence of COMPETENCE_KEYS) {
      expect(methodsForCompetence(competence).length, competence).toBeGreaterThanOrEqual(2);
    }
  });

  it('lets every method serve at least one competence', () => {
    for (const method of METHOD_KEYS) {
      expect(competencesForMethod(method).length, method).toBeGreaterThanOrEqual(1);
    }
  });

  it('uses only catalogue keys and strengths 1..3', () => {
    for (const match of COMPETENCE_METHODS) {
      expect(COMPETENCE_KEYS).toContain(match.competence);
      expect(METHOD_KEYS).toContain(match.method);
      expect([1, 2, 3]).toContain(match.strength);
    }
  });

  it('has no duplicate pairs', () => {
    const pairs = COMPETENCE_METHODS.map((m) => `${m.competence} ${m.method}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('has a rationale in both languages for every pair, none repeated', () => {
    for (const match of COMPETENCE_METHODS) expectRationale(match.rationale);
    for (const lang of ['da', 'en'] as const) {
      const texts = COMPETENCE_METHODS.map((m) => m.rationale[lang]);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('lists needs assessment and learning objectives for every competence as support', () => {
    for (const competence of COMPETENCE_KEYS) {
      for (const method of ['needs-assessment', 'learning-objectives'] as const) {
        const match = competenceMethodMatch(competence, method);
        expect(match, `${competence} ${method}`).toBeDefined();
        expect(match?.strength).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('makes the pairings an HR consultant expects', () => {
    expect(competenceMethodMatch('trainer-skills', 'train-the-trainer')?.strength).toBe(1);
    expect(competenceMethodMatch('digital-mindset', 'train-the-trainer')?.rationale.da).toMatch(
      /ambassadør/,
    );
    expect(competenceMethodMatch('digital-innovation', 'sprints')?.strength).toBe(1);
    expect(competenceMethodMatch('general-skills', 'peer-training')?.strength).toBe(1);
    expect(competenceMethodMatch('collaboration', 'organisational-development')?.strength).toBe(1);
    expect(competenceMethodMatch('it-security', 'user-centred-innovation')).toBeUndefined();
  });

  it('gives every competence at least one method that fits well', () => {
    for (const competence of COMPETENCE_KEYS) {
      expect(methodsForCompetence(competence)[0]?.strength, competence).toBe(1);
    }
  });

  it('lists pairings by competence in catalogue order, then strength, then method order', () => {
    const position = COMPETENCE_METHODS.map((m): Triple => [
      COMPETENCE_KEYS.indexOf(m.competence),
      m.strength,
      METHOD_KEYS.indexOf(m.method),
    ]);
    const sorted = [...position].sort(byTriple);
    expect(position).toEqual(sorted);
  });

  it('ranks the methods of a competence by strength', () => {
    expect(methodsForCompetence('digital-innovation').map((m) => m.method)).toEqual([
      'sprints',
      'user-centred-innovation',
      'inspiration',
      'innovation-placement',
      'needs-assessment',
      'courses-in-practice',
      'learning-objectives',
    ]);
  });
});

describe('driver–competence suggestions', () => {
  it('suggests at least two competences for every driver', () => {
    for (const driver of DRIVER_KEYS) {
      expect(competencesForDriver(driver).length, driver).toBeGreaterThanOrEqual(2);
    }
  });

  it('suggests every competence for at least one driver', () => {
    for (const competence of COMPETENCE_KEYS) {
      expect(driversForCompetence(competence).length, competence).toBeGreaterThanOrEqual(1);
    }
  });

  it('uses only catalogue keys and strengths 1..3, without duplicates', () => {
    for (const match of DRIVER_COMPETENCES) {
      expect(DRIVER_KEYS).toContain(match.driver);
      expect(COMPETENCE_KEYS).toContain(match.competence);
      expect([1, 2, 3]).toContain(match.strength);
    }
    const pairs = DRIVER_COMPETENCES.map((m) => `${m.driver} ${m.competence}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('has a rationale in both languages for every pair, none repeated', () => {
    for (const match of DRIVER_COMPETENCES) expectRationale(match.rationale);
    for (const lang of ['da', 'en'] as const) {
      const texts = DRIVER_COMPETENCES.map((m) => m.rationale[lang]);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('gives every driver a competence that fits well', () => {
    for (const driver of DRIVER_KEYS) {
      expect(competencesForDriver(driver)[0]?.strength, driver).toBe(1);
    }
  });

  it('makes the pairings a committee expects', () => {
    expect(driverCompetenceMatch('security', 'it-security')?.strength).toBe(1);
    expect(driverCompetenceMatch('new-systems', 'trainer-skills')?.strength).toBe(1);
    expect(driverCompetenceMatch('efficiency', 'workflow-optimisation')?.strength).toBe(1);
    expect(driverCompetenceMatch('data', 'specialist')?.strength).toBe(1);
    expect(driverCompetenceMatch('strategy', 'digital-leadership')?.strength).toBe(1);
  });

  it('lists suggestions by driver in catalogue order, then strength, then competence order', () => {
    const position = DRIVER_COMPETENCES.map((m): Triple => [
      DRIVER_KEYS.indexOf(m.driver),
      m.strength,
      COMPETENCE_KEYS.indexOf(m.competence),
    ]);
    const sorted = [...position].sort(byTriple);
    expect(position).toEqual(sorted);
  });
});
