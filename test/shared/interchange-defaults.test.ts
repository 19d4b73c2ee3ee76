import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInterchange, toInterchange } from '../../src/shared/interchange';
import { entityDefaults, EMPTY_STATUS_DATES, planDefaults } from '../../src/shared/model/defaults';
import { PlanDocumentSchema } from '../../src/shared/model/document';
import { catchAppError } from '../helpers/errors';

const NOW = '2026-11-27T09:00:00.000Z';
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/import', name), 'utf8');
const requiredOnly = () =>
  JSON.parse(fixture('plan-required-only.json')) as {
    plan: Record<string, unknown>;
    [list: string]: unknown;
  };

describe('a plan file with only the fields a plan cannot do without', () => {
  it('imports a plan with only its id, title, period and language, as a draft with defaults', () => {
    const doc = parseInterchange(fixture('plan-required-only.json'), NOW);
    expect(doc.plan).toEqual({
      ...planDefaults('Kompetenceplan for Kontoret for Digital Forvaltning 2027', 'da'),
      id: '6f1d2c3b-4a59-4e8f-9b1a-2c3d4e5f6a70',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      status: 'draft',
      decisionDate: null,
      statusDates: EMPTY_STATUS_DATES,
      updatedAt: NOW,
    });
    expect(doc.activities).toEqual([]);
    // What the reader fills in is the complete document the program stores.
    expect(PlanDocumentSchema.parse(doc)).toEqual(doc);
  });

  it('fills in each row: descriptions empty, money 0, links empty, stamped with the import time', () => {
    const doc = parseInterchange(fixture('plan-with-rows-required-only.json'), NOW);
    expect(PlanDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.activities[1]).toEqual({
      ...entityDefaults.activity,
      id: '9b8c7d6e-5f4a-4b3c-8d1e-1f0a9b8c7d68',
      title: 'Kursus i phishing og sikre adgangskoder',
      updatedAt: NOW,
    });
    expect(doc.activities[1]).toMatchObject({ budget: 0, spent: 0, competenceIds: [] });
    expect(doc.activities[0]!.methodIds).toEqual(['7f6a5b4c-3d2e-4f1a-8b9c-9d8e7f6a5b46']);
    expect(doc.competences[0]).toMatchObject({ description: '', driverIds: [doc.drivers[0]!.id] });
    expect(doc.members[0]).toMatchObject({ name: 'Hanne Lund', role: 'other' });
    expect(doc.measurements[0]).toMatchObject({ kind: 'baseline', level: null, note: '' });
    // Two rows that both got an empty list have a list each.
    expect(doc.activities[1]!.targetGroupIds).not.toBe(doc.activities[0]!.targetGroupIds);
  });

  it('writes what it read back as a complete file that reads the same', () => {
    const doc = parseInterchange(fixture('plan-with-rows-required-only.json'), NOW);
    const written = JSON.stringify(toInterchange(doc));
    expect(parseInterchange(written, '2030-01-01T00:00:00.000Z')).toEqual(doc);
  });

  it.each(['id', 'title', 'periodStart', 'periodEnd', 'language'])(
    'refuses a plan without %s, saying the field is missing',
    (field) => {
      const file = requiredOnly();
      delete file.plan[field];
      const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
      expect(error.code).toBe('invalid-input');
      expect(error.issues).toEqual([
        {
          path: `plan.${field}`,
          rule: 'missing',
          message: { da: 'Feltet mangler.', en: 'The field is missing.' },
        },
      ]);
    },
  );

  it('accepts a period not yet decided, written as null', () => {
    const file = requiredOnly();
    Object.assign(file.plan, { periodStart: null, periodEnd: null });
    expect(parseInterchange(JSON.stringify(file), NOW).plan.periodEnd).toBeNull();
  });
});

describe('a refused plan file', () => {
  it('says a missing title »mangler«, with where it is in the editor’s words', () => {
    const file = requiredOnly();
    delete file.plan['title'];
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.message.da).toBe(
      'Filen kan ikke importeres, fordi der er et problem i den:\n' +
        '– »plan.title« (Planens titel): Feltet mangler.',
    );
    expect(error.message.en).toBe(
      'The file cannot be imported because it has a problem:\n' +
        '– »plan.title« (Title of the plan): The field is missing.',
    );
  });

  it('says a field of the wrong type is of the wrong type, not missing', () => {
    const file = requiredOnly();
    file.plan['organisation'] = 42;
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.issues).toEqual([expect.objectContaining({ rule: 'invalid-text' })]);
    expect(error.message.da).toContain('»plan.organisation« (Organisation): Feltet skal være en');
  });

  it('names a row by its kind and number: an activity without a title', () => {
    const file = requiredOnly();
    file['activities'] = [{ id: '9b8c7d6e-5f4a-4b3c-8d1e-1f0a9b8c7d68' }];
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.message.da).toContain(
      '– »activities[0].title« (Indsats nr. 1, Titel): Feltet mangler.',
    );
    expect(error.message.en).toContain(
      '– »activities[0].title« (Activity no. 1, Title): The field is missing.',
    );
  });

  it('lists 20 of 25 problems at once and counts the other 5', () => {
    const file = requiredOnly();
    delete file.plan['title'];
    file.plan['language'] = 'fr';
    file['activities'] = Array.from({ length: 21 }, (_, i) => ({
      id: `9b8c7d6e-5f4a-4b3c-8d1e-${String(i).padStart(12, '0')}`,
      ...(i === 20 ? { title: 'Kursus', start: '31-12-2027', budget: 'mange', colour: 'rød' } : {}),
    }));
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.issues).toHaveLength(25);
    const lines = error.message.da.split('\n');
    expect(lines[0]).toBe('Filen kan ikke importeres, fordi der er 25 problemer i den:');
    expect(lines.slice(1, -1)).toHaveLength(20);
    expect(lines.slice(1, -1).every((line) => line.startsWith('– »'))).toBe(true);
    expect(lines.at(-1)).toBe('… og 5 andre problemer.');
    expect(error.message.en.split('\n').at(-1)).toBe('… and 5 more problems.');
    expect(error.issues!.map((i) => i.rule)).toEqual(
      expect.arrayContaining(['missing', 'invalid-choice', 'invalid-date', 'money-negative']),
    );
    expect(error.issues!.map((i) => i.path)).toContain('activities[20].colour');
    expect(error.code).toBe('unknown-key');
  });

  it('lists every activity that ends before it starts, not only the first', () => {
    const file = requiredOnly();
    file['activities'] = [1, 2].map((n) => ({
      id: `9b8c7d6e-5f4a-4b3c-8d1e-00000000000${n}`,
      title: `Indsats ${n}`,
      start: '2027-05-01',
      end: '2027-04-01',
    }));
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.issues!.map((i) => i.path)).toEqual(['activities[0].end', 'activities[1].end']);
    expect(error.message.da).toContain('»activities[1].end« (Indsats nr. 2, Slut)');
  });
});
