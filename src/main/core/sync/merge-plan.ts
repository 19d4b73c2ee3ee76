import { endsBeforeStart } from '../../../shared/merge/date-order';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/model/enums';
import type { SqlValue } from '../db/sql';
import type { Row } from '../history/row-change';
import { fromColumns, fromColumnValue } from '../repositories/entity-mapper';
import {
  ENTITY_TABLES,
  LINK_TABLES,
  PLAN_TABLE,
  type EntityTableDef,
  type LinkTableDef,
} from '../repositories/tables';
import { UNLOGGED_COLUMN, type LogEntry } from './change-log';
import type { PlanState } from './plan-state';

export type Choice = 'mine' | 'theirs';

export interface MergeConflict {
  /** Stable for the same two files: `<table>/<row id>/<field or ->`; resolutions name it. */
  id: string;
  table: string;
  rowId: string;
  entityKind: EntityKind | 'plan';
  entityTitle: string;
  /** The model's field name (camelCase); null when the conflict is about whole rows. */
  field: string | null;
  /**
   * The field's value; for a deleted-vs-edited row the row's values (null: deleted here); for
   * two evaluations of one year (`same-year`, rowId theirs) each side's evaluation.
   */
  mine: unknown;
  theirs: unknown;
  kind: 'field' | 'delete-edit' | 'same-year';
}

export interface MergeOutcome {
  conflicts: MergeConflict[];
  /** Changes taken from theirs without asking: fields, and rows they added or deleted. */
  takenFromTheirs: number;
  /** The merged plan's rows by table and key. */
  rows: Map<string, Map<string, Row>>;
  /** Conflict ids the merge used a default for (no resolution given). */
  defaulted: string[];
}

/** What we know of a row where the two copies parted. */
interface Ancestor {
  exists: boolean;
  /** The columns whose value at parting is known (from the shared log). */
  values: Row;
}

/** What one copy's own log entries (those since parting) did to a row. */
interface Touch {
  inserted: boolean;
  deleted: boolean;
  fields: Set<string>;
}

type Side = 'mine' | 'theirs';

/** Columns that a change on both sides does not make a conflict of. */
const POSITION = 'position';

/** Cross-field rules the file itself enforces: the second date may not be before the first. */
const DATE_PAIRS: Record<string, [string, string]> = {
  plan: ['period_start', 'period_end'],
  activity: ['start_date', 'end_date'],
  evaluation: ['period_start', 'period_end'],
};

/** Columns that point at another entity and are cleared when it goes (`referencedBy`). */
const SET_NULL: Record<string, Record<string, string>> = {};
/** Columns whose target takes the row with it when it goes. */
const CASCADE: Record<string, Record<string, string>> = {};
for (const kind of ENTITY_KINDS) {
  for (const ref of ENTITY_TABLES[kind].referencedBy) {
    const table = ENTITY_TABLES[ref.kind].table;
    const into = ref.onDelete === 'set-null' ? SET_NULL : CASCADE;
    (into[table] ??= {})[ref.column] = ENTITY_TABLES[kind].table;
  }
}

const ENTITY_DEFS: EntityTableDef[] = [PLAN_TABLE, ...ENTITY_KINDS.map((k) => ENTITY_TABLES[k])];
const LINK_DEFS: LinkTableDef[] = Object.values(LINK_TABLES);

const same = (a: SqlValue | undefined, b: SqlValue | undefined) => (a ?? null) === (b ?? null);
const idKey = (id: SqlValue | undefined) => JSON.stringify({ id: id ?? null });
const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function fieldName(def: EntityTableDef, column: string): string {
  return def.columns.find((c) => c.column === column)?.field ?? camel(column);
}

function modelValue(def: EntityTableDef, column: string, value: SqlValue | undefined): unknown {
  const col = def.columns.find((c) => c.column === column);
  return col ? fromColumnValue(col, value) : (value ?? null);
}

/**
 * The three-way merge of two copies of one plan. The common ancestor is not stored anywhere;
 * what is known of it comes from the change log entries both copies hold (their history up to
 * parting), and what each copy did since comes from the entries only it holds.
 *
 * Entities (the plan row and the seven kinds) are merged field by field: a field changed on one
 * side only is taken from that side; changed on both to different values, it is a conflict. A
 * row deleted on one side and edited on the other (its fields, its link lists, or — for a
 * competence — its measurements) is a conflict too; otherwise the deletion wins. The order of
 * rows (`position`) changed on both sides follows mine: order is not content worth a question.
 *
 * Links and references then follow the entities: a link exists if both ends survive and neither
 * side removed it on purpose (a link that went with a deleted end comes back if that end is kept);
 * references to an entity that did not survive are cleared or, for measurements of a competence,
 * removed with it — as deleting it in the program would have done.
 */
