import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statement-cache';
import { canonicalOf, stampRow } from './row-stamps';

// The change log's entries (the `change_log` table), as stored; `sync/change-log.ts` gives them
// their meaning. Each entry carries a checksum like every other row (`row-stamps.ts`).

/** One row of the `change_log` table as stored: values as JSON text (see migration 002). */
export interface StoredLogEntry {
  change_id: string;
  clock: number;
  origin: string;
  created_at: string;
  table_name: string;
  row_key: string;
  kind: 'insert' | 'update' | 'delete';
  field: string | null;
  value: string | null;
  old_value: string | null;
}

/**
 * The highest clock the log has held: its entries', or the last one folded out of it (see
 * migration 008), so that a new entry always comes after everything folded.
 */
export function maxClock(db: Db): number {
  const row = cachedStatement(
    db,
    `SELECT max(coalesce((SELECT max(clock) FROM change_log), 0),
                coalesce((SELECT folded_clock FROM change_log_fold), 0)) AS clock`,
  ).get() as {
    clock: number;
  };
  return row.clock;
}

export function insertLogEntries(db: Db, entries: readonly StoredLogEntry[]): void {
  const stmt = cachedStatement(
    db,
    `INSERT INTO change_log
      (change_id, clock, origin, created_at, table_name, row_key, kind, field, value, old_value)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      RETURNING seq, ${canonicalOf(db, 'change_log')}`,
  ).raw();
  for (const e of entries) {
    const stored = stmt.get(
      e.change_id,
      e.clock,
      e.origin,
      e.created_at,
      e.table_name,
      e.row_key,
      e.kind,
      e.field,
      e.value,
      e.old_value,
    ) as unknown[];
    stampRow(db, 'change_log', [stored[0] as number], stored[1] as string);
  }
}

/** The whole log in clock order; entries two copies share come out in the same order in both. */
export function selectLogEntries(db: Db): StoredLogEntry[] {
  return cachedStatement(
    db,
    `SELECT change_id, clock, origin, created_at, table_name, row_key, kind, field, value, old_value
     FROM change_log ORDER BY clock, change_id`,
  ).all() as StoredLogEntry[];
}

/** Every entry with its place in the file (`seq`), as stored: for checking them when opening. */
export function selectLogRows(db: Db): (StoredLogEntry & { seq: number })[] {
  return cachedStatement(
    db,
    `SELECT seq, change_id, clock, origin, created_at, table_name, row_key, kind, field, value,
       old_value
     FROM change_log ORDER BY seq`,
  ).all() as (StoredLogEntry & { seq: number })[];
}

export function logSize(db: Db): number {
  return (cachedStatement(db, `SELECT count(*) AS n FROM change_log`).get() as { n: number }).n;
}
