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
import { createSnapshot, effectOverview, progressOverview } from '../../../src/shared/progress';
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
