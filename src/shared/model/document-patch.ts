import { z } from 'zod';
import { collectionOf } from './collections';
import { windowDocumentShape } from './document';
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
