import type { Migration } from './migration';

/**
 * Schema version 8: the change log kept to a size. Without it the log grows by about 315 bytes
 * for every edit, for as long as the plan lives. Its oldest entries are folded away when it holds
 * more than `keep_entries` (the plan's own limit); this one row says what was folded, so that a
 * merge can still tell whether a copy parted before or after:
 *
 * - `folded_clock` and `folded_change_id`: the last entry folded, in the log's order (clock,
 *   then change id); every entry still in the log comes after it.
 * - `folded_entries` and `folded_digest`: how many entries were folded, and the XOR of the
 *   SHA-256 of their change ids (hex). Two copies whose entries up to the same point give the
 *   same count and digest share that history, whichever of them folded it.
 *
 * No row means nothing was folded and the program's default limit applies; the row is written
 * at the first fold or when the limit is set. Like every row it carries a checksum.
 */
export const migration008: Migration = {
  version: 8,
  up: (db) => {
    db.exec(`
      CREATE TABLE change_log_fold (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        keep_entries INTEGER NOT NULL CHECK (keep_entries >= 1),
        folded_entries INTEGER NOT NULL CHECK (folded_entries >= 0),
        folded_clock INTEGER NOT NULL CHECK (folded_clock >= 0),
        folded_change_id TEXT NOT NULL CHECK (length(folded_change_id) <= 64),
        folded_digest TEXT NOT NULL CHECK (length(folded_digest) = 64),
        checksum TEXT NOT NULL DEFAULT ''
      ) STRICT;
    `);
  },
};
