import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/shared/model/entities';
import {
  createSnapshot,
  diffSnapshots,
  StatusSnapshotSchema,
  type SnapshotDiff,
} from '../../../src/shared/progress';
import { activity, competence, id, planDoc } from './plan-builder';

const before = planDoc({
  competences: [competence(101), competence(102)],
  activities: [
    activity(1, {
      status: 'done',
      progress: 100,
      participantsPlanned: 10,
      competenceIds: [id(101)],
      end: '2027-01-10',
    }),
    activity(2, {
      status: 'in-progress',
      progress: 50,
      participantsPlanned: 30,
      participantsReached: 12,
      spent: 500,
      end: '2027-02-28',
      competenceIds: [id(101)],
    }),
    activity(3, { status: 'planned', participantsPlanned: 60, end: '2027-04-30' }),
    activity(5, { status: 'idea', title: 'Idé, der blev droppet' }),
    activity(6, { status: 'in-progress', progress: 80, end: '2027-03-01' }),
    activity(8, { status: 'planned', end: '2027-02-25', competenceIds: [id(102)] }),
  ],
});

// A month later: activity 2 is finished, 8 has a new end date, 5 is gone and 9 is new.
const after = planDoc({
  competences: before.competences,
  activities: [
    before.activities[0]!,
    {
      ...before.activities[1]!,
      status: 'done',
      progress: 100,
      spent: 1900,
      participantsReached: 30,
      title: 'Nyt navn',
    },
    before.activities[2]!,
    before.activities[4]!,
    { ...before.activities[5]!, end: '2027-04-30' },
    activity(9, { status: 'done', progress: 100 }),
  ],
});

describe('status snapshots', () => {
  const first = createSnapshot(before, '2027-03-01');
  const second = createSnapshot(after, '2027-04-01');

  it('keeps the figures, the date and every activity as it stood', () => {
    expect(first.version).toBe(1);
    expect(first.date).toBe('2027-03-01');
    expect(first.progress.percent).toBe(25);
    expect(first.activities).toHaveLength(6);
    expect(first.activities[1]).toEqual({
      activityId: id(2),
      title: 'Indsats 2',
      status: 'in-progress',
      progress: 50,
      budget: 0,
      spent: 500,
      participantsReached: 12,
    });
  });

  it('survives being stored as JSON and checked on the way back', () => {
    const stored: unknown = JSON.parse(JSON.stringify(first));
    expect(StatusSnapshotSchema.parse(stored)).toEqual(first);
    expect(StatusSnapshotSchema.safeParse({ ...first, date: '1. marts' }).success).toBe(false);
    expect(StatusSnapshotSchema.safeParse({ ...first, extra: 1 }).success).toBe(false);
  });

  it('shows what moved between two meetings', () => {
    const diff = diffSnapshots(first, second);
    expect(diff).toMatchObject({ from: '2027-03-01', to: '2027-04-01', days: 31 });
    // (100×10 + 100×30 + 0×60) / 100
    expect(diff.progress).toEqual({ from: 25, to: 40, change: 15 });
    expect(diff.byStatus.done).toEqual({ from: 1, to: 3, change: 2 });
    expect(diff.byStatus.idea).toEqual({ from: 1, to: 0, change: -1 });
    expect(diff.budget.spent).toEqual({ from: 500, to: 1900, change: 1400 });
    expect(diff.participants.reached).toEqual({ from: 12, to: 30, change: 18 });
    expect(diff.moved).toEqual([
      {
        activityId: id(2),
        title: 'Nyt navn',
        status: { from: 'in-progress', to: 'done' },
        progress: { from: 50, to: 100, change: 50 },
        spent: { from: 500, to: 1900, change: 1400 },
        participantsReached: { from: 12, to: 30, change: 18 },
      },
    ]);
    expect(diff.added.map((x) => x.activityId)).toEqual([id(9)]);
    expect(diff.removed).toEqual([
      { activityId: id(5), title: 'Idé, der blev droppet', status: 'idea' },
    ]);
    // 6 ended on 1 March, so it is late by April; 2 was finished and 8 was given more time.
    expect(diff.newlyOverdue.map((x) => x.activityId)).toEqual([id(6)]);
    expect(diff.noLongerOverdue.map((x) => [x.activityId, x.status])).toEqual([
      [id(8), 'planned'],
      [id(2), 'done'],
    ]);
    expect(diff.competences).toEqual([
      {
        competenceId: id(101),
        title: 'Kompetence 101',
        progress: { from: (100 * 10 + 50 * 30) / 40, to: 100, change: 100 - 62.5 },
      },
    ]);
  });

  it('reports nothing moved between two snapshots of the same plan', () => {
    const diff = diffSnapshots(first, createSnapshot(before, '2027-03-01'));
    expect(diff.moved).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.competences).toEqual([]);
    expect(diff.progress.change).toBe(0);
  });

  it('names a competence that was added or deleted between the snapshots', () => {
    const withMore = planDoc({
      competences: [competence(102), competence(103)],
      activities: before.activities,
    });
    const diff = diffSnapshots(first, createSnapshot(withMore, '2027-03-01'));
    expect(diff.competences.map((c) => [c.competenceId, c.progress.from, c.progress.to])).toEqual([
      [id(103), null, null],
      [id(101), 62.5, null],
    ]);
  });

  it('compares the same whether the later status lists the activities in the same places or not', () => {
    const state = fc.record({
      status: fc.constantFrom<Activity['status']>('idea', 'planned', 'in-progress', 'done'),
      progress: fc.constantFrom(0, 50, 100),
      spent: fc.constantFrom(0, 700),
      participantsReached: fc.constantFrom(0, 4),
      end: fc.constantFrom('', '2027-02-01', '2027-06-01'),
    });
    // Each earlier activity kept as it was, changed or dropped; new ones come after.
    const pair = fc.record({
      earlier: fc.array(state, { maxLength: 25 }),
      fates: fc.array(fc.constantFrom('kept', 'changed', 'dropped'), { maxLength: 25 }),
      changed: fc.array(state, { maxLength: 25 }),
      added: fc.array(state, { maxLength: 5 }),
    });
    const sorted = (diff: SnapshotDiff): SnapshotDiff => {
      const byId = <T extends { activityId: string }>(list: T[]) =>
        [...list].sort((a, b) => a.activityId.localeCompare(b.activityId));
      return {
        ...diff,
        moved: byId(diff.moved),
        added: byId(diff.added),
        removed: byId(diff.removed),
        newlyOverdue: byId(diff.newlyOverdue),
        noLongerOverdue: byId(diff.noLongerOverdue),
      };
    };
    fc.assert(
      fc.property(pair, ({ earlier, fates, changed, added }) => {
        const then = earlier.map((fields, i) => activity(i + 1, fields));
        const now = [
          ...then.flatMap((a, i) => {
            const fate = fates[i] ?? 'kept';
            if (fate === 'dropped') return [];
            return [fate === 'changed' ? { ...a, ...changed[i] } : a];
          }),
          ...added.map((fields, i) => activity(1000 + i, fields)),
        ];
        const first = createSnapshot(planDoc({ activities: then }), '2027-03-01');
        const inPlace = createSnapshot(planDoc({ activities: now }), '2027-04-01');
        const turned = createSnapshot(planDoc({ activities: [...now].reverse() }), '2027-04-01');
        expect(sorted(diffSnapshots(first, inPlace))).toEqual(sorted(diffSnapshots(first, turned)));
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });
});
