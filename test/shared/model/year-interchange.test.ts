import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FUNDING_RULES } from '../../../src/shared/funding';
import { parseInterchange, toInterchange } from '../../../src/shared/interchange';
import { PlanDocumentSchema } from '../../../src/shared/model/document';
import { catchAppError } from '../../helpers/errors';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { examplePlan } from '../../helpers/example-plan';

const NOW = '2026-11-27T09:00:00.000Z';
const shipped = readFileSync(
  join(__dirname, '../../../resources/examples/eksempelplan.json'),
  'utf8',
);
type Json = Record<string, unknown>;
const exampleFile = () =>
  JSON.parse(JSON.stringify(toInterchange(examplePlan(fixedEnvironment())))) as Json & {
    plan: Json;
    activities: Json[];
    yearItems: Json[];
    statusSnapshots: Json[];
    evaluations: Json[];
  };

describe('the årshjul, snapshots and evaluations in the JSON interchange file', () => {
  it('writes them and reads them back, byte for byte', () => {
    const doc = examplePlan(fixedEnvironment());
    const text = JSON.stringify(toInterchange(doc), null, 2);
    const again = parseInterchange(text, NOW);
    expect(again).toEqual(doc);
    expect(JSON.stringify(toInterchange(again), null, 2)).toBe(text);
    const file = JSON.parse(text) as Json;
    expect(Object.keys(file).slice(-3)).toEqual(['yearItems', 'statusSnapshots', 'evaluations']);
  });

  it('reads a file written before them with the values a migrated plan file gets', () => {
    const doc = parseInterchange(shipped, NOW);
    expect(doc.yearItems).toEqual([]);
    expect(doc.statusSnapshots).toEqual([]);
    expect(doc.evaluations).toEqual([]);
    expect(doc.plan.fundingRules).toBeNull();
    expect(doc.activities.every((a) => a.fundingApplication === null)).toBe(true);
    // The shipped example is adopted; its decision date is the one status date the file tells.
    expect(doc.plan.statusDates).toEqual({
      draft: null,
      discussed: null,
      adopted: '2026-08-20',
      active: null,
      evaluated: null,
    });
    // …and a plan that uses none of the new parts is written exactly as before.
    expect(toInterchange(doc)).toEqual(JSON.parse(shipped));
  });

  it('writes status dates and the fund rules the committee changed', () => {
    const doc = parseInterchange(shipped, NOW);
    doc.plan.statusDates = { ...doc.plan.statusDates, draft: '2026-05-12' };
    doc.plan.fundingRules = DEFAULT_FUNDING_RULES;
    const file = toInterchange(doc);
    expect(file.plan.statusDates?.draft).toBe('2026-05-12');
    expect(file.plan.fundingRules).toEqual(DEFAULT_FUNDING_RULES);
    expect(parseInterchange(JSON.stringify(file), NOW).plan).toEqual(doc.plan);
  });

  it('refuses an item in month 13, naming where it is', () => {
    const file = exampleFile();
    file.yearItems[4]!['month'] = 13;
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.issues?.[0]).toMatchObject({ path: 'yearItems[4].month', rule: 'month-range' });
    expect(error.issues?.[0]?.message.da).toContain('12 (december)');
  });

  it('refuses an unknown key in an item with its path', () => {
    const file = exampleFile();
    file.yearItems[0]!['colour'] = 'grøn';
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.code).toBe('unknown-key');
    expect(error.message.da).toContain('yearItems[0].colour');
  });

  it('refuses an item linked to an activity that does not exist, naming both ids', () => {
    const file = exampleFile();
    const ghost = '3f1c1f5e-9a8e-4c7e-8d6b-2a9c1e0b7a11';
    file.yearItems[1]!['activityIds'] = [ghost];
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.code).toBe('dangling-reference');
    expect(error.message.da).toContain(ghost);
    expect(error.message.da).toContain(String(file.yearItems[1]!['id']));
  });

  it('refuses a fund application with a date that does not exist', () => {
    const file = exampleFile();
    const index = file.activities.findIndex((a) => a['fundingApplication'] !== undefined);
    (file.activities[index]!['fundingApplication'] as Json)['start'] = '2027-02-30';
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.issues?.[0]).toMatchObject({
      path: `activities[${index}].fundingApplication.start`,
      rule: 'invalid-date',
    });
  });

  it('refuses a second evaluation for the same year, naming the year', () => {
    const file = exampleFile();
    const first = file.evaluations[0]!;
    file.evaluations.push({
      ...first,
      id: '5d0e5c1b-7a5e-4b43-9d51-0f2b8c3a9e77',
      completedAt: null,
    });
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.issues?.[0]).toMatchObject({ path: 'evaluations[1].year' });
    expect(error.issues?.[0]?.message.da).toContain(`for ${String(first['year'])}`);
  });

  it('refuses an evaluation period that ends before it starts', () => {
    const file = exampleFile();
    Object.assign(file.evaluations[0]!, { periodStart: '2027-01-01', periodEnd: '2026-12-31' });
    const error = catchAppError(() => parseInterchange(JSON.stringify(file), NOW));
    expect(error.issues?.[0]).toMatchObject({
      path: 'evaluations[0].periodEnd',
      rule: 'date-order',
    });
  });

  it('refuses stored figures nested deeper than any real snapshot, without overflowing', () => {
    const file = exampleFile();
    (file.statusSnapshots[0]!['data'] as Json)['budget'] = 'DEEP';
    const levels = 100_000;
    const deep = `${'{"x":'.repeat(levels)}1${'}'.repeat(levels)}`;
    const text = JSON.stringify(file).replace('"DEEP"', deep);
    const error = catchAppError(() => parseInterchange(text, NOW));
    expect(error.issues?.[0]).toMatchObject({
      path: 'statusSnapshots[0].data',
      rule: 'json-too-deep',
    });
  });
});

