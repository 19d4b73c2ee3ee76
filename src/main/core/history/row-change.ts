import type { SqlValue } from '../db/sql';

export type Row = Record<string, SqlValue>;

/**
 * One row's before and after, as stored. An edit is a list of these; undo writes the befores
 * back in reverse order, redo the afters in order. Because dependent rows (links, owners) are
 * changed by the services themselves, never by `ON DELETE`, the list is complete.
 */
export interface RowChange {
  table: string;
  key: Row;
  before: Row | null;
  after: Row | null;
}
