import { formatChecksum, hashRow, parseChecksum } from '../checksum';
import type { Db } from '../connection';
import { ident } from '../sql';
import type { Migration } from './migration';

const BOOKKEEPING = ['checksum', 'content_rows', 'content_sum_high', 'content_sum_low'];

function contentColumns(db: Db, table: string): string[] {
  return (
    db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[]
  ).filter((c) => !BOOKKEEPING.includes(c));
}

/** Each row's id, checksum and canonical text (see `repositories/row-stamps.ts`) as it is now. */
function texts(db: Db, table: string): { id: string; checksum: unknown; text: string }[] {
  const columns = contentColumns(db, table).map(ident).join(', ');
  return db
    .prepare(`SELECT id, checksum, json_array(${columns}) AS text FROM ${ident(table)}`)
    .all() as { id: string; checksum: unknown; text: string }[];
}

/**
 * Schema version 11: survey results taken in as group-level figures (issue 17). A measurement
 * may keep how many answers its group gave on each step of the scale (`distribution`, five
 * counts, step 1 first), and the plan keeps the fewest respondents a group must have for its
 * figures to be stored (`anonymity_threshold`, 5 until the committee sets another). Neither holds
 * a respondent's answer: the file keeps the group's figures and nothing a person could be found by.
 *
 * The new columns change the canonical text of the plan row and of every measurement, so each is
 * stamped afresh and the plan's totals moved by the difference, but only where the checksum held
 * before: a row changed outside Omstil stays found. Written out here rather than shared with the
 * program's stamping, so that this migration stays what it was when released.
 */
export const migration011: Migration = {
  version: 11,
  up: (db) => {
    const tables = ['plan', 'measurement'] as const;
    const before = tables.map((table) => texts(db, table));
    db.exec(`
      ALTER TABLE plan ADD COLUMN anonymity_threshold INTEGER NOT NULL DEFAULT 5
        CHECK (anonymity_threshold BETWEEN 3 AND 100);
      ALTER TABLE measurement ADD COLUMN distribution TEXT
        CHECK (distribution IS NULL OR (json_valid(distribution)
          AND json_type(distribution) = 'array' AND json_array_length(distribution) = 5));
    `);
    let high = 0;
    let low = 0;
    tables.forEach((table, i) => {
      const after = new Map(texts(db, table).map((r) => [r.id, r.text]));
      const stamp = db.prepare(`UPDATE ${ident(table)} SET checksum = ? WHERE id = ?`);
      for (const row of before[i]!) {
        const old = parseChecksum(row.checksum);
        const text = after.get(row.id);
        if (!old || text === undefined) continue;
        const held = hashRow(table, row.text);
        if (held.high !== old.high || held.low !== old.low) continue;
        const hash = hashRow(table, text);
        stamp.run(formatChecksum(hash), row.id);
        high += hash.high - old.high;
        low += hash.low - old.low;
      }
    });
    db.prepare(
      `UPDATE plan SET
         content_sum_high = (content_sum_high + ?) & 4294967295,
         content_sum_low = (content_sum_low + ?) & 4294967295`,
    ).run(high, low);
  },
};
