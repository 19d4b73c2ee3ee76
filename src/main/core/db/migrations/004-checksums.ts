import { columnsInFile, restampAll } from '../../repositories/row-stamps';
import type { Migration } from './migration';

const byId = ['id'];

/** The tables of version 3, each with the columns that identify a row: written out, not derived,
 * because later versions may add tables that this migration must not touch. */
const TABLES: Record<string, readonly string[]> = {
  plan: byId,
  member: byId,
  target_group: byId,
  driver: byId,
  competence: byId,
  method: byId,
  activity: byId,
  measurement: byId,
  year_item: byId,
  status_snapshot: byId,
  evaluation: byId,
  competence_driver: ['competence_id', 'driver_id'],
  competence_target_group: ['competence_id', 'target_group_id'],
  competence_method: ['competence_id', 'method_id'],
  activity_competence: ['activity_id', 'competence_id'],
  activity_method: ['activity_id', 'method_id'],
  activity_target_group: ['activity_id', 'target_group_id'],
  year_item_activity: ['year_item_id', 'activity_id'],
  year_item_measurement: ['year_item_id', 'measurement_id'],
  history: byId,
  change_log: ['seq'],
};

/**
 * Schema version 4: a checksum on every row, and on the plan row the totals over all of them
 * (see `repositories/row-stamps.ts`), so that a change made outside Omstil — a flipped bit, an
 * edit with another SQLite tool — is found when the plan is opened. The undo history and the
 * change log carry them too: undo and merge act on what they hold.
 *
 * A row written by another program gets the empty default, which is no checksum at all, so it
 * is found like any other change. The rows an older file holds are stamped here, from their
 * content as it is: an older file passes the same checks as any other before it is migrated.
 */
export const migration004: Migration = {
  version: 4,
  up: (db) => {
    for (const table of Object.keys(TABLES)) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN checksum TEXT NOT NULL DEFAULT ''`);
    }
    db.exec(`
      ALTER TABLE plan ADD COLUMN content_rows INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE plan ADD COLUMN content_sum_high INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE plan ADD COLUMN content_sum_low INTEGER NOT NULL DEFAULT 0;
    `);
    restampAll(db, TABLES, (table) => columnsInFile(db, table));
  },
};
