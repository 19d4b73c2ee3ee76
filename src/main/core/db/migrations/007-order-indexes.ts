import type { Migration } from './migration';

/** The tables whose rows the committee orders (`position`), as they are named at version 7. */
const ORDERED_TABLES = [
  'member',
  'target_group',
  'driver',
  'competence',
  'method',
  'activity',
  'measurement',
  'year_item',
  'status_snapshot',
  'evaluation',
] as const;

/**
 * Schema version 7: an index on each ordered table's `(position, id)`. Lists are read in that
 * order, a new row goes after the last position and an edit's answer names the row before a
 * moved one; without the index each of these read the whole table (a temporary B-tree for every
 * sorted read), which at 20,000 activities made one edit cost tens of milliseconds. Indexes hold
 * no content, so the rows' checksums are untouched.
 */
export const migration007: Migration = {
  version: 7,
  up: (db) => {
    for (const table of ORDERED_TABLES) {
      db.exec(`CREATE INDEX ${table}_order ON ${table} (position, id)`);
    }
  },
};