export function mergeStates(
  mine: PlanState,
  theirs: PlanState,
  resolve: (conflictId: string) => Choice | undefined,
): MergeOutcome {
  const theirIds = new Set(theirs.log.map((e) => e.changeId));
  const myIds = new Set(mine.log.map((e) => e.changeId));
  const ownEntries: Record<Side, LogEntry[]> = {
    mine: mine.log.filter((e) => !theirIds.has(e.changeId)),
    theirs: theirs.log.filter((e) => !myIds.has(e.changeId)),
  };
  const ancestors = foldAncestors(mine.log.filter((e) => theirIds.has(e.changeId)));
  fillFromOwn(ancestors, ownEntries.mine);
  fillFromOwn(ancestors, ownEntries.theirs);
  const touches: Record<Side, Map<string, Touch>> = {
    mine: foldTouches(ownEntries.mine),
    theirs: foldTouches(ownEntries.theirs),
  };
  const sides: Record<Side, PlanState> = { mine, theirs };

  const conflicts: MergeConflict[] = [];
  const defaulted: string[] = [];
  let takenFromTheirs = 0;
  const result = new Map<string, Map<string, Row>>();
  const slot = (table: string): Map<string, Row> => {
    let m = result.get(table);
    if (!m) {
      m = new Map<string, Row>();
      result.set(table, m);
    }
    return m;
  };

  const rowOf = (side: Side, table: string, key: string) => sides[side].rows.get(table)?.get(key);
  const touchOf = (side: Side, table: string, key: string) =>
    touches[side].get(`${table}\u0000${key}`);
  const ancestorOf = (table: string, key: string) => ancestors.get(`${table}\u0000${key}`);

  /** Whether the row existed where the copies parted; guessed from the logs where unknown. */
  const existedAtParting = (table: string, key: string): boolean => {
    const a = ancestorOf(table, key);
    if (a) return a.exists;
    const m = rowOf('mine', table, key);
    const t = rowOf('theirs', table, key);
    if (m && t) return true;
    if (m) return touchOf('theirs', table, key)?.deleted ?? false;
    if (t) return touchOf('mine', table, key)?.deleted ?? false;
    return false;
  };

  /** Whether `side` changed `column` of the row since parting. */
  const changedOn = (side: Side, table: string, key: string, column: string): boolean => {
    const row = rowOf(side, table, key);
    if (!row) return false;
    const a = ancestorOf(table, key);
    if (a?.exists && column in a.values) {
      if (same(row[column], a.values[column])) return false;
      return !clearedByDeletion(side, table, column, row[column], a.values[column]);
    }
    const touch = touchOf(side, table, key);
    if (!touch) return false;
    if (!touch.inserted && !touch.fields.has(column)) return false;
    const other = rowOf(side === 'mine' ? 'theirs' : 'mine', table, key);
    return !clearedByDeletion(side, table, column, row[column], other?.[column]);
  };

  /** A reference a side cleared only because it deleted what it pointed at. */
  const clearedByDeletion = (
    side: Side,
    table: string,
    column: string,
    value: SqlValue | undefined,
    before: SqlValue | undefined,
  ): boolean => {
    const target = SET_NULL[table]?.[column];
    if (!target || value !== null || before === null || before === undefined) return false;
    return !rowOf(side, target, idKey(before));
  };

  /** The columns of the row a side changed since parting, besides order and time. */
  const contentChangedOn = (side: Side, table: string, key: string): boolean => {
    const row = rowOf(side, table, key);
    if (!row) return false;
    if (!existedAtParting(table, key)) return true;
    return Object.keys(row).some(
      (c) => c !== UNLOGGED_COLUMN && c !== POSITION && changedOn(side, table, key, c),
    );
  };

  /** An edit of the entity as the committee sees it: its fields, its lists, its measurements. */
  const entityEditedOn = (side: Side, def: EntityTableDef, key: string): boolean => {
    if (contentChangedOn(side, def.table, key)) return true;
    const id = JSON.parse(key) as { id: string };
    for (const link of LINK_DEFS) {
      if (ENTITY_TABLES[link.fromKind].table !== def.table) continue;
      for (const lkey of keysOf(link.table)) {
        const parsed = JSON.parse(lkey) as Record<string, string>;
        if (parsed[link.fromColumn] !== id.id) continue;
        if (existedAtParting(link.table, lkey) !== (rowOf(side, link.table, lkey) !== undefined)) {
          return true;
        }
      }
    }
    for (const [table, refs] of Object.entries(CASCADE)) {
      for (const [column, target] of Object.entries(refs)) {
        if (target !== def.table) continue;
        for (const [rkey, row] of sides[side].rows.get(table) ?? []) {
          if (row[column] === id.id && contentChangedOn(side, table, rkey)) return true;
        }
      }
    }
    return false;
  };

  const keysOf = (table: string): Set<string> =>
    new Set([...(mine.rows.get(table)?.keys() ?? []), ...(theirs.rows.get(table)?.keys() ?? [])]);

  const choose = (id: string): Choice => {
    const c = resolve(id);
    if (c) return c;
    defaulted.push(id);
    return 'mine';
  };

  const titleOf = (def: EntityTableDef, row: Row): string => {
    if (def.table === 'measurement') {
      const competence = rowOf('mine', 'competence', idKey(row['competence_id']));
      const c = competence ?? rowOf('theirs', 'competence', idKey(row['competence_id']));
      return `${String(c?.['title'] ?? '')} ${String(row['date'] ?? '')}`.trim();
    }
    // Neither has a title of its own: a snapshot is known by its date, an evaluation by its year.
    if (def.table === 'status_snapshot') return String(row['date'] ?? '');
    if (def.table === 'evaluation') return String(row['year'] ?? '');
    return String(row['title'] ?? row['name'] ?? '');
  };

  // 1. Entities, field by field.
  for (const def of ENTITY_DEFS) {
    const out = slot(def.table);
    for (const key of [...keysOf(def.table)].sort()) {
      const m = rowOf('mine', def.table, key);
      const t = rowOf('theirs', def.table, key);
      if (m && t) {
        out.set(key, mergeFields(def, key, m, t));
        continue;
      }
      if (!m && !t) continue;
      if (!existedAtParting(def.table, key)) {
        // Added on one side since parting.
        out.set(key, (m ?? t)!);
        if (t) takenFromTheirs++;
        continue;
      }
      const deleter: Side = m ? 'theirs' : 'mine';
      const keeper: Side = m ? 'mine' : 'theirs';
      const kept = (m ?? t)!;
      if (deletedWithParent(deleter, def.table, kept)) {
        // Went with its competence on the deleting side; step 2 decides with the competence.
        out.set(key, kept);
        continue;
      }
      if (!entityEditedOn(keeper, def, key)) {
        if (deleter === 'theirs') takenFromTheirs++;
        continue;
      }
      const id = `${def.table}/${String(kept['id'])}/-`;
      const values = { ...fromColumns(def, kept) };
      conflicts.push({
        id,
        table: def.table,
        rowId: String(kept['id']),
        entityKind: def.kind,
        entityTitle: titleOf(def, kept),
        field: null,
        mine: keeper === 'mine' ? values : null,
        theirs: keeper === 'theirs' ? values : null,
        kind: 'delete-edit',
      });
      if (choose(id) === keeper) out.set(key, kept);
    }
  }

  function deletedWithParent(deleter: Side, table: string, kept: Row): boolean {
    const refs = CASCADE[table];
    if (!refs) return false;
    return Object.entries(refs).some(
      ([column, target]) => !rowOf(deleter, target, idKey(kept[column])),
    );
  }

  function mergeFields(def: EntityTableDef, key: string, m: Row, t: Row): Row {
    const merged: Row = { ...m };
    const rowId = String(m['id']);
    const fieldConflict = (column: string) => {
      const id = `${def.table}/${rowId}/${fieldName(def, column)}`;
      conflicts.push({
        id,
        table: def.table,
        rowId,
        entityKind: def.kind,
        entityTitle: titleOf(def, m),
        field: fieldName(def, column),
        mine: modelValue(def, column, m[column]),
        theirs: modelValue(def, column, t[column]),
        kind: 'field',
      });
      if (choose(id) === 'theirs') merged[column] = t[column] ?? null;
    };
    const decided = new Set<string>();
    const taken = new Set<string>();
    for (const column of Object.keys({ ...m, ...t })) {
      if (column === 'id') continue;
      if (column === UNLOGGED_COLUMN) {
        merged[column] =
          String(m[column] ?? '') >= String(t[column] ?? '') ? m[column]! : t[column]!;
        continue;
      }
      if (same(m[column], t[column])) continue;
      const mc = changedOn('mine', def.table, key, column);
      const tc = changedOn('theirs', def.table, key, column);
      if (tc && !mc) {
        merged[column] = t[column] ?? null;
        taken.add(column);
      } else if (mc && !tc) {
        // mine already
      } else if (column === POSITION) {
        // mine already
      } else {
        // Both changed it — or neither is known to have (a row older than the log): ask.
        fieldConflict(column);
        decided.add(column);
      }
    }
    const pair = DATE_PAIRS[def.table];
    if (pair) {
      const [start, end] = pair;
      if (endsBeforeStart(merged[start], merged[end])) {
        // Each side's dates were in order; the mix is not. The user picks, date by date.
        for (const column of pair) {
          if (decided.has(column) || same(m[column], t[column])) continue;
          merged[column] = m[column] ?? null;
          taken.delete(column);
          fieldConflict(column);
        }
      }
    }
    takenFromTheirs += taken.size;
    return merged;
  }

  // 1b. One evaluation a year (Kompetenceaftalen § 8, and the service's rule): when each copy
  //     has its own evaluation for a year — both started it, or one moved an evaluation to a
  //     year the other started — only one of them can go into the merged plan. Which one is the
  //     committee's judgement, so it is asked; the other is left out as a whole, since two
  //     evaluations' texts cannot be mixed field by field into something either side wrote.
  sameYearEvaluations();

  function sameYearEvaluations(): void {
    const def = ENTITY_TABLES.evaluation;
    const out = slot(def.table);
    const heldAt = (side: Side, key: string, year: SqlValue | undefined) => {
      const row = rowOf(side, def.table, key);
      return row !== undefined && same(row['year'], year);
    };
    const byYear = new Map<string, string[]>();
    for (const [key, row] of [...out].sort(([a], [b]) => a.localeCompare(b))) {
      const year = JSON.stringify(row['year'] ?? null);
      byYear.set(year, [...(byYear.get(year) ?? []), key]);
    }
    for (const keys of byYear.values()) {
      if (keys.length < 2) continue;
      const year = out.get(keys[0]!)!['year'];
      // Each copy keeps one evaluation a year, so here one row is mine's for the year and the
      // other theirs'; the merged year of a row always comes from one of the two sides.
      const myKey = keys.find((k) => heldAt('mine', k, year) && !heldAt('theirs', k, year));
      const theirKey = keys.find((k) => heldAt('theirs', k, year) && !heldAt('mine', k, year));
      if (myKey === undefined || theirKey === undefined) continue;
      const myRow = out.get(myKey)!;
      const theirRow = out.get(theirKey)!;
      const id = `${def.table}/${String(theirRow['id'])}/same-year`;
      conflicts.push({
        id,
        table: def.table,
        rowId: String(theirRow['id']),
        entityKind: def.kind,
        entityTitle: titleOf(def, theirRow),
        field: null,
        mine: { ...fromColumns(def, myRow) },
        theirs: { ...fromColumns(def, theirRow) },
        kind: 'same-year',
      });
      // Their new evaluation, or their move of one to this year, was counted as taken without
      // asking; it is a question now.
      const counted = rowOf('mine', def.table, theirKey)
        ? changedOn('theirs', def.table, theirKey, 'year') &&
          !changedOn('mine', def.table, theirKey, 'year')
        : !existedAtParting(def.table, theirKey);
      if (counted) takenFromTheirs--;
      out.delete(choose(id) === 'mine' ? theirKey : myKey);
    }
  }

  const survives = (table: string, id: SqlValue | undefined) =>
    id !== null && id !== undefined && slot(table).has(idKey(id));

  // 2. What hangs on the entities: measurements of a competence that is gone go with it, and
  //    references to an entity that is gone are cleared.
  for (const def of ENTITY_DEFS) {
    const out = slot(def.table);
    for (const [key, row] of out) {
      for (const [column, target] of Object.entries(CASCADE[def.table] ?? {})) {
        if (!survives(target, row[column])) out.delete(key);
      }
      for (const [column, target] of Object.entries(SET_NULL[def.table] ?? {})) {
        if (row[column] !== null && row[column] !== undefined && !survives(target, row[column])) {
          out.set(key, { ...row, [column]: null });
        }
      }
    }
  }

  // 3. Links, as sets: added on either side is added, removed on purpose on either is removed.
  for (const link of LINK_DEFS) {
    const out = slot(link.table);
    const fromTable = ENTITY_TABLES[link.fromKind].table;
    const toTable = ENTITY_TABLES[link.toKind].table;
    for (const key of [...keysOf(link.table)].sort()) {
      const ends = JSON.parse(key) as Record<string, string>;
      const from = ends[link.fromColumn];
      const to = ends[link.toColumn];
      if (!survives(fromTable, from) || !survives(toTable, to)) continue;
      const m = rowOf('mine', link.table, key);
      const t = rowOf('theirs', link.table, key);
      const endsOn = (side: Side) =>
        rowOf(side, fromTable, idKey(from)) !== undefined &&
        rowOf(side, toTable, idKey(to)) !== undefined;
      let exists: boolean;
      if (existedAtParting(link.table, key)) {
        const removedByMine = !m && endsOn('mine');
        const removedByTheirs = !t && endsOn('theirs');
        exists = !removedByMine && !removedByTheirs;
        if (removedByTheirs && m) takenFromTheirs++;
      } else {
        exists = m !== undefined || t !== undefined;
        if (!m && t) takenFromTheirs++;
      }
      if (!exists) continue;
      const row = m ?? t!;
      const stamp =
        m && t && String(t[UNLOGGED_COLUMN]) > String(m[UNLOGGED_COLUMN])
          ? t[UNLOGGED_COLUMN]!
          : row[UNLOGGED_COLUMN]!;
      out.set(key, { ...row, [UNLOGGED_COLUMN]: stamp });
    }
  }

  return { conflicts, takenFromTheirs, rows: result, defaulted };
}

