import type { CreateEntityInput, UpdateEntityInput } from '../../../shared/api';
import type { WindowDocument } from '../../../shared/model/document';
import type { LinkKind } from '../../../shared/model/enums';
import { useAppStore } from '../../store';
import { addPending, settlePending, untrackCreated, type TrackedKind } from './guide-record';

/**
 * The guide's edits: the store's own actions, so every choice is a real row in the plan, saved
 * and undoable like any other edit. Each answers whether it went through; a refusal is already
 * shown by the store.
 */

/** The plan as the core last answered, which is what the next edit must build on. */
export function currentDocument(): WindowDocument | null {
  return useAppStore.getState().snapshot?.document ?? null;
}

/** What a new row is recognised by if its answer never arrives (see `pending` in the record). */
function labelOf(input: CreateEntityInput & { entity: TrackedKind }): string {
  return input.entity === 'targetGroup' ? (input.values.name ?? '') : (input.values.title ?? '');
}

export async function createTracked(
  planId: string,
  input: CreateEntityInput & { entity: TrackedKind },
): Promise<string | null> {
  const label = labelOf(input);
  addPending(planId, input.entity, label);
  const id = await useAppStore.getState().createEntity(input);
  settlePending(planId, input.entity, label, id);
  return id;
}

export async function deleteTracked(
  planId: string,
  kind: TrackedKind,
  id: string,
  title: string,
): Promise<boolean> {
  const { deleteEntity } = useAppStore.getState();
  const done = await deleteEntity(kind, id, title);
  if (!done) return false;
  untrackCreated(planId, kind, id);
  // Unticking in the guide is the choice itself; an offer to undo it would only interrupt.
  useAppStore.getState().dismissDeleted();
  return true;
}

export function updateEntity(input: UpdateEntityInput): Promise<boolean> {
  return useAppStore.getState().updateEntity(input);
}

export function addLink(kind: LinkKind, fromId: string, toId: string): Promise<boolean> {
  return useAppStore.getState().addLink(kind, fromId, toId);
}

export function removeLink(kind: LinkKind, fromId: string, toId: string): Promise<boolean> {
  return useAppStore.getState().removeLink(kind, fromId, toId);
}

/** Runs edits one after another and stops at the first refusal, so the plan never races. */
export async function runInOrder(edits: readonly (() => Promise<boolean>)[]): Promise<boolean> {
  for (const edit of edits) {
    if (!(await edit())) return false;
  }
  return true;
}
