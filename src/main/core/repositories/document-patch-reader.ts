import type { DocumentPatch, EntityChange } from '../../../shared/model/document-patch';
import type { EntityKind } from '../../../shared/model/enums';
import type { Db } from '../db/connection';
import { readPlan } from './document-reader';
import { fromColumns } from './entity-mapper';
import {
  selectAllLinkSources,
  selectIdBefore,
  selectLinkSourcesTo,
  selectLinkTargetsOf,
  selectRow,
  selectStatusSummary,
} from './plan-rows';
import type { Row, RowChange } from './row-change';
import { ENTITY_TABLES, LINK_TABLES, LINKS_FROM, PLAN_TABLE, type LinkTableDef } from './tables';

const KIND_OF_TABLE = new Map<string, EntityKind>(
  Object.values(ENTITY_TABLES).map((def) => [def.table, def.kind as EntityKind]),
);
const LINK_OF_TABLE = new Map<string, LinkTableDef>(
  Object.values(LINK_TABLES).map((link) => [link.table, link]),
);

/** Past this many moved rows, re-reading every linking entity is cheaper than asking per row. */
const MANY_MOVED = 50;

interface Touched {
  /** The row as it was before the edit's first write to it; null for a new row. */
  first: Row | null;
}

/**
 * What `changes` — one committed edit, undo or redo — did to a window's copy of the plan (what
 * `readDocument(db, 'summaries')` reads), read from the file as it now is: each touched entity
 * whole, with its link lists, and where it now stands when it is new or has moved. Lists that follow another list's order (a competence's
 * drivers follow the drivers' order) are re-read for every entity a move affects.
 */
export function readPatch(db: Db, changes: readonly RowChange[]): DocumentPatch {
  let planChanged = false;
  const touched = new Map<EntityKind, Map<string, Touched>>();
  const linkedFrom = new Map<EntityKind, Set<string>>();
  const addLinked = (kind: EntityKind, id: string) => {
    const ids = linkedFrom.get(kind) ?? new Set<string>();
    ids.add(id);
    linkedFrom.set(kind, ids);
  };

  for (const change of changes) {
    if (change.table === PLAN_TABLE.table) {
      planChanged = true;
      continue;
    }
    const kind = KIND_OF_TABLE.get(change.table);
    if (kind) {
      const id = String(change.key['id']);
      const rows = touched.get(kind) ?? new Map<string, Touched>();
      if (!rows.has(id)) rows.set(id, { first: change.before });
      touched.set(kind, rows);
      continue;
    }
    const link = LINK_OF_TABLE.get(change.table);
    if (link) addLinked(link.fromKind, String((change.after ?? change.before)?.[link.fromColumn]));
  }

  const changed: EntityChange[] = [];
  const removed: DocumentPatch['removed'] = [];
  for (const [kind, rows] of touched) {
    const table = ENTITY_TABLES[kind].table;
    const placed: { row: Row; id: string }[] = [];
    const moved: string[] = [];
    for (const [id, { first }] of rows) {
      const row = selectRow(db, table, { id });
      if (!row) {
        if (first) removed.push({ kind, id });
        continue;
      }
      if (first === null || first['position'] !== row['position']) {
        placed.push({ row, id });
        if (first !== null) moved.push(id);
      } else {
        changed.push(entityChange(db, kind, row));
      }
    }
    // In their final order, so that each one's predecessor is already in place when it arrives.
    placed.sort((a, b) => compareOrder(a.row, b.row));
    for (const { row, id } of placed) {
      const after = selectIdBefore(db, table, row['position'] ?? null, id);
      changed.push({ ...entityChange(db, kind, row), after });
    }
    for (const link of Object.values(LINK_TABLES)) {
      if (link.toKind !== kind || moved.length === 0) continue;
      const sources =
        moved.length > MANY_MOVED
          ? selectAllLinkSources(db, link)
          : moved.flatMap((id) => selectLinkSourcesTo(db, link, id));
      for (const source of sources) addLinked(link.fromKind, source);
    }
  }

  for (const [kind, ids] of linkedFrom) {
    const rows = touched.get(kind);
    for (const id of ids) {
      if (rows?.has(id)) continue;
      const row = selectRow(db, ENTITY_TABLES[kind].table, { id });
      if (row) changed.push(entityChange(db, kind, row));
    }
  }

  return { plan: planChanged ? readPlan(db) : null, changed, removed };
}

function compareOrder(a: Row, b: Row): number {
  const byPosition = Number(a['position']) - Number(b['position']);
  if (byPosition !== 0) return byPosition;
  return String(a['id']) < String(b['id']) ? -1 : String(a['id']) > String(b['id']) ? 1 : 0;
}

function entityChange(db: Db, kind: EntityKind, row: Row): EntityChange {
  // A window's copy holds a marked status's summary, not its figures (`readDocument`).
  const held =
    kind === 'statusSnapshot' ? (selectStatusSummary(db, String(row['id'])) ?? row) : row;
  const entity = fromColumns(ENTITY_TABLES[kind], held);
  for (const link of LINKS_FROM(kind)) {
    entity[link.field] = selectLinkTargetsOf(db, link, String(row['id']));
  }
  return { kind, entity } as EntityChange;
}
