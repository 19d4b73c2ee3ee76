import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { omstilIn } from '../../../helpers/cli-runner';
import { openConnection } from '../../../../src/main/core/db/connection';
import { historyState } from '../../../../src/main/core/history/undo-log';
import { readPlanReadOnly } from '../../../../src/main/core/plan-file/read-only';
import {
  createEntity,
  deleteEntity,
  updateEntity,
} from '../../../../src/main/core/services/entity-service';
import { addLink } from '../../../../src/main/core/services/link-service';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { updatePlan } from '../../../../src/main/core/services/plan-service';
import { readLog } from '../../../../src/main/core/sync/change-log';
import { planMerge, writeMerge, type MergeConflict } from '../../../../src/main/core/sync/merge';
import type { PlanDocument } from '../../../../src/shared/model/document';
import { catchAppError } from '../../../helpers/errors';
import { writeOldPlanFile } from '../../../helpers/old-plan-file';
import { useTempDir } from '../../../helpers/temp-dir';
import { editing, liveEnv, omstilCheck, twoCopies } from './fixtures';
import { examplePlan } from '../../../helpers/example-plan';

const read = (path: string): PlanDocument => readPlanReadOnly(path).document;

function changeIds(path: string): Set<string> {
  const db = openConnection(path, { readonly: true });
  try {
    return new Set(readLog(db).map((e) => e.changeId));
  } finally {
    db.close();
  }
}

/** The model without the timestamps, which a merge legitimately moves. */
function content(doc: unknown): unknown {
  return JSON.parse(JSON.stringify(doc, (k, v: unknown) => (k === 'updatedAt' ? undefined : v)));
}

