import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/main/core/repositories/row-change';
import type { Environment } from '../../../src/main/core/services/clock';
import {
  createEntity,
  deleteEntity,
  updateEntity,
} from '../../../src/main/core/services/entity-service';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import { readPlanState } from '../../../src/main/core/sync/plan-state';
import { catchAppError } from '../../helpers/errors';
import { useTempDir } from '../../helpers/temp-dir';

const env: Environment = { now: () => new Date(), newId: () => randomUUID() };

/** The document as the model sees it: the title and the members, by id. */
interface Doc {
  title: string;
  members: Record<string, string>;
}

/** The expected state: the document, and the undo and redo stacks as whole documents. */
interface Model {
  doc: Doc;
  undo: Doc[];
  redo: Doc[];
}

interface Real {
  path: string;
  session: PlanSession;
  /** Rows as the plan was created, before any edit: the change log replays from here. */
  initial: Map<string, Map<string, Row>>;
}

const clone = (d: Doc): Doc => structuredClone(d);
const same = (a: Doc, b: Doc) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const sorted = (d: Doc) => ({
  title: d.title,
  members: Object.fromEntries(Object.entries(d.members).sort(([a], [b]) => a.localeCompare(b))),
});

/** An edit: the model changes as the program should; no undo step when nothing changed. */
function edited(model: Model, change: (d: Doc) => void): void {
  const next = clone(model.doc);
  change(next);
  if (same(next, model.doc)) return;
  model.undo.push(model.doc);
  model.redo = [];
  model.doc = next;
}

function observe(real: Real): Doc {
  const doc = real.session.document();
  return {
    title: doc.plan.title,
    members: Object.fromEntries(doc.members.map((m) => [m.id, m.name])),
  };
}

/** After every command: the file holds the model's document, and offers its undo and redo. */
function verify(model: Model, real: Real): void {
  expect(observe(real)).toEqual(model.doc);
  expect(real.session.history()).toMatchObject({
    canUndo: model.undo.length > 0,
    canRedo: model.redo.length > 0,
  });
}

const memberIds = (m: Model) => Object.keys(m.doc.members).sort();

class CreateMember implements fc.Command<Model, Real> {
  constructor(readonly name: string) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const id = createEntity(real.session, {
      entity: 'member',
      values: { name: this.name, role: 'other' },
    });
    edited(model, (d) => (d.members[id] = this.name));
    verify(model, real);
  }
  toString = () => `create(${this.name})`;
}

class RenameMember implements fc.Command<Model, Real> {
  constructor(
    readonly pick: number,
    readonly name: string,
  ) {}
  check = (m: Readonly<Model>) => memberIds(m).length > 0;
  run(model: Model, real: Real): void {
    const id = memberIds(model)[this.pick % memberIds(model).length]!;
    updateEntity(real.session, { entity: 'member', id, patch: { name: this.name } });
    edited(model, (d) => (d.members[id] = this.name));
    verify(model, real);
  }
  toString = () => `rename(${this.pick}, ${this.name})`;
}

class DeleteMember implements fc.Command<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => memberIds(m).length > 0;
  run(model: Model, real: Real): void {
    const id = memberIds(model)[this.pick % memberIds(model).length]!;
    deleteEntity(real.session, 'member', id);
    edited(model, (d) => delete d.members[id]);
    verify(model, real);
  }
  toString = () => `delete(${this.pick})`;
}

class SetTitle implements fc.Command<Model, Real> {
  constructor(readonly title: string) {}
  check = () => true;
  run(model: Model, real: Real): void {
    updatePlan(real.session, { title: this.title });
    edited(model, (d) => (d.title = this.title));
    verify(model, real);
  }
  toString = () => `title(${this.title})`;
}

class Undo implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const previous = model.undo.pop();
    if (!previous) {
      expect(catchAppError(() => real.session.undo()).code).toBe('nothing-to-undo');
      return;
    }
    real.session.undo();
    model.redo.push(model.doc);
    model.doc = previous;
    verify(model, real);
  }
  toString = () => 'undo';
}

class Redo implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const next = model.redo.pop();
    if (!next) {
      expect(catchAppError(() => real.session.redo()).code).toBe('nothing-to-redo');
      return;
    }
    real.session.redo();
    model.undo.push(model.doc);
    model.doc = next;
    verify(model, real);
  }
  toString = () => 'redo';
}

class Reopen implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    real.session.close();
    real.session = PlanSession.open(real.path, env);
    expect(real.session.readOnly).toBe(false);
    verify(model, real);
  }
  toString = () => 'close-and-reopen';
}

/**
 * The change log, replayed entry by entry over the rows the plan was created with, must give
 * the rows the plan has now — every edit, undo and redo is in it — and each entry's old value
 * must be what the field held just before.
 */
function checkLogReplays(real: Real): void {
  real.session.read((db) => {
    const state = readPlanState(db, 'plan');
    const rows = new Map([...real.initial].map(([t, m]) => [t, new Map(m)]));
    for (const e of state.log) {
      const table = rows.get(e.table)!;
      if (e.kind === 'insert') {
        expect(table.has(e.rowKey)).toBe(false);
        table.set(e.rowKey, { ...(e.value as Row) });
      } else if (e.kind === 'delete') {
        expect(strip(table.get(e.rowKey))).toEqual(strip(e.old as Row));
        table.delete(e.rowKey);
      } else {
        const row = table.get(e.rowKey)!;
        expect(row[e.field!] ?? null).toEqual(e.old);
        table.set(e.rowKey, { ...row, [e.field!]: e.value as Row[string] });
      }
    }
    for (const [table, now] of state.rows) {
      const replayed = rows.get(table)!;
      expect([...replayed.keys()].sort(), table).toEqual([...now.keys()].sort());
      for (const [key, row] of now) expect(strip(replayed.get(key)), key).toEqual(strip(row));
    }
  });
}

/** `updated_at` is not logged: every edit moves it, and a merge takes the later one. */
const strip = (row: Row | undefined) => {
  if (!row) return row;
  const { updated_at: _updatedAt, ...rest } = row;
  return rest;
};

describe('the plan against a model of it', () => {
  const tempDir = useTempDir();

  it('agrees with the model after any sequence of edits, undos, redos and reopenings', () => {
    const name = fc.constantFrom('Anne', 'Bo', 'Carla', 'Dorte', 'Esben');
    const commands = [
      name.map((n) => new CreateMember(n)),
      fc.tuple(fc.nat(10), name).map(([p, n]) => new RenameMember(p, n)),
      fc.nat(10).map((p) => new DeleteMember(p)),
      fc.constantFrom('Plan A', 'Plan B', 'Plan C').map((t) => new SetTitle(t)),
      fc.constant(new Undo()),
      fc.constant(new Undo()),
      fc.constant(new Redo()),
      fc.constant(new Reopen()),
    ];
    let run = 0;
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 30 }), (cmds) => {
        const path = join(tempDir(), `model-${run++}.omstil`);
        const session = PlanSession.create(path, emptyPlanDocument('Plan A', 'da', env), env);
        const initial = session.read((db) => readPlanState(db, 'plan').rows);
        const real: Real = { path, session, initial };
        const model: Model = { doc: { title: 'Plan A', members: {} }, undo: [], redo: [] };
        try {
          fc.modelRun(() => ({ model, real }), cmds);
          checkLogReplays(real);
        } finally {
          real.session.close();
        }
      }),
      { numRuns: 60, seed: 20261127 },
    );
  }, 60_000);
});
