import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOmstilInProcess } from '../../../helpers/cli-runner';
import { readPlanReadOnly } from '../../../../src/main/core/plan-file/read-only';
import {
  createEntity,
  deleteEntity,
  updateEntity,
} from '../../../../src/main/core/services/entity-service';
import { updatePlan } from '../../../../src/main/core/services/plan-service';
import { planMerge, writeMerge } from '../../../../src/main/core/sync/merge';
import { DEFAULT_FUNDING_RULES } from '../../../../src/shared/funding';
import type { PlanDocument } from '../../../../src/shared/model/document';
import { useTempDir } from '../../../helpers/temp-dir';
import { editing, omstilCheck, twoCopies } from './fixtures';

const read = (path: string): PlanDocument => readPlanReadOnly(path).document;

/** Matches an object that has at least these values (typed, so it can sit inside a literal). */
const having = (values: Record<string, unknown>): unknown => expect.objectContaining(values);

/** A committee starting its evaluation of 2027 in its own copy, with its own first words. */
function start2027(path: string, conclusions: string): string {
  return editing(path, (s) =>
    createEntity(s, {
      entity: 'evaluation',
      values: { year: 2027, periodStart: '2027-01-01', periodEnd: '2027-12-31', conclusions },
    }),
  );
}

describe('merging the årshjul, status snapshots and evaluations of two copies', () => {
  const tempDir = useTempDir();
  const output = () => join(tempDir(), 'Flettet.omstil');

  it('asks about an item in the årshjul both changed, and writes the chosen side', async () => {
    const { mine, theirs } = twoCopies(tempDir());
    const item = read(mine).yearItems.find((y) => y.kind === 'su-meeting')!;
    editing(mine, (s) =>
      updateEntity(s, { entity: 'yearItem', id: item.id, patch: { title: 'SU-møde med budget' } }),
    );
    editing(theirs, (s) =>
      updateEntity(s, { entity: 'yearItem', id: item.id, patch: { title: 'SU-temamøde' } }),
    );

    const { conflicts } = planMerge(mine, theirs);
    expect(conflicts).toEqual([
      expect.objectContaining({
        id: `year_item/${item.id}/title`,
        entityKind: 'yearItem',
        entityTitle: 'SU-møde med budget',
        field: 'title',
        mine: 'SU-møde med budget',
        theirs: 'SU-temamøde',
        kind: 'field',
      }),
    ]);
    writeMerge(mine, theirs, { [conflicts[0]!.id]: 'theirs' }, output());
    expect(read(output()).yearItems.find((y) => y.id === item.id)?.title).toBe('SU-temamøde');
    expect((await omstilCheck(output())).code).toBe(0);
  });

  it('asks about a fund application both changed, showing each side’s whole application', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const activity = read(mine).activities.find((a) => a.fundingApplication !== null)!;
    const application = activity.fundingApplication!;
    editing(mine, (s) =>
      updateEntity(s, {
        entity: 'activity',
        id: activity.id,
        patch: { fundingApplication: { ...application, amount: 10_000 } },
      }),
    );
    editing(theirs, (s) =>
      updateEntity(s, {
        entity: 'activity',
        id: activity.id,
        patch: { fundingApplication: { ...application, amount: 20_000 } },
      }),
    );
    const { conflicts } = planMerge(mine, theirs);
    expect(conflicts).toEqual([
      expect.objectContaining({
        entityKind: 'activity',
        field: 'fundingApplication',
        mine: { ...application, amount: 10_000 },
        theirs: { ...application, amount: 20_000 },
      }),
    ]);
  });

  it('keeps what each side added to its year without asking', async () => {
    const { mine, theirs } = twoCopies(tempDir());
    const before = read(mine);
    const activity = before.activities[0]!;
    const dropped = before.yearItems.find((y) => y.kind === 'budget')!;
    let added = '';
    editing(mine, (s) => {
      added = createEntity(s, {
        entity: 'yearItem',
        values: {
          month: 10,
          title: 'Temadag om det nye system',
          kind: 'other',
          activityIds: [activity.id],
        },
      });
      createEntity(s, { entity: 'statusSnapshot', values: { note: 'Til SU-mødet' } });
    });
    editing(theirs, (s) => {
      deleteEntity(s, 'yearItem', dropped.id);
      createEntity(s, {
        entity: 'evaluation',
        values: { year: 2027, periodStart: '2027-01-01', periodEnd: '2027-06-30' },
      });
      updatePlan(s, {
        fundingRules: { ...DEFAULT_FUNDING_RULES, approvalReminderDays: 14 },
      });
    });

    const result = planMerge(mine, theirs);
    expect(result.conflicts).toEqual([]);
    writeMerge(mine, theirs, {}, output());
    const merged = read(output());
    expect(merged.yearItems.find((y) => y.id === added)?.activityIds).toEqual([activity.id]);
    expect(merged.yearItems.some((y) => y.id === dropped.id)).toBe(false);
    expect(merged.statusSnapshots).toHaveLength(before.statusSnapshots.length + 1);
    expect(merged.evaluations.map((e) => e.year).sort()).toEqual(
      [...before.evaluations.map((e) => e.year), 2027].sort(),
    );
    expect(merged.plan.fundingRules?.approvalReminderDays).toBe(14);
    expect((await omstilCheck(output())).code).toBe(0);
  });

  it('drops an item’s link to an activity the other side deleted', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const doc = read(mine);
    const item = doc.yearItems.find((y) => y.activityIds.length > 0)!;
    const gone = item.activityIds[0]!;
    editing(mine, (s) => deleteEntity(s, 'activity', gone));
    editing(theirs, (s) =>
      updateEntity(s, {
        entity: 'yearItem',
        id: item.id,
        patch: { description: 'Husk dagsordenen' },
      }),
    );
    writeMerge(mine, theirs, {}, output());
    const merged = read(output()).yearItems.find((y) => y.id === item.id)!;
    expect(merged.activityIds).not.toContain(gone);
    expect(merged.description).toBe('Husk dagsordenen');
  });

  it('refuses a mix of an evaluation’s dates that puts its end before its start', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const evaluation = read(mine).evaluations[0]!;
    // Each copy's change is valid alone: mine starts the period two thirds in, theirs ends it a
    // third in; together the end comes before the start.
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    const length = day(evaluation.periodEnd) - day(evaluation.periodStart);
    const at = (share: number) =>
      new Date(day(evaluation.periodStart) + Math.round(length * share)).toISOString().slice(0, 10);
    editing(mine, (s) =>
      updateEntity(s, {
        entity: 'evaluation',
        id: evaluation.id,
        patch: { periodStart: at(2 / 3) },
      }),
    );
    editing(theirs, (s) =>
      updateEntity(s, {
        entity: 'evaluation',
        id: evaluation.id,
        patch: { periodEnd: at(1 / 3) },
      }),
    );
    const [start, end] = planMerge(mine, theirs).conflicts;
    expect([start?.field, end?.field]).toEqual(['periodStart', 'periodEnd']);
    expect(() =>
      writeMerge(mine, theirs, { [start!.id]: 'mine', [end!.id]: 'theirs' }, output()),
    ).toThrow(
      expect.objectContaining({
        appError: having({
          code: 'invalid-input',
          issues: [having({ path: 'evaluations[0].periodEnd', rule: 'date-order' })],
        }),
      }),
    );
    expect(existsSync(output())).toBe(false);
  });

  describe('two evaluations of one year', () => {
    it('asks which of the two 2027 evaluations goes in, and writes only the chosen one', async () => {
      const { mine, theirs } = twoCopies(tempDir());
      const before = read(mine).evaluations;
      const mineId = start2027(mine, 'Vores konklusion');
      const theirsId = start2027(theirs, 'Deres konklusion');

      const preview = planMerge(mine, theirs);
      expect(preview.conflicts).toEqual([
        {
          id: `evaluation/${theirsId}/same-year`,
          table: 'evaluation',
          rowId: theirsId,
          entityKind: 'evaluation',
          entityTitle: '2027',
          field: null,
          mine: having({
            id: mineId,
            year: 2027,
            conclusions: 'Vores konklusion',
          }),
          theirs: having({
            id: theirsId,
            year: 2027,
            conclusions: 'Deres konklusion',
          }),
          kind: 'same-year',
        },
      ]);
      // Their evaluation is a question, not a change taken without asking.
      expect(preview.takenFromTheirs).toBe(0);

      for (const [choice, kept, left] of [
        ['mine', mineId, theirsId],
        ['theirs', theirsId, mineId],
      ] as const) {
        const out = join(tempDir(), `Flettet-${choice}.omstil`);
        writeMerge(mine, theirs, { [preview.conflicts[0]!.id]: choice }, out, { requireAll: true });
        const evaluations = read(out).evaluations;
        expect(evaluations.filter((e) => e.year === 2027).map((e) => e.id)).toEqual([kept]);
        expect(evaluations.some((e) => e.id === left)).toBe(false);
        // The evaluations of other years are untouched.
        expect(evaluations.filter((e) => e.year !== 2027)).toEqual(before);
        expect((await omstilCheck(out)).code).toBe(0);
      }
    });

    it('refuses to write it without a choice when every conflict must be decided', () => {
      const { mine, theirs } = twoCopies(tempDir());
      start2027(mine, 'Vores konklusion');
      start2027(theirs, 'Deres konklusion');
      expect(() => writeMerge(mine, theirs, {}, output(), { requireAll: true })).toThrow(
        expect.objectContaining({
          appError: having({ code: 'merge-unresolved' }),
        }),
      );
      expect(existsSync(output())).toBe(false);
    });

    it('asks when one copy moved its evaluation to the year the other started', async () => {
      const { mine, theirs } = twoCopies(tempDir());
      const moved = read(mine).evaluations.find((e) => e.year === 2026)!;
      editing(mine, (s) =>
        updateEntity(s, {
          entity: 'evaluation',
          id: moved.id,
          patch: { year: 2027, periodStart: '2027-01-01', periodEnd: '2027-06-30' },
        }),
      );
      const theirsId = start2027(theirs, 'Deres konklusion');

      const { conflicts } = planMerge(mine, theirs);
      expect(conflicts).toEqual([
        expect.objectContaining({
          kind: 'same-year',
          rowId: theirsId,
          entityTitle: '2027',
          mine: having({ id: moved.id, year: 2027 }),
          theirs: having({ id: theirsId, year: 2027 }),
        }),
      ]);

      writeMerge(mine, theirs, { [conflicts[0]!.id]: 'mine' }, output());
      expect(read(output()).evaluations.map((e) => [e.id, e.year])).toEqual([[moved.id, 2027]]);
      expect((await omstilCheck(output())).code).toBe(0);

      const other = join(tempDir(), 'Flettet-deres.omstil');
      writeMerge(mine, theirs, { [conflicts[0]!.id]: 'theirs' }, other);
      expect(read(other).evaluations.map((e) => [e.id, e.year])).toEqual([[theirsId, 2027]]);
      expect((await omstilCheck(other)).code).toBe(0);
    });

    it('asks the same when it is their copy that moved an evaluation into the year', () => {
      const { mine, theirs } = twoCopies(tempDir());
      const moved = read(theirs).evaluations.find((e) => e.year === 2026)!;
      editing(theirs, (s) =>
        updateEntity(s, { entity: 'evaluation', id: moved.id, patch: { year: 2027 } }),
      );
      const mineId = start2027(mine, 'Vores konklusion');
      const preview = planMerge(mine, theirs);
      expect(preview.conflicts).toEqual([
        expect.objectContaining({
          kind: 'same-year',
          rowId: moved.id,
          mine: having({ id: mineId }),
          theirs: having({ id: moved.id, year: 2027 }),
        }),
      ]);
      expect(preview.takenFromTheirs).toBe(0);
    });

    it('keeps mine in the CLI and lists the conflict on stdout', async () => {
      const { mine, theirs } = twoCopies(tempDir());
      const mineId = start2027(mine, 'Vores konklusion');
      const theirsId = start2027(theirs, 'Deres konklusion');
      const run = await runOmstilInProcess(['merge', mine, theirs, '-o', output()], tempDir());
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const printed = JSON.parse(run.stdout) as { conflicts: unknown[] };
      expect(printed.conflicts).toEqual([
        expect.objectContaining({
          kind: 'same-year',
          entityKind: 'evaluation',
          entityTitle: '2027',
          rowId: theirsId,
          resolution: 'mine',
        }),
      ]);
      const merged = read(output()).evaluations.filter((e) => e.year === 2027);
      expect(merged.map((e) => e.id)).toEqual([mineId]);
      expect((await omstilCheck(output())).code).toBe(0);
    });
  });
});
