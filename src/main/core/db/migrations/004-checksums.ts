import { formatChecksum, hashRow } from '../checksum';
import { ident } from '../sql';
import type { Migration } from './migration';

const byId = ['id'];

/**
 * The tables of version 3, each with the columns that identify a row: written out, not derived,
 * because later versions may add tables that this migration must not touch.
 */
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

const TOTALS = ['content_rows', 'content_sum_high', 'content_sum_low'];

/**
 * Schema version 4: a checksum on every row, and on the plan row the totals over all of them
 * (see `repositories/row-stamps.ts`), so that a change made outside Omstil — a flipped bit, an
 * edit with another SQLite tool — is found when the plan is opened. The undo history and the
 * change log carry them too: undo and merge act on what they hold.
 *
 * A row written by another program gets the empty default, which is no checksum at all, so it
 * is found like any other change. The rows an older file holds are stamped here, from their
 * content as it is: an older file passes the same checks as any other before it is migrated.
 * The stamping is written out here rather than shared with the program's, so that this
 * migration stays what it was when released.
 */
export const migration004: Migration = {
  version: 4,
  up: (db) => {
    for (const table of Object.keys(TABLES)) {
      db.exec(`ALTER TABLE ${ident(table)} ADD COLUMN checksum TEXT NOT NULL DEFAULT ''`);
    }
    for (const column of TOTALS) {
      db.exec(`ALTER TABLE plan ADD COLUMN ${ident(column)} INTEGER NOT NULL DEFAULT 0`);
    }
    let rows = 0;
    let high = 0;
    let low = 0;
    for (const [table, keyCols] of Object.entries(TABLES)) {
      // A row's canonical text: its columns in the table's order, less the new ones.
      const columns = (
        db
          .prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`)
          .pluck()
          .all(table) as string[]
      ).filter((c) => c !== 'checksum' && !TOTALS.includes(c));
      const read = db
        .prepare(
          `SELECT ${keyCols.map(ident).join(', ')}, json_array(${columns.map(ident).join(', ')})
           FROM ${ident(table)}`,
        )
        .raw();
      const write = db.prepare(
        `UPDATE ${ident(table)} SET checksum = ? WHERE ${keyCols.map((c) => `${ident(c)} = ?`).join(' AND ')}`,
      );
      for (const values of read.all() as (string | number)[][]) {
        const hash = hashRow(table, values[keyCols.length] as string);
        write.run(formatChecksum(hash), ...values.slice(0, keyCols.length));
        rows += 1;
        high = (high + hash.high) % 2 ** 32;
        low = (low + hash.low) % 2 ** 32;
      }
    }
    db.prepare(`UPDATE plan SET content_rows = ?, content_sum_high = ?, content_sum_low = ?`).run(
      rows,
      high,
      low,
    );
  },
};
