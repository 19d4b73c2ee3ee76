import type { ApiClient, CallInput } from '../../../src/shared/api';
import { collectionOf, type PlanDocument } from '../../../src/shared/model/document';
import { entityDefaults } from '../../../src/shared/model/defaults';
import type { LinkKind } from '../../../src/shared/model/enums';
import { createFakeApi, type FakeApi } from '../fake-api';
import { snapshotOf } from '../fixtures';

type Edits =
  'createEntity' | 'updateEntity' | 'deleteEntity' | 'reorderEntities' | 'addLink' | 'removeLink';

export interface PlanApi extends FakeApi {
  /** The plan as the pretend core holds it after the edits so far. */
  doc: () => PlanDocument;
  edits: { [C in Edits]: CallInput<C>[] };
}

type Row = { id: string } & Record<string, unknown>;

const LINK_FIELDS: Partial<Record<LinkKind, { from: 'competences'; list: string }>> = {
  'competence-method': { from: 'competences', list: 'methodIds' },
  'competence-driver': { from: 'competences', list: 'driverIds' },
  'competence-targetGroup': { from: 'competences', list: 'targetGroupIds' },
};

/**
 * The fake api with the edit calls a core would answer: each changes an in-memory copy of the
 * plan and answers with the new snapshot, and every call is logged in order.
 */
export function createPlanApi(start: PlanDocument): PlanApi {
  let doc: PlanDocument = structuredClone(start);
  let next = 1;
  const newId = () => `10000000-0000-4000-8000-${String(next++).padStart(12, '0')}`;
  const edits: PlanApi['edits'] = {
    createEntity: [],
    updateEntity: [],
    deleteEntity: [],
    reorderEntities: [],
    addLink: [],
    removeLink: [],
  };
  const rows = (collection: keyof PlanDocument) => doc[collection] as unknown as Row[];
  const answer = () => Promise.resolve({ ok: true as const, value: snapshotOf(doc) });
  const change = (mutate: () => void) => {
    doc = structuredClone(doc);
    mutate();
  };
  const link = (input: CallInput<'addLink'>, add: boolean) => {
    const where = LINK_FIELDS[input.kind];
    if (!where) throw new Error(`plan-api has no link ${input.kind}`);
    change(() => {
      const row = rows(where.from).find((r) => r.id === input.fromId);
      if (!row) throw new Error(`no ${input.fromId}`);
      const list = (row[where.list] as string[]).filter((id) => id !== input.toId);
      row[where.list] = add ? [...list, input.toId] : list;
    });
  };

  const overrides: Partial<ApiClient> = {
    createEntity: (input) => {
      edits.createEntity.push(input);
      const id = newId();
      change(() => {
        const collection = collectionOf[input.entity];
        const row = {
          ...structuredClone(entityDefaults[input.entity]),
          ...input.values,
          id,
          updatedAt: '2026-01-12T10:00:00.000Z',
        };
        rows(collection).push(row);
      });
      return Promise.resolve({ ok: true, value: { id, snapshot: snapshotOf(doc) } });
    },
    updateEntity: (input) => {
      edits.updateEntity.push(input);
      change(() => {
        const row = rows(collectionOf[input.entity]).find((r) => r.id === input.id);
        if (row) Object.assign(row, input.patch);
      });
      return answer();
    },
    deleteEntity: (input) => {
      edits.deleteEntity.push(input);
      change(() => {
        const list = rows(collectionOf[input.entity]);
        list.splice(
          list.findIndex((r) => r.id === input.id),
          1,
        );
      });
      return answer();
    },
    reorderEntities: (input) => {
      edits.reorderEntities.push(input);
      change(() => {
        const list = rows(collectionOf[input.entity]);
        const byId = new Map(list.map((r) => [r.id, r]));
        list.splice(0, list.length, ...input.ids.map((id) => byId.get(id)!));
      });
      return answer();
    },
    addLink: (input) => {
      edits.addLink.push(input);
      link(input, true);
      return answer();
    },
    removeLink: (input) => {
      edits.removeLink.push(input);
      link(input, false);
      return answer();
    },
  };
  const fake = createFakeApi({ open: snapshotOf(doc) }, overrides);
  return { ...fake, doc: () => doc, edits };
}
