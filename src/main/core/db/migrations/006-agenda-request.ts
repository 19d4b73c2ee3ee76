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
 * Schema version 6: what the committee is asked to decide when the plan is on its agenda, in the
 * committee's own words, printed on the PDF's page for the agenda. Kept in the plan, so that the
 * page says the same whoever exports it; an older plan gets an empty text.
 *
 * As in migration 5, the new column changes the plan row's canonical text, so the row is stamped
 * afresh and the totals moved by the difference, only when its checksum held before. Written out
 * here, not shared, so that this migration stays what it was when released.
 */
export const migration006: Migration = {
  version: 6,
  up: (db) => {
    const before = planText(db);
    const carried = db.prepare(`SELECT checksum FROM plan`).pluck().get();
    db.exec(`ALTER TABLE plan ADD COLUMN agenda_request TEXT NOT NULL DEFAULT '';`);
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