describe('the example plan’s year', () => {
  const doc = examplePlan(fixedEnvironment());

  it('is a valid plan with an årshjul, two snapshots, an evaluation and fund applications', () => {
    expect(PlanDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.yearItems.length).toBeGreaterThanOrEqual(12);
    expect(new Set(doc.yearItems.map((y) => y.month)).size).toBe(12);
    expect(doc.yearItems.every((y) => y.title.length > 0 && !y.title.includes('{'))).toBe(true);
    expect(doc.statusSnapshots.map((s) => s.date)).toEqual(['2026-09-15', '2026-10-31']);
    expect(doc.evaluations).toEqual([
      expect.objectContaining({ year: 2026, completedAt: '2026-10-19' }),
    ]);
    expect(doc.evaluations[0]?.figures?.activities.inPeriod).toBeGreaterThan(0);
    expect(doc.evaluations[0]?.decisions.length).toBeGreaterThan(0);
    expect(doc.activities.filter((a) => a.fundingApplication !== null)).toHaveLength(2);
    expect(doc.plan.statusDates.adopted).toBe(doc.plan.decisionDate);
  });

  it('names, in its frozen figures, the activities and competences the plan holds', () => {
    const activities = new Set(doc.activities.map((a) => a.id));
    const competences = new Set(doc.competences.map((c) => c.id));
    for (const s of doc.statusSnapshots) {
      expect(s.data.activities.every((a) => activities.has(a.activityId))).toBe(true);
      expect(s.data.competences.every((c) => competences.has(c.competenceId))).toBe(true);
    }
    const figures = doc.evaluations[0]!.figures!;
    expect(figures.activities.carriedOut.every((a) => activities.has(a.activityId))).toBe(true);
    expect(figures.competences.every((c) => competences.has(c.competenceId))).toBe(true);
  });

  it('shows the plan moving between its two snapshots', () => {
    const [earlier, later] = doc.statusSnapshots;
    expect(later!.data.progress.percent!).toBeGreaterThan(earlier!.data.progress.percent!);
  });

  it('links the measurement rounds to the measurements taken in their month', () => {
    const linked = doc.yearItems.flatMap((y) => y.measurementIds);
    expect(linked.length).toBeGreaterThan(0);
    for (const item of doc.yearItems.filter((y) => y.measurementIds.length > 0)) {
      for (const id of item.measurementIds) {
        const m = doc.measurements.find((x) => x.id === id)!;
        expect(Number(m.date.slice(5, 7))).toBe(item.month);
      }
    }
  });
});