describe('merging two copies of one plan', () => {
  const tempDir = useTempDir();
  const out = (name = 'Flettet.omstil') => join(tempDir(), name);

  it('takes each side’s own changes when they do not collide, and changes neither input', async () => {
    const { mine, theirs } = twoCopies(tempDir());
    const start = read(mine);
    const [a0, a1] = start.activities;
    const method = start.methods.find(
      (m) => !start.activities.some((a) => a.methodIds.includes(m.id)),
    );
    const competence = start.competences[0]!;
    const driver = start.drivers.find((d) => !competence.driverIds.includes(d.id))!;

    const newMember = editing(mine, (s) => {
      updateEntity(s, { entity: 'activity', id: a0!.id, patch: { title: 'Kortlægning (ny)' } });
      return createEntity(s, { entity: 'member', values: { name: 'Ny fra mig', role: 'hr' } });
    });
    const theirMember = editing(theirs, (s) => {
      updateEntity(s, { entity: 'activity', id: a0!.id, patch: { progress: 80 } });
      updateEntity(s, { entity: 'activity', id: a1!.id, patch: { status: 'done' } });
      updatePlan(s, { purpose: 'Deres formål' });
      addLink(s, 'competence-driver', competence.id, driver.id);
      if (method) deleteEntity(s, 'method', method.id);
      return createEntity(s, { entity: 'member', values: { name: 'Ny fra dem', role: 'other' } });
    });
    const mineBytes = readFileSync(mine);
    const theirsBytes = readFileSync(theirs);

    const preview = planMerge(mine, theirs);
    expect(preview.conflicts).toEqual([]);
    expect(preview.takenFromTheirs).toBeGreaterThanOrEqual(5);
    const result = writeMerge(mine, theirs, {}, out());
    expect(result.conflicts).toEqual([]);

    const doc = read(out());
    const merged0 = doc.activities.find((a) => a.id === a0!.id)!;
    expect(merged0).toMatchObject({ title: 'Kortlægning (ny)', progress: 80 });
    expect(doc.activities.find((a) => a.id === a1!.id)!.status).toBe('done');
    expect(doc.plan.purpose).toBe('Deres formål');
    expect(doc.members.map((m) => m.id)).toEqual(expect.arrayContaining([newMember, theirMember]));
    expect(doc.competences[0]!.driverIds).toContain(driver.id);
    if (method) expect(doc.methods.map((m) => m.id)).not.toContain(method.id);

    expect(readFileSync(mine).equals(mineBytes)).toBe(true);
    expect(readFileSync(theirs).equals(theirsBytes)).toBe(true);
    expect(await omstilCheck(out())).toMatchObject({ code: 0 });
    // The result knows everything both copies knew, so a later merge with either still works.
    const all = changeIds(out());
    for (const id of [...changeIds(mine), ...changeIds(theirs)]) expect(all).toContain(id);
    const db = openConnection(out(), { readonly: true });
    expect(historyState(db).canUndo).toBe(false);
    db.close();
  });

  it('carries the agenda page’s text like any field of the plan: taken from one side, or asked about', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const planId = read(mine).plan.id;
    editing(theirs, (s) => updatePlan(s, { agendaRequest: 'godkender planen.' }));
    editing(mine, (s) => updatePlan(s, { purpose: 'Mit formål' }));
    expect(planMerge(mine, theirs).conflicts).toEqual([]);
    writeMerge(mine, theirs, {}, out('Taget.omstil'));
    expect(read(out('Taget.omstil')).plan).toMatchObject({
      agendaRequest: 'godkender planen.',
      purpose: 'Mit formål',
    });

    editing(mine, (s) => updatePlan(s, { agendaRequest: 'udsætter planen.' }));
    const { conflicts } = planMerge(mine, theirs);
    expect(conflicts.map((c) => [c.id, c.mine, c.theirs])).toEqual([
      [`plan/${planId}/agendaRequest`, 'udsætter planen.', 'godkender planen.'],
    ]);
    writeMerge(mine, theirs, { [`plan/${planId}/agendaRequest`]: 'theirs' }, out());
    expect(read(out()).plan.agendaRequest).toBe('godkender planen.');
  });

  it('reports a field both changed differently, and writes the chosen side', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const activity = read(mine).activities[2]!;
    editing(mine, (s) => {
      updateEntity(s, { entity: 'activity', id: activity.id, patch: { title: 'Min titel' } });
      updatePlan(s, { title: 'Min plan' });
      updateEntity(s, { entity: 'activity', id: activity.id, patch: { budget: 1000 } });
    });
    editing(theirs, (s) => {
      updateEntity(s, { entity: 'activity', id: activity.id, patch: { title: 'Deres titel' } });
      updatePlan(s, { title: 'Deres plan' });
      // The same change on both sides is no conflict.
      updateEntity(s, { entity: 'activity', id: activity.id, patch: { budget: 1000 } });
    });

    const { conflicts } = planMerge(mine, theirs);
    expect(conflicts).toEqual<MergeConflict[]>([
      {
        id: `plan/${read(mine).plan.id}/title`,
        table: 'plan',
        rowId: read(mine).plan.id,
        entityKind: 'plan',
        entityTitle: 'Min plan',
        field: 'title',
        mine: 'Min plan',
        theirs: 'Deres plan',
        kind: 'field',
      },
      {
        id: `activity/${activity.id}/title`,
        table: 'activity',
        rowId: activity.id,
        entityKind: 'activity',
        entityTitle: 'Min titel',
        field: 'title',
        mine: 'Min titel',
        theirs: 'Deres titel',
        kind: 'field',
      },
    ]);

    writeMerge(mine, theirs, { [conflicts[1]!.id]: 'theirs' }, out());
    const doc = read(out());
    expect(doc.plan.title).toBe('Min plan');
    expect(doc.activities.find((a) => a.id === activity.id)).toMatchObject({
      title: 'Deres titel',
      budget: 1000,
    });
  });

  it('names fields as the model does and gives list values as lists', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const c = read(mine).competences[0]!;
    const a = read(mine).activities[0]!;
    editing(mine, (s) => {
      updateEntity(s, { entity: 'competence', id: c.id, patch: { learningObjectives: ['Mit'] } });
      updateEntity(s, { entity: 'activity', id: a.id, patch: { participantsPlanned: 5 } });
    });
    editing(theirs, (s) => {
      updateEntity(s, { entity: 'competence', id: c.id, patch: { learningObjectives: ['Deres'] } });
      updateEntity(s, { entity: 'activity', id: a.id, patch: { participantsPlanned: 7 } });
    });
    const { conflicts } = planMerge(mine, theirs);
    expect(conflicts.map((x) => [x.entityKind, x.field, x.mine, x.theirs])).toEqual([
      ['competence', 'learningObjectives', ['Mit'], ['Deres']],
      ['activity', 'participantsPlanned', 5, 7],
    ]);
  });

  describe('a row deleted on one side and edited on the other', () => {
    function deletedAndEdited() {
      const { mine, theirs } = twoCopies(tempDir());
      const before = read(mine);
      const competence = before.competences.find((c) =>
        before.measurements.some((m) => m.competenceId === c.id),
      )!;
      editing(mine, (s) => deleteEntity(s, 'competence', competence.id));
      editing(theirs, (s) =>
        updateEntity(s, {
          entity: 'competence',
          id: competence.id,
          patch: { title: 'Digital ledelse i praksis' },
        }),
      );
      return { mine, theirs, before, competence, theirsDoc: read(theirs) };
    }

    it('is a conflict, with the row on the side that kept it', () => {
      const { mine, theirs, competence } = deletedAndEdited();
      const { conflicts } = planMerge(mine, theirs);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        id: `competence/${competence.id}/-`,
        kind: 'delete-edit',
        entityKind: 'competence',
        rowId: competence.id,
        entityTitle: 'Digital ledelse i praksis',
        field: null,
        mine: null,
        theirs: { title: 'Digital ledelse i praksis', priority: competence.priority },
      });
    });

    it('keeping the deletion removes the row and what hung on it', async () => {
      const { mine, theirs, competence } = deletedAndEdited();
      const { conflicts } = planMerge(mine, theirs);
      writeMerge(mine, theirs, { [conflicts[0]!.id]: 'mine' }, out());
      const doc = read(out());
      expect(doc.competences.map((c) => c.id)).not.toContain(competence.id);
      expect(doc.measurements.some((m) => m.competenceId === competence.id)).toBe(false);
      expect(doc.activities.some((a) => a.competenceIds.includes(competence.id))).toBe(false);
      expect(await omstilCheck(out())).toMatchObject({ code: 0 });
    });

    it('keeping the edit brings the row back with its links and measurements', async () => {
      const { mine, theirs, competence, theirsDoc } = deletedAndEdited();
      const { conflicts } = planMerge(mine, theirs);
      writeMerge(mine, theirs, { [conflicts[0]!.id]: 'theirs' }, out());
      const doc = read(out());
      // Everything the other copy has is back as it has it.
      expect(content(doc)).toEqual(content(theirsDoc));
      expect(doc.competences.find((c) => c.id === competence.id)!.title).toBe(
        'Digital ledelse i praksis',
      );
      expect(await omstilCheck(out())).toMatchObject({ code: 0 });
    });

    it('is a conflict when the other side only added a measurement to it', () => {
      const { mine, theirs } = twoCopies(tempDir());
      const competence = read(mine).competences[1]!;
      editing(mine, (s) => deleteEntity(s, 'competence', competence.id));
      editing(theirs, (s) =>
        createEntity(s, {
          entity: 'measurement',
          values: { competenceId: competence.id, level: 3, kind: 'follow-up' },
        }),
      );
      const { conflicts } = planMerge(mine, theirs);
      expect(conflicts.map((c) => [c.kind, c.rowId])).toEqual([['delete-edit', competence.id]]);
    });

    it('is no conflict when the other side did not touch it: the deletion is taken', () => {
      const { mine, theirs } = twoCopies(tempDir());
      const doc = read(mine);
      const activity = doc.activities[4]!;
      editing(theirs, (s) => deleteEntity(s, 'activity', activity.id));
      editing(mine, (s) =>
        updateEntity(s, { entity: 'activity', id: doc.activities[5]!.id, patch: { progress: 9 } }),
      );
      const result = writeMerge(mine, theirs, {}, out());
      expect(result.conflicts).toEqual([]);
      expect(read(out()).activities.map((a) => a.id)).not.toContain(activity.id);
    });
  });

  it('merges link lists as sets: what either side added stays, what either removed goes', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const doc = read(mine);
    const activity = doc.activities[0]!;
    const [m1, m2] = doc.methods.filter((m) => !activity.methodIds.includes(m.id));
    const removed = activity.methodIds[0]!;
    editing(mine, (s) => addLink(s, 'activity-method', activity.id, m1!.id));
    editing(theirs, (s) => {
      addLink(s, 'activity-method', activity.id, m2!.id);
      updateEntity(s, {
        entity: 'activity',
        id: activity.id,
        patch: { methodIds: [...activity.methodIds.filter((id) => id !== removed), m2!.id] },
      });
    });
    expect(planMerge(mine, theirs).conflicts).toEqual([]);
    writeMerge(mine, theirs, {}, out());
    const methods = read(out()).activities.find((a) => a.id === activity.id)!.methodIds;
    expect(methods).toEqual(expect.arrayContaining([m1!.id, m2!.id]));
    expect(methods).not.toContain(removed);
  });

  it('sees through an undo: a change made and undone is no change', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const activity = read(mine).activities[1]!;
    editing(mine, (s) => {
      updateEntity(s, { entity: 'activity', id: activity.id, patch: { title: 'Fortrudt' } });
      s.undo();
    });
    editing(theirs, (s) =>
      updateEntity(s, { entity: 'activity', id: activity.id, patch: { title: 'Deres' } }),
    );
    const result = writeMerge(mine, theirs, {}, out());
    expect(result.conflicts).toEqual([]);
    expect(read(out()).activities.find((a) => a.id === activity.id)!.title).toBe('Deres');
  });

  it('asks about dates that are each fine but out of order together, and refuses a bad mix', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const a = read(mine).activities[0]!; // 2026-06-01 – 2026-07-15
    editing(mine, (s) =>
      updateEntity(s, { entity: 'activity', id: a.id, patch: { start: '2026-07-10' } }),
    );
    editing(theirs, (s) =>
      updateEntity(s, { entity: 'activity', id: a.id, patch: { end: '2026-06-30' } }),
    );
    const { conflicts } = planMerge(mine, theirs);
    expect(conflicts.map((c) => [c.field, c.mine, c.theirs])).toEqual([
      ['start', '2026-07-10', '2026-06-01'],
      ['end', '2026-07-15', '2026-06-30'],
    ]);
    const [start, end] = conflicts;
    const error = catchAppError(() =>
      writeMerge(mine, theirs, { [start!.id]: 'mine', [end!.id]: 'theirs' }, out()),
    );
    expect(error.code).toBe('invalid-input');
    expect(existsSync(out())).toBe(false);
    writeMerge(mine, theirs, { [start!.id]: 'theirs', [end!.id]: 'theirs' }, out());
    expect(read(out()).activities[0]).toMatchObject({ start: '2026-06-01', end: '2026-06-30' });
  });

  it('still works on the next merge: only what is new since the last one comes in', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const a = read(mine).activities[3]!;
    editing(mine, (s) => updateEntity(s, { entity: 'activity', id: a.id, patch: { title: 'M' } }));
    editing(theirs, (s) =>
      updateEntity(s, { entity: 'activity', id: a.id, patch: { title: 'T' } }),
    );
    const first = planMerge(mine, theirs).conflicts;
    writeMerge(mine, theirs, { [first[0]!.id]: 'theirs' }, out('R1.omstil'));

    // They go on in their copy; we go on in the merged one.
    editing(theirs, (s) =>
      updateEntity(s, { entity: 'activity', id: a.id, patch: { progress: 55 } }),
    );
    editing(out('R1.omstil'), (s) => updatePlan(s, { unit: 'HR' }));
    expect(planMerge(out('R1.omstil'), theirs).conflicts).toEqual([]);
    writeMerge(out('R1.omstil'), theirs, {}, out('R2.omstil'));
    const doc = read(out('R2.omstil'));
    expect(doc.activities.find((x) => x.id === a.id)).toMatchObject({ title: 'T', progress: 55 });
    expect(doc.plan.unit).toBe('HR');

    // And our old copy, untouched since, brings nothing new and asks nothing.
    expect(planMerge(out('R2.omstil'), mine).conflicts).toEqual([]);
    writeMerge(out('R2.omstil'), mine, {}, out('R3.omstil'));
    expect(content(read(out('R3.omstil')))).toEqual(content(doc));
  });

  it('merges with a copy still in the older file format, which has no change log', () => {
    const old = join(tempDir(), 'Gammel.omstil');
    writeOldPlanFile(old, examplePlan(liveEnv), 1);
    const upgraded = join(tempDir(), 'Opgraderet.omstil');
    copyFileSync(old, upgraded);
    const a = read(old).activities;
    editing(upgraded, (s) => {
      updateEntity(s, { entity: 'activity', id: a[0]!.id, patch: { progress: 42 } });
      // Changed and changed back: the old value in the log shows it is no change.
      updateEntity(s, { entity: 'activity', id: a[1]!.id, patch: { title: 'Midlertidig' } });
      updateEntity(s, { entity: 'activity', id: a[1]!.id, patch: { title: a[1]!.title } });
    });
    const bytes = readFileSync(old);
    const result = writeMerge(old, upgraded, {}, out());
    expect(result.conflicts).toEqual([]);
    expect(read(out()).activities[0]!.progress).toBe(42);
    expect(readFileSync(old).equals(bytes)).toBe(true);
  });

  it('refuses copies of two different plans, one file twice, and an existing output', () => {
    const { mine } = twoCopies(tempDir());
    const other = join(tempDir(), 'Anden plan.omstil');
    PlanSession.create(other, examplePlan(liveEnv), liveEnv).close();
    const different = catchAppError(() => planMerge(mine, other));
    expect(different.code).toBe('different-plans');
    expect(different.message.da).toContain('Anden plan.omstil');
    expect(catchAppError(() => writeMerge(mine, other, {}, out())).code).toBe('different-plans');
    expect(catchAppError(() => planMerge(mine, mine)).code).toBe('same-file');
    expect(catchAppError(() => writeMerge(mine, other, {}, mine)).code).toBe('already-exists');
    expect(readdirSync(tempDir()).sort()).toEqual(
      ['Anden plan.omstil', 'Deres.omstil', 'Min.omstil', 'Plan.omstil'].sort(),
    );
  });

  it('for any edits the two sides make to their own parts over a long time, keeps all of them', () => {
    // Each copy works on its own half of the activities and its own members, with undo and redo
    // along the way, for weeks: the merge must keep every side's result, and ask nothing.
    type Op =
      | { kind: 'update'; pick: number; n: number }
      | { kind: 'member'; n: number }
      | { kind: 'drop-member'; pick: number }
      | { kind: 'undo' }
      | { kind: 'redo' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('update' as const), pick: fc.nat(20), n: fc.nat(100) }),
      fc.record({ kind: fc.constant('member' as const), n: fc.nat(1000) }),
      fc.record({ kind: fc.constant('drop-member' as const), pick: fc.nat(20) }),
      fc.record({ kind: fc.constant('undo' as const) }),
      fc.record({ kind: fc.constant('redo' as const) }),
    );
    let round = 0;
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 14 }),
        fc.array(op, { maxLength: 14 }),
        fc.array(op, { maxLength: 4 }),
        (mineOps, theirOps, sharedOps) => {
          const dir = join(tempDir(), `r${round++}`);
          mkdirSync(dir);
          const { mine, theirs } = twoCopies(dir, (s) => play(s, sharedOps, 0, 'fælles'));
          editing(mine, (s) => play(s, mineOps, 0, 'min'));
          editing(theirs, (s) => play(s, theirOps, 1, 'deres'));
          const m = read(mine);
          const t = read(theirs);
          const result = writeMerge(mine, theirs, {}, join(dir, 'R.omstil'));
          expect(result.conflicts).toEqual([]);
          const r = read(join(dir, 'R.omstil'));
          for (const activity of r.activities) {
            const owner = m.activities.findIndex((x) => x.id === activity.id) % 2 === 0 ? m : t;
            const expected = owner.activities.find((x) => x.id === activity.id)!;
            expect(content(activity)).toEqual(content(expected));
          }
          const members = (d: PlanDocument) => d.members.map((x) => x.id).sort();
          const base = new Set(members(read(join(dir, 'Plan.omstil'))));
          const keep = (d: PlanDocument, other: PlanDocument) =>
            members(d).filter((id) => !base.has(id) || members(other).includes(id));
          expect(members(r)).toEqual([...new Set([...keep(m, t), ...keep(t, m)])].sort());
        },
      ),
      { numRuns: 12, seed: 20261127 },
    );

    function play(s: PlanSession, ops: Op[], half: 0 | 1, who: string): void {
      const own = (doc: PlanDocument) => doc.activities.filter((_, i) => i % 2 === half);
      for (const o of ops) {
        const doc = s.document();
        try {
          if (o.kind === 'update') {
            const list = own(doc);
            const a = list[o.pick % list.length]!;
            updateEntity(s, {
              entity: 'activity',
              id: a.id,
              patch: { title: `${who} ${o.n}`, progress: o.n },
            });
          } else if (o.kind === 'member') {
            createEntity(s, { entity: 'member', values: { name: `${who} ${o.n}`, role: 'other' } });
          } else if (o.kind === 'drop-member') {
            const mine = doc.members.filter((x) => x.name.startsWith(who));
            const x = mine[o.pick % Math.max(1, mine.length)];
            if (x) deleteEntity(s, 'member', x.id);
          } else if (o.kind === 'undo') {
            s.undo();
          } else {
            s.redo();
          }
        } catch (e) {
          if (!(e instanceof Error && e.name === 'OmstilError')) throw e;
        }
      }
    }
  }, 60_000);

  describe('from the command line', () => {
    const omstil = omstilIn(tempDir);

    it('takes mine for conflicts and lists them as JSON; exit 0', async () => {
      const { mine, theirs } = twoCopies(tempDir());
      const a = read(mine).activities[0]!;
      editing(mine, (s) => updateEntity(s, { entity: 'activity', id: a.id, patch: { spent: 10 } }));
      editing(theirs, (s) =>
        updateEntity(s, { entity: 'activity', id: a.id, patch: { spent: 20 } }),
      );
      const run = await omstil('merge', 'Min.omstil', 'Deres.omstil', '-o', 'Ud.omstil');
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const printed = JSON.parse(run.stdout) as { output: string; conflicts: unknown[] };
      expect(printed.output).toBe(join(tempDir(), 'Ud.omstil'));
      expect(printed.conflicts).toEqual([
        expect.objectContaining({
          field: 'spent',
          mine: 10,
          theirs: 20,
          kind: 'field',
          resolution: 'mine',
        }),
      ]);
      expect(read(join(tempDir(), 'Ud.omstil')).activities[0]!.spent).toBe(10);
      expect((await omstil('check', 'Ud.omstil')).code).toBe(0);
    });

    it('refuses different plans with exit 2 and one line, leaving no output', async () => {
      twoCopies(tempDir());
      PlanSession.create(join(tempDir(), 'Anden.omstil'), examplePlan(liveEnv)).close();
      const run = await omstil('merge', 'Min.omstil', 'Anden.omstil', '-o', 'Ud.omstil');
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('ikke kopier af samme plan');
      expect(existsSync(join(tempDir(), 'Ud.omstil'))).toBe(false);
      expect(readdirSync(tempDir()).filter((n) => n.startsWith('.'))).toEqual([]);
    });

    it('is a usage error without an output', async () => {
      twoCopies(tempDir());
      expect((await omstil('merge', 'Min.omstil', 'Deres.omstil')).code).toBe(1);
    });
  });
});
