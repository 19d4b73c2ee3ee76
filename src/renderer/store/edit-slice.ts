import type { CreateEntityInput, PlanChange, UpdateEntityInput } from '../../shared/api';
import type { FieldIssue } from '../../shared/errors';
import type { Plan } from '../../shared/model/entities';
import type { HistoryStep } from '../../shared/model/history-step';
import type { EntityKind, LinkKind } from '../../shared/model/enums';
import type { Result } from '../../shared/result';
import type { SliceCreator } from './types';

/** The quiet indicator beside the plan's title: every edit is saved when the call answers. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Where a field's refusal is shown: `<kind>:<id>:<field>`, or `plan::<field>` for the plan. */
export const fieldKey = (kind: EntityKind | 'plan', id: string, field: string): string =>
  `${kind}:${id}:${field}`;

/**
 * The field an issue belongs to. The transport reports paths inside the call's input
 * (`patch.title`, `values.principles[2]`), the core's cross-field rules bare ones (`end`); a field
 * shows the refusal for any part of itself.
 */
export function fieldOf(path: string): string {
  return path.replace(/^(patch|values)\./, '').split(/[.[]/)[0] ?? path;
}

export type PlanPatch = Partial<Omit<Plan, 'id' | 'updatedAt'>>;

export interface EditSlice {
  saveState: SaveState;
  /** Refusals per field, shown next to the field until it is edited again. */
  fieldErrors: Record<string, FieldIssue>;
  /** The last deletion, offered for undo instead of a confirmation dialog. */
  lastDeleted: { kind: EntityKind; title: string } | null;
  /** The step the last undo or redo took, said in the message after it with the way back. */
  lastStep: { direction: 'undo' | 'redo'; step: HistoryStep } | null;
  updatePlan: (patch: PlanPatch) => Promise<boolean>;
  createEntity: (input: CreateEntityInput) => Promise<string | null>;
  updateEntity: (input: UpdateEntityInput) => Promise<boolean>;
  deleteEntity: (kind: EntityKind, id: string, title: string) => Promise<boolean>;
  reorderEntities: (kind: EntityKind, ids: string[]) => Promise<boolean>;
  addLink: (kind: LinkKind, fromId: string, toId: string) => Promise<boolean>;
  removeLink: (kind: LinkKind, fromId: string, toId: string) => Promise<boolean>;
  clearFieldError: (key: string) => void;
  dismissDeleted: () => void;
  dismissStep: () => void;
}

export const createEditSlice: SliceCreator<EditSlice> = (set, get) => {
  /**
   * Runs one edit. A refusal with field issues is shown next to those fields (keyed under
   * `kind`/`id`); any other refusal goes to the page's error alert. The answer's changes are put
   * into the plan, so what the screen shows is always what the file holds.
   */
  async function edit<T>(
    call: () => Promise<Result<T>>,
    changeOf: (value: T) => PlanChange,
    where: { kind: EntityKind | 'plan'; id: string } | null,
  ): Promise<T | null> {
    set({ saveState: 'saving', error: null });
    const result = await call();
    if (!result.ok) {
      const issues = result.error.issues ?? [];
      if (where && issues.length > 0) {
        const next = { ...get().fieldErrors };
        for (const issue of issues)
          next[fieldKey(where.kind, where.id, fieldOf(issue.path))] = issue;
        set({ fieldErrors: next, saveState: 'failed' });
      } else {
        set({ error: result.error, saveState: 'failed' });
      }
      return null;
    }
    set({ saveState: 'saved' });
    await get().takeChange(changeOf(result.value));
    return result.value;
  }

  const clearFieldsOf = (kind: EntityKind | 'plan', id: string, fields: string[]) => {
    const next = { ...get().fieldErrors };
    for (const f of fields) delete next[fieldKey(kind, id, f)];
    set({ fieldErrors: next });
  };

  const same = (change: PlanChange) => change;

  return {
    saveState: 'idle',
    fieldErrors: {},
    lastDeleted: null,
    lastStep: null,

    updatePlan: async (patch) => {
      clearFieldsOf('plan', '', Object.keys(patch));
      return (
        (await edit(() => get().api.updatePlan({ patch }), same, { kind: 'plan', id: '' })) !== null
      );
    },

    createEntity: async (input) => {
      const created = await edit(
        () => get().api.createEntity(input),
        (v) => v.change,
        { kind: input.entity, id: 'new' },
      );
      return created?.id ?? null;
    },

    updateEntity: async (input) => {
      clearFieldsOf(input.entity, input.id, Object.keys(input.patch));
      const done = await edit(() => get().api.updateEntity(input), same, {
        kind: input.entity,
        id: input.id,
      });
      return done !== null;
    },

    deleteEntity: async (kind, id, title) => {
      const done = await edit(() => get().api.deleteEntity({ entity: kind, id }), same, null);
      if (done) set({ lastDeleted: { kind, title }, lastStep: null });
      return done !== null;
    },

    reorderEntities: async (kind, ids) =>
      (await edit(() => get().api.reorderEntities({ entity: kind, ids }), same, null)) !== null,

    addLink: async (kind, fromId, toId) =>
      (await edit(() => get().api.addLink({ kind, fromId, toId }), same, null)) !== null,

    removeLink: async (kind, fromId, toId) =>
      (await edit(() => get().api.removeLink({ kind, fromId, toId }), same, null)) !== null,

    clearFieldError: (key) => {
      const next = { ...get().fieldErrors };
      delete next[key];
      set({ fieldErrors: next });
    },

    dismissDeleted: () => set({ lastDeleted: null }),
    dismissStep: () => set({ lastStep: null }),
  };
};
