import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { SqlValue } from '../db/sql';
import {
  insertLogEntries,
  maxClock,
  selectLogEntries,
  type StoredLogEntry,
} from '../repositories/change-log-rows';
import type { Row, RowChange } from '../repositories/row-change';
import { keyColumnsOf } from '../repositories/tables';

export type ChangeKind = StoredLogEntry['kind'];

/** One entry of a plan file's change log (see migration 002). */
export interface LogEntry {
  changeId: string;
  clock: number;
  origin: string;
  createdAt: string;
  table: string;
  /** The row's key as canonical JSON, e.g. `{"id":"…"}`, so it can be compared as text. */
  rowKey: string;
  kind: ChangeKind;
  /** The column an update set; null for a created or deleted row. */
  field: string | null;
  /** An update's new value; a created row's whole row; null for a deletion. */
  value: SqlValue | Row | null;
  /** An update's previous value; a deleted row's whole row; null for a creation. */
  old: SqlValue | Row | null;
}

/** Who writes the entries and when: the editing session's id and the edit's time. */
export interface LogStamp {
  origin: string;
  now: string;
}

/**
 * Columns that are not logged: the key (it is the entry's `row_key`) and `updated_at`, which
 * every edit moves and which the merge takes as the later of the two.
 */
export const UNLOGGED_COLUMN = 'updated_at';

export function rowKeyOf(table: string, row: Row): string {
  return JSON.stringify(Object.fromEntries(keyColumnsOf(table).map((c) => [c, row[c] ?? null])));
}

function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

type Draft = Pick<LogEntry, 'table' | 'rowKey' | 'kind' | 'field' | 'value' | 'old'>;

/** A recorded edit as field entries: a created row, each changed column, a deleted row. */
export function entriesFor(changes: readonly RowChange[]): Draft[] {
  const out: Draft[] = [];
  for (const c of changes) {
    const rowKey = rowKeyOf(c.table, c.after ?? c.before ?? c.key);
    if (c.before === null && c.after !== null) {
      out.push({ table: c.table, rowKey, kind: 'insert', field: null, value: c.after, old: null });
    } else if (c.before !== null && c.after === null) {
      out.push({ table: c.table, rowKey, kind: 'delete', field: null, value: null, old: c.before });
    } else if (c.before !== null && c.after !== null) {
      const keyCols = keyColumnsOf(c.table);
      for (const column of Object.keys(c.after)) {
        if (column === UNLOGGED_COLUMN || keyCols.includes(column)) continue;
        const v = c.after[column] ?? null;
        const old = c.before[column] ?? null;
        if (old === v) continue;
        out.push({ table: c.table, rowKey, kind: 'update', field: column, value: v, old });
      }
    }
  }
  return out;
}

/** Writes entries as they are (ids and clocks kept), e.g. the other copy's entries in a merge. */
export function insertEntries(db: Db, entries: readonly LogEntry[]): void {
  insertLogEntries(
    db,
    entries.map((e) => ({
      change_id: e.changeId,
      clock: e.clock,
      origin: e.origin,
      created_at: e.createdAt,
      table_name: e.table,
      row_key: e.rowKey,
      kind: e.kind,
      field: e.field,
      value: e.kind === 'delete' ? null : toJson(e.value),
      old_value: e.kind === 'insert' ? null : toJson(e.old),
    })),
  );
}

/**
 * Appends an edit's entries inside the caller's transaction, each with a fresh random id (never
 * the environment's ids: two copies edited apart must never mint the same change id) and the
 * next clock values.
 */
export function appendChanges(db: Db, changes: readonly RowChange[], stamp: LogStamp): number {
  const drafts = entriesFor(changes);
  if (drafts.length === 0) return 0;
  let clock = maxClock(db);
  insertEntries(
    db,
    drafts.map((d) => ({
      ...d,
      changeId: randomUUID(),
      clock: ++clock,
      origin: stamp.origin,
      createdAt: stamp.now,
    })),
  );
  return drafts.length;
}

/** The whole log in clock order; entries two copies share come out in the same order in both. */
export function readLog(db: Db): LogEntry[] {
  return selectLogEntries(db).map((r) => ({
    changeId: r.change_id,
    clock: r.clock,
    origin: r.origin,
    createdAt: r.created_at,
    table: r.table_name,
    rowKey: r.row_key,
    kind: r.kind,
    field: r.field,
    value: r.value === null ? null : (JSON.parse(r.value) as SqlValue | Row),
    old: r.old_value === null ? null : (JSON.parse(r.old_value) as SqlValue | Row),
  }));
}
