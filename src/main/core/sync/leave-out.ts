import type { PlanPart } from '../../../shared/i18n/outside-changes';
import { collectionOf } from '../../../shared/model/collections';
import type { PlanDocument } from '../../../shared/model/document';
import { ENTITY_KINDS, LINK_KINDS, type EntityKind } from '../../../shared/model/enums';
import type { ChangedRows } from '../plan-file/verify-content';
import { ENTITY_TABLES, LINK_TABLES } from '../repositories/tables';

/** What a clean copy left out, counted by part of the plan, in the order a message names them. */
export type LeftOut = { part: PlanPart; count: number }[];

type Entity = Record<string, unknown> & { id: string };

/**
 * `doc` without the rows that were changed outside Omstil, and without what hangs on them, as if
 * they had been deleted in Omstil: a measurement goes with its competence, a link with either
 * end, and an activity's owner or a measurement's target group is then not set. So does what
 * hung on a row deleted outside Omstil, which is simply not there. The plan's own row stays, as
 * a plan cannot be without it.
 */
export function leaveOut(
  doc: PlanDocument,
  changed: readonly ChangedRows[],
): { document: PlanDocument; leftOut: LeftOut } {
  const keysOf = (table: string) => changed.find((c) => c.table === table)?.keys ?? [];
  const lists = {} as Record<EntityKind, Entity[]>;
  const gone = {} as Record<EntityKind, Set<string>>;
  for (const kind of ENTITY_KINDS) {
    lists[kind] = doc[collectionOf[kind]].map((e) => ({ ...e }));
    gone[kind] = new Set(keysOf(ENTITY_TABLES[kind].table).map((k) => String(k['id'])));
  }
  const ids = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, new Set(lists[kind].map((row) => row.id))]),
  ) as Record<EntityKind, Set<string>>;
  const there = (kind: EntityKind, id: unknown) =>
    typeof id === 'string' && ids[kind].has(id) && !gone[kind].has(id);
  // What hangs on a row that goes, by the rule a deletion in Omstil follows.
  for (const kind of ENTITY_KINDS) {
    for (const ref of ENTITY_TABLES[kind].referencedBy) {
      const field = ENTITY_TABLES[ref.kind].columns.find((c) => c.column === ref.column)!.field;
      for (const row of lists[ref.kind]) {
        if (row[field] === null || there(kind, row[field])) continue;
        if (ref.onDelete === 'delete') gone[ref.kind].add(row.id);
        else row[field] = null;
      }
    }
  }
  const leftOut: LeftOut = [];
  const out = { plan: doc.plan } as Record<string, unknown>;
  for (const kind of ENTITY_KINDS) {
    const kept = lists[kind].filter((row) => !gone[kind].has(row.id));
    if (kept.length < lists[kind].length) {
      leftOut.push({ part: kind, count: lists[kind].length - kept.length });
    }
    lists[kind] = kept;
    out[collectionOf[kind]] = kept;
  }
  for (const kind of LINK_KINDS) {
    const link = LINK_TABLES[kind];
    const pairs = new Set(
      keysOf(link.table).map((k) => `${String(k[link.fromColumn])} ${String(k[link.toColumn])}`),
    );
    let count = 0;
    for (const row of lists[link.fromKind]) {
      const ids = row[link.field] as string[];
      const kept = ids.filter((to) => there(link.toKind, to) && !pairs.has(`${row.id} ${to}`));
      count += ids.filter((to) => pairs.has(`${row.id} ${to}`)).length;
      row[link.field] = kept;
    }
    if (count > 0) leftOut.push({ part: kind, count });
  }
  return { document: out as PlanDocument, leftOut };
}
