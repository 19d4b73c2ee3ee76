import { z } from 'zod';
import { collectionOf, windowDocumentShape, type WindowDocument } from './document';
import { ENTITY_KINDS, type EntityKind } from './enums';
import { PlanSchema } from './entities';

const entityChange = <K extends EntityKind>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    entity: windowDocumentShape[collectionOf[kind]].element,
    /**
     * Present when the entity is new or has moved: the id of the entity now just before it in
     * the committee's order, or null when it is first. Absent, the entity stays where it is.
     */
    after: z.string().nullable().optional(),
  });

export const EntityChangeSchema = z.discriminatedUnion(
  'kind',
  ENTITY_KINDS.map((kind) => entityChange(kind)) as unknown as [
    ReturnType<typeof entityChange<'member'>>,
    ...ReturnType<typeof entityChange<EntityKind>>[],
  ],
);
export type EntityChange = z.infer<typeof EntityChangeSchema>;

/**
 * What one edit, undo or redo changed in the plan, as whole entities: enough to bring a window's
 * copy of the plan (a `WindowDocument`) that matched the file before the edit to match it after, without
 * reading the whole plan again. Moved and new entities come in the order they now stand in.
 */
export const DocumentPatchSchema = z.strictObject({
  plan: PlanSchema.nullable(),
  changed: z.array(EntityChangeSchema),
  removed: z.array(z.strictObject({ kind: z.enum(ENTITY_KINDS), id: z.string() })),
});
export type DocumentPatch = z.infer<typeof DocumentPatchSchema>;

type AnyEntity = { id: string };

/**
 * The document after `patch`. Lists and entities the patch does not touch are the same objects as
 * before, so a screen that draws from them can tell at once that nothing of theirs changed.
 */
export function applyDocumentPatch(doc: WindowDocument, patch: DocumentPatch): WindowDocument {
  const touched = new Set<EntityKind>([
    ...patch.changed.map((c) => c.kind),
    ...patch.removed.map((r) => r.kind),
  ]);
  if (patch.plan === null && touched.size === 0) return doc;
  const next: Record<string, unknown> = { ...doc };
  if (patch.plan !== null) next['plan'] = patch.plan;
  for (const kind of touched) {
    const key = collectionOf[kind];
    next[key] = patchedList(
      doc[key],
      patch.changed.filter((c) => c.kind === kind),
      new Set(patch.removed.filter((r) => r.kind === kind).map((r) => r.id)),
    );
  }
  return next as WindowDocument;
}

function patchedList(
  list: readonly AnyEntity[],
  changes: readonly EntityChange[],
  removed: ReadonlySet<string>,
): AnyEntity[] {
  const inPlace = new Map<string, AnyEntity>();
  const placed: EntityChange[] = [];
  for (const change of changes) {
    if (change.after === undefined) inPlace.set(change.entity.id, change.entity);
    else placed.push(change);
  }
  const leaving = new Set(removed);
  // In the final order each placed entity directly follows one entity (or the start), and no two
  // follow the same one; so the placed entities hang in chains off the ones that stayed.
  const follower = new Map<string | null, AnyEntity>();
  for (const change of placed) {
    leaving.add(change.entity.id);
    follower.set(change.after ?? null, change.entity);
  }
  const out: AnyEntity[] = [];
  const emitChainAfter = (id: string | null) => {
    for (let next = follower.get(id); next; next = follower.get(next.id)) out.push(next);
  };
  emitChainAfter(null);
  for (const entity of list) {
    if (leaving.has(entity.id)) continue;
    out.push(inPlace.get(entity.id) ?? entity);
    emitChainAfter(entity.id);
  }
  return out;
}
