import {
  collectionOf,
  type PlanDocument,
  type WindowDocument,
} from '../../../shared/model/document';
import type { Plan } from '../../../shared/model/entities';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/model/enums';
import type { Db } from '../db/connection';
import { statusRowsInOrder, type Figures } from './document-reader';
import { fromColumns, fromColumnValue } from './entity-mapper';
import { selectLinkPairs } from './plan-rows';
import type { ScannedTable } from './row-stamps';
import { ENTITY_TABLES, LINK_TABLES, PLAN_TABLE, type EntityTableDef } from './tables';

// Opening a plan read every row twice when the file check and the reader each read the tables:
// the check reads each row's canonical text (a JSON array of its columns) to hash it, and that
// text already holds what the reader needs. So a plan whose rows all carry the checksums that
// match them is built from the check's own read: each table's lines are parsed as one JSON text,
// which costs a fraction of what making a JavaScript object of each row in SQLite's driver does.
// Two parts are read apart from it: a marked status's figures, a third of a large file, which are
// parsed only when asked for whole; and the link tables, whose two ids a pair are cheaper to read
// again than to take out of their lines.

const CHECKSUM_CHARS = 16;
const SPACE = 0x20;
const COMMA = 0x2c;

/**
 * The plan as `readDocument` reads it, built from the tables the checksum pass scanned (in the
 * same read transaction); null when a table it needs was not scanned whole. Only for tables whose
 * every row carries the checksum that matches it, so that each line is 16 hex digits and a JSON
 * array: the lines' checksums are overwritten in `scanned`, which is of no use afterwards.
 */
export function documentFromScan(
  db: Db,
  scanned: ReadonlyMap<string, ScannedTable>,
): PlanDocument | null;
export function documentFromScan(
  db: Db,
  scanned: ReadonlyMap<string, ScannedTable>,
  figures: Figures,
): WindowDocument | null;
export function documentFromScan(
  db: Db,
  scanned: ReadonlyMap<string, ScannedTable>,
  figures: Figures = 'whole',
): WindowDocument | null {
  const planTable = scanned.get(PLAN_TABLE.table);
  const kinds = ENTITY_KINDS.filter((kind) => kind !== 'statusSnapshot');
  const tables = kinds.map((kind) => scanned.get(ENTITY_TABLES[kind].table));
  if (!planTable || tables.includes(undefined)) return null;

  const lists = {} as Record<EntityKind, Record<string, unknown>[]>;
  kinds.forEach((kind, i) => {
    lists[kind] = entitiesInOrder(ENTITY_TABLES[kind], tables[i]!);
  });
  const statusDef = ENTITY_TABLES.statusSnapshot;
  lists.statusSnapshot = statusRowsInOrder(db, figures).map((row) => fromColumns(statusDef, row));
  const byId = new Map<EntityKind, Map<unknown, Record<string, unknown>>>();
  const ranks = new Map<EntityKind, Map<unknown, number>>();
  for (const link of Object.values(LINK_TABLES)) {
    const from = mapOnce(byId, link.fromKind, () => lists[link.fromKind].map((v) => [v['id'], v]));
    const rank = mapOnce(ranks, link.toKind, () => lists[link.toKind].map((t, r) => [t['id'], r]));
    for (const values of lists[link.fromKind]) values[link.field] = [];
    // The pairs in the order of the entities they point at, as a join on that order gives them;
    // a pair whose ends are not both there is left out, as the join leaves it out.
    let unordered = false;
    for (const [fromId, toId] of selectLinkPairs(db, link)) {
      const ids = from.get(fromId)?.[link.field] as string[] | undefined;
      if (!ids || !rank.has(toId)) continue;
      unordered ||= ids.length > 0;
      ids.push(toId);
    }
    if (!unordered) continue;
    for (const values of lists[link.fromKind]) {
      const ids = values[link.field] as string[];
      if (ids.length > 1) ids.sort((a, b) => rank.get(a)! - rank.get(b)!);
    }
  }

  const [planRow] = rowValues(planTable);
  if (!planRow) return null;
  const doc = { plan: fromValues(PLAN_TABLE, planRow, columnIndexes(planTable.columns)) as Plan };
  for (const kind of ENTITY_KINDS) {
    (doc as Record<string, unknown>)[collectionOf[kind]] = lists[kind];
  }
  return doc as WindowDocument;
}

/** The map `make` gives for `kind`, made once. */
function mapOnce<V>(
  maps: Map<EntityKind, Map<unknown, V>>,
  kind: EntityKind,
  make: () => [unknown, V][],
): Map<unknown, V> {
  let map = maps.get(kind);
  if (!map) {
    map = new Map(make());
    maps.set(kind, map);
  }
  return map;
}

/** An entity table's rows as model values in the committee's order: by position, then id. */
function entitiesInOrder(def: EntityTableDef, scanned: ScannedTable): Record<string, unknown>[] {
  const at = columnIndexes(scanned.columns);
  const position = at.get('position')!;
  const id = at.get('id')!;
  const rows = rowValues(scanned);
  rows.sort(
    (a, b) =>
      (a[position] as number) - (b[position] as number) ||
      compareAsSqlite(a[id] as string, b[id] as string),
  );
  return rows.map((values) => fromValues(def, values, at));
}

/** The model values of a row whose columns' values are `values` (as `fromColumns` makes them). */
function fromValues(
  def: EntityTableDef,
  values: readonly unknown[],
  at: ReadonlyMap<string, number>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { id: values[at.get('id')!] };
  for (const c of def.columns) out[c.field] = fromColumnValue(c, values[at.get(c.column)!]);
  out['updatedAt'] = values[at.get('updated_at')!];
  return out;
}

function columnIndexes(columns: readonly string[]): Map<string, number> {
  return new Map(columns.map((c, i) => [c, i]));
}

/** About this many bytes of a table's lines are parsed at a time. */
const PARSE_BYTES = 1024 * 1024;

/**
 * Each row's list of values, in the table's column order. The lines are made JSON texts in
 * place, the checksum before each row blanked out and the line break after it made a comma, so
 * that a run of rows is parsed in one call. A run, not the whole table: the activities' lines are
 * some 40 MB at 50,000 activities, which as one text (twice its bytes where a title has an æ, and
 * again when bracketed) held more than the plan being built from it.
 */
export function rowValues({ text, ends }: ScannedTable, runBytes = PARSE_BYTES): unknown[][] {
  const rows: unknown[][] = [];
  let start = 0;
  let runStart = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    text.fill(SPACE, start, start + CHECKSUM_CHARS);
    const last = i === ends.length - 1;
    if (!last) text[end] = COMMA;
    if (last || end - runStart >= runBytes) {
      const run = JSON.parse(`[${text.toString('utf8', runStart, end)}]`) as unknown[][];
      for (const row of run) rows.push(row);
      runStart = end + 1;
    }
    start = end + 1;
  }
  return rows;
}

/**
 * Texts in the order SQLite's `ORDER BY` gives them: by their UTF-8 bytes, which is by code
 * point. JavaScript compares UTF-16 units, which put a character above U+FFFF (a surrogate pair)
 * before U+E000–U+FFFF.
 */
export function compareAsSqlite(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xPair = x >= 0xd800 && x <= 0xdfff;
    const yPair = y >= 0xd800 && y <= 0xdfff;
    if (xPair !== yPair) return xPair ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
