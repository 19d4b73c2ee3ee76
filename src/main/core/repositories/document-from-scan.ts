import { collectionOf } from '../../../shared/model/collections';
import type { PlanDocument, WindowDocument } from '../../../shared/model/document';
import type { Plan } from '../../../shared/model/entities';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/model/enums';
import type { Db } from '../db/connection';
import { statusRowsInOrder, type Figures } from './document-reader';
import { appendId, fromColumns, fromColumnValue, modelShape, trimIds } from './entity-mapper';
import { selectLinkPairs, selectLinkPairsText } from './plan-rows';
import type { ScannedTable } from './row-stamps';
import {
  ENTITY_TABLES,
  LINK_TABLES,
  PLAN_TABLE,
  type EntityTableDef,
  type LinkTableDef,
} from './tables';

// Opening a plan read every row twice when the file check and the reader each read the tables:
// the check reads each row's canonical text (a JSON array of its columns) to hash it, and that
// text already holds what the reader needs. So a plan whose rows all carry the checksums that
// match them is built from the check's own read: each table's lines are parsed as JSON texts a
// run at a time, which costs a fraction of what making a JavaScript object of each row in
// SQLite's driver does. Two parts are read apart from it: a marked status's figures, a third of a
// large file, which are parsed only when asked for whole; and the link tables, whose two ids a
// pair are cheaper to read again, as one text a table, than to take out of their lines.

const CHECKSUM_CHARS = 16;
const SPACE = 0x20;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const BUILT_KINDS = ENTITY_KINDS.filter((kind) => kind !== 'statusSnapshot');

/**
 * The tables `documentFromScan` builds the plan from: the checksum pass keeps only these, since a
 * table's text held to the end for nothing (the marked statuses' figures, the link tables) was
 * most of what opening a large plan held at its peak.
 */
export const TABLES_BUILT_FROM_SCAN: ReadonlySet<string> = new Set([
  PLAN_TABLE.table,
  ...BUILT_KINDS.map((kind) => ENTITY_TABLES[kind].table),
]);

/**
 * The plan as `readDocument` reads it, built from the tables the checksum pass scanned (in the
 * same read transaction); null when a table it needs was not scanned whole. Only for tables whose
 * every row carries the checksum that matches it, so that each line is 16 hex digits and a JSON
 * array. Takes each table out of `scanned` once it is built, so that its text can go before the
 * next one is parsed: the lines are made JSON texts in place, of no use afterwards.
 */
