import { contract, type ApiClient, type PlanSnapshot } from '../../../src/shared/api';
import type { ApiCall } from '../../../src/shared/api-names';
import { errors, isOmstilError, OmstilError } from '../../../src/shared/errors';
import { validationMessage } from '../../../src/shared/i18n/validation';
import { collectionOf, type PlanDocument } from '../../../src/shared/model/document';
import { entityDefaults } from '../../../src/shared/model/defaults';
import type { EntityKind, LinkKind } from '../../../src/shared/model/enums';
import { activityRules, planRules } from '../../../src/shared/model/rules';
import type { Result } from '../../../src/shared/result';
import { parseInput } from '../../../src/shared/validation';
import { createFakeApi, type FakeApi } from '../fake-api';
import { planPath, snapshotOf } from '../fixtures';

type Row = { id: string } & Record<string, unknown>;

const LINKS: Record<LinkKind, { from: EntityKind; list: string }> = {
  'competence-driver': { from: 'competence', list: 'driverIds' },
  'competence-targetGroup': { from: 'competence', list: 'targetGroupIds' },
  'competence-method': { from: 'competence', list: 'methodIds' },
  'activity-competence': { from: 'activity', list: 'competenceIds' },
  'activity-method': { from: 'activity', list: 'methodIds' },
  'activity-targetGroup': { from: 'activity', list: 'targetGroupIds' },
  'yearItem-activity': { from: 'yearItem', list: 'activityIds' },
  'yearItem-measurement': { from: 'yearItem', list: 'measurementIds' },
};

export interface EditingApi extends FakeApi {
  doc: () => PlanDocument;
}

/**
 * A pretend core for the editing screens: the plan in memory, an undo stack of whole documents,
 * and input checked with the contract's own schemas, so refusals carry the same paths
 * (`patch.title`) as they do over HTTP.
 */
