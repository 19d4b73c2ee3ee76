import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoOnLists } from '../../../src/renderer/components/memo-on-lists';
import { impactFigures } from '../../../src/renderer/screens/impact/impact-figures';
import {
  currentStatus,
  effectFigures,
  progressFigures,
  statusDiff,
} from '../../../src/renderer/screens/progress/plan-figures';
import { resetAppStore, useAppStore } from '../../../src/renderer/store';
import type { WindowDocument } from '../../../src/shared/model/document';
import { ACTIVITY_STATUSES } from '../../../src/shared/model/enums';
import { createSnapshot, effectOverview, progressOverview } from '../../../src/shared/progress';
import { activity, competence, id, planDoc } from '../../shared/progress/plan-builder';
import { ids, planDocument } from '../fixtures';
import { openCore } from '../real-core';
import { TODAY } from './fixture';

describe('remembering figures while their lists stay the same', () => {
  it('computes once for the same lists and again when one of them is new', () => {
    let computed = 0;
    const total = memoOnLists((rows: readonly number[], factor: number) => {
      computed += 1;
      return { sum: rows.reduce((s, n) => s + n * factor, 0) };
    });
    const rows = [1, 2, 3];
    const first = total(rows, 2);
    expect(total(rows, 2)).toBe(first);
    expect(computed).toBe(1);
    expect(total([1, 2, 3], 2)).not.toBe(first);
    expect(total(rows, 3)).toEqual({ sum: 18 });
    expect(computed).toBe(3);
    // Each list keeps its own last answer.
    const other = [4];
    total(other, 3);
    expect(total(rows, 3)).toEqual({ sum: 18 });
    expect(computed).toBe(4);
  });

  it('keeps each screen’s figures through edits of what the screen does not read', async () => {
    const core = await openCore({ plan: planDocument });
    resetAppStore(core.api, 'da');
    const store = useAppStore.getState();
    expect(await store.refresh()).toBe(true);
    const document = (): WindowDocument => useAppStore.getState().snapshot!.document;

    const start = document();
    const progress = progressFigures(start, TODAY);
    const status = currentStatus(start, TODAY);
    const effect = effectFigures(start);
    const impact = impactFigures(start);
    expect(progress).toEqual(progressOverview(start, TODAY));
    expect(status).toEqual(createSnapshot(start, TODAY));
    expect(effect).toEqual(effectOverview(start));
    expect(statusDiff(status, status)).toBe(statusDiff(status, status));

    // A measurement's note: only the effect screen reads measurements.
    expect(
      await store.updateEntity({
        entity: 'measurement',
        id: ids.baseline,
        patch: { note: 'GRUS' },
      }),
    ).toBe(true);
    const noted = document();
    expect(noted).not.toBe(start);
    expect(progressFigures(noted, TODAY)).toBe(progress);
    expect(currentStatus(noted, TODAY)).toBe(status);
    expect(impactFigures(noted)).toBe(impact);
    expect(effectFigures(noted)).not.toBe(effect);

    // An activity's progress: the progress figures and the map are worked out again.
    const activity = start.activities[0]!;
    expect(
      await store.updateEntity({ entity: 'activity', id: activity.id, patch: { progress: 90 } }),
    ).toBe(true);
    const moved = document();
    const progressAfter = progressFigures(moved, TODAY);
    expect(progressAfter).not.toBe(progress);
    expect(progressAfter).toEqual(progressOverview(moved, TODAY));
    expect(progressAfter.progress.percent).not.toBe(progress.progress.percent);
    expect(currentStatus(moved, TODAY)).not.toBe(status);
    expect(impactFigures(moved)).not.toBe(impact);
    expect(effectFigures(moved)).toBe(effectFigures(noted));
    // Another day is another set of figures, even for the same lists.
    expect(progressFigures(moved, '2026-06-01')).not.toBe(progressAfter);
  });
});

describe('the progress figures worked out one by one', () => {
  const day = (n: number) =>
    `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
  const randomPlan = fc
    .record({
      competences: fc.integer({ min: 0, max: 4 }),
      activities: fc.array(
        fc.record({
          competences: fc.array(fc.nat(5), { maxLength: 3 }),
          status: fc.constantFrom(...ACTIVITY_STATUSES),
          progress: fc.integer({ min: 0, max: 100 }),
          start: fc.option(fc.nat(400)),
          end: fc.option(fc.nat(400)),
          participantsPlanned: fc.nat(40),
          participantsReached: fc.nat(40),
          budget: fc.nat(100_000),
          spent: fc.nat(60_000),
        }),
        { maxLength: 30 },
      ),
    })
    .map((p) =>
      planDoc({
        competences: Array.from({ length: p.competences }, (_, i) => competence(300 + i)),
        activities: p.activities.map((a, i) =>
          activity(400 + i, {
            competenceIds: a.competences.map((n) => id(300 + n)),
            status: a.status,
            progress: a.progress,
            start: a.start === null ? null : day(a.start),
            end: a.end === null ? null : day(a.end),
            participantsPlanned: a.participantsPlanned,
            participantsReached: a.participantsReached,
            budget: a.budget,
            spent: a.spent,
          }),
        ),
      }),
    );

  it('are progressOverview’s figures, on random plans and days', () => {
    fc.assert(
      fc.property(randomPlan, fc.nat(400), (doc, today) => {
        expect(progressFigures(doc, day(today))).toEqual(progressOverview(doc, day(today)));
      }),
      { numRuns: 200, seed: 20261207 },
    );
  });
});
