import { formatChecksum, hashRow, parseChecksum } from '../checksum';
import { ident } from '../sql';
import type { Migration } from './migration';

const BOOKKEEPING = ['checksum', 'content_rows', 'content_sum_high', 'content_sum_low'];

/** The plan row's canonical text (see `repositories/row-stamps.ts`) with the columns it has now. */
function planText(db: Parameters<Migration['up']>[0]): string | undefined {
  const columns = (
    db.prepare(`SELECT name FROM pragma_table_info('plan') ORDER BY cid`).pluck().all() as string[]
  ).filter((c) => !BOOKKEEPING.includes(c));
  return db
    .prepare(`SELECT json_array(${columns.map(ident).join(', ')}) FROM plan`)
    .pluck()
    .get() as string | undefined;
}

/**
 * Schema version 9: how many changes the change log keeps is one of the plan's settings, which
 * the committee sees and changes with the plan's other details (undone, merged and exported like
 * them). Until now it could only be set in code, in `change_log_fold.keep_entries`; a limit set
 * there is carried over, brought within the range a plan may set (1,000 to 100,000), and that
 * column stays as the record of the limit the last fold applied.
 *
 * As in migration 6, the new column changes the plan row's canonical text, so the row is stamped
 * afresh and the totals moved by the difference, only when its checksum held before. Written out
 * here, not shared, so that this migration stays what it was when released.
 */
export const migration009: Migration = {
  version: 9,
  up: (db) => {
    const before = planText(db);
    const carried = db.prepare(`SELECT checksum FROM plan`).pluck().get();
    db.exec(`
      ALTER TABLE plan ADD COLUMN change_log_limit INTEGER NOT NULL DEFAULT 5000;
      UPDATE plan SET change_log_limit =
        (SELECT min(max(keep_entries, 1000), 100000) FROM change_log_fold)
      WHERE EXISTS (SELECT 1 FROM change_log_fold);
    `);
    const after = planText(db);
    const old = parseChecksum(carried);
    if (before === undefined || after === undefined || !old) return;
    const held = hashRow('plan', before);
    if (held.high !== old.high || held.low !== old.low) return;
    const hash = hashRow('plan', after);
    db.prepare(
      `UPDATE plan SET checksum = ?,
         content_sum_high = (content_sum_high + ?) & 4294967295,
         content_sum_low = (content_sum_low + ?) & 4294967295`,
    ).run(formatChecksum(hash), hash.high - old.high, hash.low - old.low);
  },
};