function foldAncestors(shared: readonly LogEntry[]): Map<string, Ancestor> {
  const out = new Map<string, Ancestor>();
  for (const e of shared) {
    const k = `${e.table}\u0000${e.rowKey}`;
    if (e.kind === 'insert') {
      out.set(k, { exists: true, values: { ...(e.value as Row) } });
    } else if (e.kind === 'delete') {
      out.set(k, { exists: false, values: {} });
    } else if (e.field !== null) {
      const a = out.get(k);
      if (a && a.exists) a.values[e.field] = e.value as SqlValue;
      else out.set(k, { exists: true, values: { [e.field]: e.value as SqlValue } });
    }
  }
  return out;
}

/**
 * What the shared log does not tell about the state at parting, a copy's first own entries do:
 * each keeps the value it replaced. A row created there did not exist at parting; a row deleted
 * there existed as the entry kept it; a field first changed there had its old value.
 */
function fillFromOwn(ancestors: Map<string, Ancestor>, own: readonly LogEntry[]): void {
  const rowDone = new Set<string>();
  const fieldSeen = new Set<string>();
  for (const e of own) {
    const k = `${e.table}\u0000${e.rowKey}`;
    if (rowDone.has(k)) continue;
    let a = ancestors.get(k);
    if (e.kind !== 'update' || (a && !a.exists)) rowDone.add(k);
    if (a && !a.exists) continue;
    if (e.kind === 'insert') {
      if (!a) ancestors.set(k, { exists: false, values: {} });
      continue;
    }
    if (!a) {
      a = { exists: true, values: {} };
      ancestors.set(k, a);
    }
    if (e.kind === 'delete') {
      for (const [column, value] of Object.entries((e.old ?? {}) as Row)) {
        if (!(column in a.values)) a.values[column] = value;
      }
      continue;
    }
    const fk = `${k}\u0000${e.field}`;
    if (e.field === null || fieldSeen.has(fk)) continue;
    fieldSeen.add(fk);
    if (!(e.field in a.values)) a.values[e.field] = e.old as SqlValue;
  }
}

/** The first merged row whose dates are out of order (possible only by mixed choices). */
export function dateOrderViolation(
  rows: Map<string, Map<string, Row>>,
): { table: string; row: Row; field: string } | null {
  for (const [table, [start, end]] of Object.entries(DATE_PAIRS)) {
    for (const row of rows.get(table)?.values() ?? []) {
      if (endsBeforeStart(row[start], row[end])) {
        const def = ENTITY_DEFS.find((d) => d.table === table)!;
        return { table, row, field: fieldName(def, end) };
      }
    }
  }
  return null;
}

function foldTouches(own: readonly LogEntry[]): Map<string, Touch> {
  const out = new Map<string, Touch>();
  for (const e of own) {
    const k = `${e.table}\u0000${e.rowKey}`;
    let t = out.get(k);
    if (!t) out.set(k, (t = { inserted: false, deleted: false, fields: new Set() }));
    if (e.kind === 'insert') t.inserted = true;
    else if (e.kind === 'delete') t.deleted = true;
    else if (e.field !== null) t.fields.add(e.field);
  }
  return out;
}