export function documentFromScan(db: Db, scanned: Map<string, ScannedTable>): PlanDocument | null;
export function documentFromScan(
  db: Db,
  scanned: Map<string, ScannedTable>,
  figures: Figures,
): WindowDocument | null;
export function documentFromScan(
  db: Db,
  scanned: Map<string, ScannedTable>,
  figures: Figures = 'whole',
): WindowDocument | null {
  if ([...TABLES_BUILT_FROM_SCAN].some((table) => !scanned.has(table))) return null;
  const [planRow] = rowValues(scanned.get(PLAN_TABLE.table)!);
  if (!planRow) return null;
  const plan = fromValues(PLAN_TABLE, planRow, scanned.get(PLAN_TABLE.table)!.columns) as Plan;
  scanned.delete(PLAN_TABLE.table);

  const lists = {} as Record<EntityKind, Record<string, unknown>[]>;
  for (const kind of BUILT_KINDS) {
    const { table } = ENTITY_TABLES[kind];
    lists[kind] = entitiesInOrder(ENTITY_TABLES[kind], scanned.get(table)!);
    scanned.delete(table);
  }
  const statusDef = ENTITY_TABLES.statusSnapshot;
  lists.statusSnapshot = statusRowsInOrder(db, figures).map((row) => fromColumns(statusDef, row));
  const byId = new Map<EntityKind, Map<unknown, Record<string, unknown>>>();
  const ranks = new Map<EntityKind, Map<unknown, number>>();
  for (const link of Object.values(LINK_TABLES)) {
    const sources = lists[link.fromKind];
    const targets = lists[link.toKind];
    const { pairs, text } = selectLinkPairsText(db, link);
    // The ranks are made only for a table that holds pairs: a map of 20,000 activities for the
    // year plan's links, empty in most plans, took 2–10 ms.
    if (pairs === 0) continue;
    const byRank = mapOnce(ranks, link.toKind, () => targets.map((t, r) => [t['id'], r]));
    let several = addLinks(text, pairs, link, sources, byRank, targets);
    if (!several) {
      const from = mapOnce(byId, link.fromKind, () => sources.map((v) => [v['id'], v]));
      addLinkPairs(db, link, from, byRank, targets);
      several = sources;
    }
    // The pairs in the order of the entities they point at, as a join on that order gives them.
    for (const values of several) {
      const ids = trimIds(values, link.field);
      if (ids.length > 1) ids.sort((a, b) => byRank.get(a)! - byRank.get(b)!);
    }
  }

  const doc = { plan };
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

const PAIR = '\u001f';
const NEXT = '\u001e';

/**
 * Puts each pair of `link`'s table in its entity's list, from the table read as one text
 * (`selectLinkPairsText`: `text`, of `pairs` pairs), each id a link points at as the entity it
 * points at holds it, so that the plan keeps one string an id; the lists are there, empty, as the
 * entities were made. The pairs come in the order of `sources`, which is walked alongside them:
 * looking each pair's entity up in a map of 20,000 was most of the cost of reading the links, each
 * look-up a miss of the processor's caches. Answers the entities given more than one id, whose
 * lists are still to be put in order; null, with the lists left to be filled afresh, when the text
 * cannot be taken apart into the pairs it was made of (an id held a separator) or its pairs are
 * not in that order: the file check has vouched that both ends of every pair are there.
 */
function addLinks(
  text: string | null,
  pairs: number,
  link: LinkTableDef,
  sources: readonly Record<string, unknown>[],
  rank: ReadonlyMap<unknown, number>,
  targets: readonly Record<string, unknown>[],
): Record<string, unknown>[] | null {
  if (text === null) return null;
  const several: Record<string, unknown>[] = [];
  let count = 0;
  let start = 0;
  let source = 0;
  let previous = -1;
  while (start <= text.length) {
    const pair = text.indexOf(PAIR, start);
    if (pair < 0) return null;
    let end = text.indexOf(NEXT, pair + 1);
    if (end < 0) end = text.length;
    while (source < sources.length && !holdsAt(text, start, pair, sources[source]!['id'])) {
      source += 1;
    }
    const at = rank.get(text.slice(pair + 1, end));
    if (source === sources.length || at === undefined) return null;
    const values = sources[source]!;
    if (source === previous && several.at(-1) !== values) several.push(values);
    previous = source;
    appendId(values, link.field, targets[at]!['id'] as string);
    count += 1;
    start = end + 1;
  }
  return count === pairs ? several : null;
}

/** Whether `text` holds `id`, and nothing more, from `start` to `end`. */
function holdsAt(text: string, start: number, end: number, id: unknown): boolean {
  return typeof id === 'string' && id.length === end - start && text.startsWith(id, start);
}

/**
 * Puts each pair of `link`'s table in its entity's list, read a pair a row; a pair whose ends are
 * not both there is left out, as the join `readDocument` reads them with leaves it out.
 */
function addLinkPairs(
  db: Db,
  link: LinkTableDef,
  from: ReadonlyMap<unknown, Record<string, unknown>>,
  rank: ReadonlyMap<unknown, number>,
  targets: readonly Record<string, unknown>[],
): void {
  for (const values of from.values()) values[link.field] = [];
  for (const [fromId, toId] of selectLinkPairs(db, link)) {
    const values = from.get(fromId);
    const at = rank.get(toId);
    if (values && at !== undefined) appendId(values, link.field, targets[at]!['id'] as string);
  }
}

/** An entity table's rows as model values in the committee's order: by position, then id. */
function entitiesInOrder(def: EntityTableDef, scanned: ScannedTable): Record<string, unknown>[] {
  const position = scanned.columns.indexOf('position');
  const entities: Record<string, unknown>[] = [];
  const positions: number[] = [];
  const make = valuesMaker(def, scanned.columns);
  forEachRowValues(scanned, (values) => {
    positions.push(values[position] as number);
    entities.push(make(values));
  });
  const before = (a: number, b: number) =>
    positions[a]! - positions[b]! ||
    compareAsSqlite(entities[a]!['id'] as string, entities[b]!['id'] as string);
  // A table is mostly read in the order it is shown in, which is then not sorted again.
  let inOrder = true;
  for (let i = 1; inOrder && i < entities.length; i++) inOrder = before(i - 1, i) < 0;
  if (inOrder) return entities;
  const order = Array.from(entities.keys()).sort(before);
  return order.map((i) => entities[i]!);
}

/** The model values of a row of `def`'s table from its columns' values (as `fromColumns` makes them). */
function fromValues(
  def: EntityTableDef,
  values: readonly unknown[],
  columns: readonly string[],
): Record<string, unknown> {
  return valuesMaker(def, columns)(values);
}

/**
 * Makes the model values of a row whose columns, in `columns`' order, hold `values`, each with an
 * empty list for each of its links (in `LINK_TABLES`' order, as `readDocument` adds them).
 */
function valuesMaker(
  def: EntityTableDef,
  columns: readonly string[],
): (values: readonly unknown[]) => Record<string, unknown> {
  const id = columns.indexOf('id');
  const updatedAt = columns.indexOf('updated_at');
  const fields = def.columns.map((c) => ({ def: c, at: columns.indexOf(c.column) }));
  const links = Object.values(LINK_TABLES).flatMap((l) =>
    l.fromKind === def.kind ? [l.field] : [],
  );
  const shape = modelShape(def, links);
  return (values) => {
    const out = { ...shape };
    out['id'] = values[id];
    for (const f of fields) out[f.def.field] = fromColumnValue(f.def, values[f.at]);
    out['updatedAt'] = values[updatedAt];
    for (const field of links) out[field] = [];
    return out;
  };
}

/**
 * About this many bytes of a table's lines are parsed at a time: few enough that the text of a
 * run and the lists parsed from it die young, in V8's young generation, and are not carried into
 * the old one, which is collected only now and then and so holds dead runs by the dozen.
 */
const PARSE_BYTES = 64 * 1024;

/**
 * Hands each row's list of values, in the table's column order, to `visit`. The lines are made
 * JSON texts in place, the checksum before each row blanked out and the line break after it made
 * a comma, so that a run of rows is parsed in one call; the run's first blank a `[` and the break
 * after its last row a `]`, so that the run is parsed as it is decoded, without a copy.
 */
export function forEachRowValues(
  { text, ends }: ScannedTable,
  visit: (values: unknown[]) => void,
  runBytes = PARSE_BYTES,
): void {
  let start = 0;
  let runStart = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    text.fill(SPACE, start, start + CHECKSUM_CHARS);
    if (start === runStart) text[start] = OPEN_BRACKET;
    const last = i === ends.length - 1;
    if (last || end - runStart >= runBytes) {
      let json: string;
      if (end < text.length) {
        text[end] = CLOSE_BRACKET;
        json = text.toString('utf8', runStart, end + 1);
      } else {
        json = `${text.toString('utf8', runStart, end)}]`;
      }
      for (const row of JSON.parse(json) as unknown[][]) visit(row);
      runStart = end + 1;
    } else {
      text[end] = COMMA;
    }
    start = end + 1;
  }
}

/** Each row's list of values, in the table's column order (see `forEachRowValues`). */
export function rowValues(scanned: ScannedTable, runBytes = PARSE_BYTES): unknown[][] {
  const rows: unknown[][] = [];
  forEachRowValues(scanned, (values) => rows.push(values), runBytes);
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
