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
 * Schema version 5: what each step of the 1–5 level scale means in this plan, step 1 first, as
 * the committee words it; an empty text keeps the program's default meaning of that step, so an
 * older plan reads as before.
 *
 * The new column changes the plan row's canonical text, so the row is stamped afresh and the
 * totals moved by the difference — but only when its checksum held before: a plan row changed
 * outside Omstil stays found. Written out here rather than shared with the program's stamping,
 * so that this migration stays what it was when released.
 */
export const migration005: Migration = {
  version: 5,
  up: (db) => {
    const before = planText(db);
    const carried = db.prepare(`SELECT checksum FROM plan`).pluck().get();
    db.exec(`
      ALTER TABLE plan ADD COLUMN level_meanings TEXT NOT NULL DEFAULT '["","","","",""]'
        CHECK (json_valid(level_meanings) AND json_type(level_meanings) = 'array'
          AND json_array_length(level_meanings) = 5);
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
