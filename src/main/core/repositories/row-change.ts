import type { SqlValue } from '../db/sql';

export type Row = Record<string, SqlValue>;

/**
 * One row's before and after, as stored: what the row writer records of every write. An edit
 * is a list of these, which the undo log keeps and the change log turns into field entries.
 * Because dependent rows (links, owners) are changed by the services themselves, never by
 * `ON DELETE`, the list is complete.
 */
export interface RowChange {
  table: string;
  key: Row;
  before: Row | null;
  after: Row | null;
}