export function createEditingApi(
  start: PlanDocument,
  options: { readOnly?: boolean } = {},
): EditingApi {
  let doc: PlanDocument = structuredClone(start);
  const undoStack: PlanDocument[] = [];
  const redoStack: PlanDocument[] = [];
  let next = 1;
  const newId = () => `20000000-0000-4000-8000-${String(next++).padStart(12, '0')}`;
  const snapshot = (): PlanSnapshot => {
    const s = snapshotOf(doc, planPath);
    s.file.readOnly = options.readOnly ?? false;
    s.history = {
      canUndo: undoStack.length > 0,
      canRedo: redoStack.length > 0,
      undoLabel: undoStack.length > 0 ? 'Ændring' : null,
      redoLabel: redoStack.length > 0 ? 'Ændring' : null,
    };
    return s;
  };
  const rows = (kind: EntityKind) => doc[collectionOf[kind]] as unknown as Row[];
  const find = (kind: EntityKind, id: string) => {
    const row = rows(kind).find((r) => r.id === id);
    if (!row) throw new OmstilError(errors.entityNotFound({ da: kind, en: kind }, id));
    return row;
  };
  const ruleCheck = (kind: EntityKind | 'plan', row: Record<string, unknown>) => {
    const issues =
      kind === 'plan'
        ? planRules(row as never)
        : kind === 'activity'
          ? activityRules(row as never)
          : [];
    if (issues.length > 0) {
      throw new OmstilError(
        errors.invalidInput(
          issues.map((i) => ({
            path: i.path.join('.'),
            rule: i.message,
            message: validationMessage(i.message),
          })),
        ),
      );
    }
  };

  /** One transaction: validated input, a change to a copy, the copy kept only if all went well. */
  function run<C extends ApiCall, T>(
    call: C,
    input: unknown,
    edit: (parsed: never) => T,
  ): Promise<Result<T>> {
    const before = doc;
    try {
      if (options.readOnly) throw new OmstilError(errors.readOnly());
      const parsed = parseInput(contract[call].input, input) as never;
      doc = structuredClone(doc);
      // On the stack before the answer is built, so the answer says there is something to undo.
      undoStack.push(before);
      const value = edit(parsed);
      redoStack.length = 0;
      return Promise.resolve({ ok: true, value });
    } catch (e) {
      if (undoStack.at(-1) === before) undoStack.pop();
      doc = before;
      if (isOmstilError(e)) return Promise.resolve({ ok: false, error: e.appError });
      throw e;
    }
  }

  const overrides: Partial<ApiClient> = {
    getPlan: () => Promise.resolve({ ok: true, value: snapshot() }),
    updatePlan: (input) =>
      run('updatePlan', input, (p: { patch: Record<string, unknown> }) => {
        doc.plan = { ...doc.plan, ...p.patch };
        ruleCheck('plan', doc.plan);
        return snapshot();
      }),
    createEntity: (input) =>
      run('createEntity', input, (p: { entity: EntityKind; values: Record<string, unknown> }) => {
        const id = newId();
        const row = {
          ...structuredClone(entityDefaults[p.entity]),
          ...p.values,
          id,
          updatedAt: '2026-01-12T10:00:00.000Z',
        };
        const title =
          (row as Record<string, unknown>)['title'] ?? (row as Record<string, unknown>)['name'];
        if (title === '') {
          throw new OmstilError(
            errors.invalidInput([
              { path: 'values.title', rule: 'required', message: validationMessage('required') },
            ]),
          );
        }
        rows(p.entity).push(row);
        return { id, snapshot: snapshot() };
      }),
    updateEntity: (input) =>
      run(
        'updateEntity',
        input,
        (p: { entity: EntityKind; id: string; patch: Record<string, unknown> }) => {
          const row = find(p.entity, p.id);
          Object.assign(row, p.patch);
          ruleCheck(p.entity, row);
          return snapshot();
        },
      ),
    deleteEntity: (input) =>
      run('deleteEntity', input, (p: { entity: EntityKind; id: string }) => {
        find(p.entity, p.id);
        const list = rows(p.entity);
        list.splice(
          list.findIndex((r) => r.id === p.id),
          1,
        );
        return snapshot();
      }),
    reorderEntities: (input) =>
      run('reorderEntities', input, (p: { entity: EntityKind; ids: string[] }) => {
        const list = rows(p.entity);
        const byId = new Map(list.map((r) => [r.id, r]));
        const reordered = p.ids.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined);
        list.splice(0, list.length, ...reordered);
        return snapshot();
      }),
    addLink: (input) =>
      run('addLink', input, (p: { kind: LinkKind; fromId: string; toId: string }) => {
        const row = find(LINKS[p.kind].from, p.fromId);
        const list = row[LINKS[p.kind].list] as string[];
        if (!list.includes(p.toId)) list.push(p.toId);
        return snapshot();
      }),
    removeLink: (input) =>
      run('removeLink', input, (p: { kind: LinkKind; fromId: string; toId: string }) => {
        const row = find(LINKS[p.kind].from, p.fromId);
        row[LINKS[p.kind].list] = (row[LINKS[p.kind].list] as string[]).filter(
          (id) => id !== p.toId,
        );
        return snapshot();
      }),
    undo: () => {
      const previous = undoStack.pop();
      if (!previous) return Promise.resolve({ ok: false, error: errors.nothingToUndo() });
      redoStack.push(doc);
      doc = previous;
      return Promise.resolve({ ok: true, value: snapshot() });
    },
    redo: () => {
      const following = redoStack.pop();
      if (!following) return Promise.resolve({ ok: false, error: errors.nothingToRedo() });
      undoStack.push(doc);
      doc = following;
      return Promise.resolve({ ok: true, value: snapshot() });
    },
  };

  // The fake's own calls are logged by it; the edits here are logged into the same record.
  let calls: FakeApi['calls'] = {};
  const logged = Object.fromEntries(
    Object.entries(overrides).map(([call, fn]) => [
      call,
      (input: unknown) => {
        ((calls as Record<string, unknown[]>)[call] ??= []).push(input);
        return (fn as (i: unknown) => unknown)(input);
      },
    ]),
  ) as Partial<ApiClient>;
  const fake = createFakeApi({ open: snapshot() }, logged);
  calls = fake.calls;
  return { ...fake, doc: () => doc };
}
