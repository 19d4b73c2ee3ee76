import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  timelineLayout,
  type BarRow,
} from '../../../src/renderer/screens/progress/timeline/timeline-layout';
import {
  GROUPINGS,
  NO_GROUP,
  type Grouping,
} from '../../../src/renderer/screens/progress/timeline/timeline-rows';
import type { PlanDocument } from '../../../src/shared/model/document';
import {
  activity,
  competence,
  examplePlan,
  id,
  planDoc,
  targetGroup,
} from '../../shared/progress/plan-builder';

/*
 * The timeline finds a row by its group and its activity rather than by maps keyed by every
 * row's key. Those maps, made as they were, are the oracle: for every row's key, and for keys of
 * no row, both give the same row, the same places and the same count of activities shown.
 */

function expectSameLookups(doc: PlanDocument, grouping: Grouping) {
  const layout = timelineLayout(doc, grouping);
  const bars = layout.rows.filter((r): r is BarRow => r.kind === 'bar');
  const byKey = new Map(bars.map((b) => [b.key, b]));
  const barIndex = new Map(bars.map((b, i) => [b.key, i]));
  const rowIndex = new Map(layout.rows.map((r, i) => [r.key, i]));
  expect(layout.bars).toEqual(bars);
  expect(layout.shownCount).toBe(new Set(bars.map((b) => b.activity.id)).size);
  const strangers = [
    'ukendt',
    `${NO_GROUP}|${id(1)}`,
    `${id(300)}|${id(1)}`,
    `ukendt|${doc.activities[0]?.id ?? id(2)}`,
    '',
    '|',
  ];
  for (const key of [...rowIndex.keys(), ...strangers]) {
    expect([key, layout.byKey.get(key)]).toEqual([key, byKey.get(key)]);
    expect([key, layout.byKey.has(key)]).toEqual([key, byKey.has(key)]);
    expect([key, layout.barIndex.get(key)]).toEqual([key, barIndex.get(key)]);
    expect([key, layout.rowIndex.get(key)]).toEqual([key, rowIndex.get(key)]);
  }
}

const day = (n: number) => `2026-${String(1 + (n % 12)).padStart(2, '0')}-01`;

/** Activities under several groups, under one listed twice, under none or unknown, undated. */
const randomPlan = fc
  .record({
    competences: fc.integer({ min: 0, max: 5 }),
    groups: fc.integer({ min: 0, max: 4 }),
    activities: fc.array(
      fc.record({
        competences: fc.array(fc.nat(6), { maxLength: 3 }),
        groups: fc.array(fc.nat(5), { maxLength: 3 }),
        start: fc.option(fc.nat(11)),
        end: fc.option(fc.nat(11)),
      }),
      { maxLength: 40 },
    ),
  })
  .map((p) =>
    planDoc({
      competences: Array.from({ length: p.competences }, (_, i) => competence(300 + i)),
      targetGroups: Array.from({ length: p.groups }, (_, i) => targetGroup(200 + i)),
      activities: p.activities.map((a, i) =>
        activity(400 + i, {
          competenceIds: a.competences.map((n) => id(300 + n)),
          targetGroupIds: a.groups.map((n) => id(200 + n)),
          start: a.start === null ? null : day(a.start),
          end: a.end === null ? null : day(Math.max(a.end, a.start ?? 0)),
        }),
      ),
    }),
  );

describe('finding the timeline’s rows by key', () => {
  it('gives what maps of every row gave, on the example plan', () => {
    for (const grouping of GROUPINGS) expectSameLookups(examplePlan(), grouping);
  });

  it('gives what maps of every row gave, on random plans', () => {
    fc.assert(fc.property(randomPlan, fc.constantFrom(...GROUPINGS), expectSameLookups), {
      numRuns: 200,
      seed: 20261207,
    });
  });
});
