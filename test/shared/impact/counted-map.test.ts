import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildImpactMap,
  countedActivities,
  countedImpactMap,
  type CountedBox,
} from '../../../src/shared/impact';
import type { PlanDocument } from '../../../src/shared/model/document';
import { ACTIVITY_STATUSES } from '../../../src/shared/model/enums';
import {
  activity,
  competence,
  driver,
  examplePlan,
  id,
  planDoc,
  targetGroup,
} from '../progress/plan-builder';

/*
 * The screen counts a large plan's activities straight from the plan rather than from the full
 * map; the full map counted is kept here as the oracle, so both give the same boxes, in the same
 * order, with the same numbers.
 */

const label = (box: CountedBox) => `${box.competenceId ?? 'ingen'}: ${box.count}`;

function expectSameMap(doc: PlanDocument) {
  expect(countedImpactMap(doc, label)).toEqual(countedActivities(buildImpactMap(doc), label));
}

/**
 * An activity's link goes to a competence (0–7, of which some are not in the plan), now and then
 * to a driver or an activity, as a damaged file might hold; the same link may be listed twice.
 */
const linkTo = (n: number) => (n < 8 ? id(300 + n) : n < 10 ? id(100 + n - 8) : id(400 + n - 10));

const randomPlan = fc
  .record({
    drivers: fc.integer({ min: 0, max: 4 }),
    groups: fc.integer({ min: 0, max: 4 }),
    competences: fc.array(
      fc.record({ drivers: fc.array(fc.nat(5)), groups: fc.array(fc.nat(5)) }),
      { maxLength: 7 },
    ),
    activities: fc.array(
      fc.record({
        competences: fc.array(fc.nat(11), { maxLength: 4 }),
        groups: fc.array(fc.nat(5), { maxLength: 3 }),
        status: fc.constantFrom(...ACTIVITY_STATUSES),
      }),
      { maxLength: 40 },
    ),
  })
  .map((p) =>
    planDoc({
      drivers: Array.from({ length: p.drivers }, (_, i) => driver(100 + i)),
      targetGroups: Array.from({ length: p.groups }, (_, i) => targetGroup(200 + i)),
      competences: p.competences.map((c, i) =>
        competence(300 + i, {
          driverIds: c.drivers.map((n) => id(100 + n)),
          targetGroupIds: c.groups.map((n) => id(200 + n)),
        }),
      ),
      activities: p.activities.map((a, i) =>
        activity(400 + i, {
          competenceIds: a.competences.map(linkTo),
          targetGroupIds: a.groups.map((n) => id(200 + n)),
          status: a.status,
        }),
      ),
    }),
  );

describe('the counted map worked out without the full map', () => {
  it('is the full map counted, on the example plan', () => {
    expectSameMap(examplePlan());
  });

  it('is the full map counted, on random plans', () => {
    fc.assert(fc.property(randomPlan, expectSameMap), { numRuns: 200, seed: 20261207 });
  });
});
