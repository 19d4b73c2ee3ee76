import { collectionOf } from './collections';
import type { WindowDocument } from './document';
import type { EntityKind } from './enums';

// Kept apart from the patch's schema: the window applies patches and never parses one, and
// importing this from document-patch.ts built every entity schema before its first screen. The
// patch is described here by what this reads of it, so that the two modules need not import each
// other; a `DocumentPatch` is one.

interface EntityChange {
  kind: EntityKind;
  entity: AnyEntity;
  after?: string | null | undefined;
}

interface DocumentPatch {
  plan: WindowDocument['plan'] | null;
  changed: readonly EntityChange[];
  removed: readonly { kind: EntityKind; id: string }[];
}

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
