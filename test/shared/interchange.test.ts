import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInterchange, toInterchange } from '../../src/shared/interchange';
import { catchAppError } from '../helpers/errors';

const NOW = '2026-11-27T09:00:00.000Z';
const example = readFileSync(join(__dirname, '../../resources/examples/eksempelplan.json'), 'utf8');
const exampleObject = () =>
  JSON.parse(example) as Record<string, unknown> & {
    activities: Record<string, unknown>[];
    competences: { driverIds: string[] }[];
    plan: Record<string, unknown>;
  };

describe('the JSON interchange format', () => {
  it('reads the shipped example and writes it back unchanged', () => {
    const doc = parseInterchange(example, NOW);
    expect(doc.competences.length).toBeGreaterThan(0);
    expect(toInterchange(doc)).toEqual(JSON.parse(example));
  });

  it('accepts a byte order mark, as Windows editors write one', () => {
    expect(parseInterchange(`\uFEFF${example}`, NOW).plan.title).toBeTruthy();
  });

  it('stamps rows without updatedAt with the import time', () => {
    const file = exampleObject();
    delete file.plan['updatedAt'];
    expect(parseInterchange(JSON.stringify(file), NOW).plan.updatedAt).toBe(NOW);
  });

  it('refuses an unknown key with its path', () => {
    const file = exampleObject();
    file.activities[2]!['colour'] = 'rød';
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.code).toBe('unknown-key');
    expect(error.message.da).toContain('activities[2].colour');
    expect(error.message.en).toContain('activities[2].colour');
  });

  it('refuses an unknown key at the top too', () => {
    const error = catchAppError(() =>
      parseInterchange(JSON.stringify({ ...exampleObject(), extra: 1 }), NOW),
    );
    expect(error.message.da).toContain('extra');
  });

  it('refuses a reference to an id that does not exist, naming both ids', () => {
    const file = exampleObject();
    const ghost = '3f1c1f5e-9a8e-4c7e-8d6b-2a9c1e0b7a11';
    file.competences[1]!.driverIds.push(ghost);
    const competenceId = (file.competences[1] as unknown as { id: string }).id;
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.code).toBe('dangling-reference');
    expect(error.message).toEqual({
      da: `Kompetence ${competenceId} henviser til baggrund ${ghost}, som ikke findes i planen.`,
      en: `Competence ${competenceId} refers to driver ${ghost}, which does not exist in the plan.`,
    });
  });

  it('refuses an id used twice', () => {
    const file = exampleObject();
    const first = file.activities[0] as { id: string };
    (file.activities[1] as { id: string }).id = first.id;
    expect(catchAppError(() => parseInterchange(JSON.stringify(file), NOW)).message.da).toContain(
      first.id,
    );
  });

  it.each([
    ['not JSON', '{"format": "omstil-plan", ', 'invalid-json'],
    ['another format', '{"format": "excel", "version": 1}', 'wrong-format'],
    ['a JSON array', '[1, 2]', 'wrong-format'],
    ['a newer version', '{"format": "omstil-plan", "version": 2}', 'unsupported-version'],
  ])('refuses %s', (_name, text, code) => {
    expect(catchAppError(() => parseInterchange(text, NOW)).code).toBe(code);
  });

  it('refuses an invalid field with its path and the rule', () => {
    const file = exampleObject();
    file.activities[0]!['progress'] = 140;
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.[0]).toMatchObject({
      path: 'activities[0].progress',
      rule: 'progress-range',
    });
  });

  it('refuses an activity that ends before it starts', () => {
    const file = exampleObject();
    Object.assign(file.activities[0]!, { start: '2027-05-01', end: '2027-04-01' });
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.issues?.[0]).toMatchObject({ path: 'activities[0].end', rule: 'date-order' });
  });
});
