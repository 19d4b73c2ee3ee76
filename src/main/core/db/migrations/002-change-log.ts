import type { Migration } from './migration';

/**
 * Schema version 2: the change log that lets two copies of one plan be merged. Every edit, undo
 * and redo appends one entry per changed field (or per created or deleted row). Copies made by
 * the OS share the log up to the moment they parted, so "changed since parting" is simply the
 * entries one copy has and the other has not, matched by `change_id`.
 *
 * An entry also keeps what it replaced (`old_value`: the field's previous value, or the deleted
 * row). The first entry a copy made for a field since parting thus tells the value at parting,
 * even for rows older than the log (a migrated or imported plan), which is what lets a change
 * that was made and undone count as no change.
 *
 * `clock` is a Lamport clock: each entry is numbered above every entry the file already holds,
 * so the entries two copies share sort the same way in both, whatever their machines' clocks
 * say. `origin` is the editing session that wrote the entry (a fresh id each time a copy is
 * opened for editing), so it tells copies apart even when the OS duplicated the file.
 */
export const migration002: Migration = {
  version: 2,
  up: (db) => {
    db.exec(`
      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY,
        change_id TEXT NOT NULL UNIQUE CHECK (length(change_id) BETWEEN 1 AND 64),
        clock INTEGER NOT NULL CHECK (clock > 0),
        origin TEXT NOT NULL,
        created_at TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL CHECK (json_valid(row_key)),
        kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),
        field TEXT,
        value TEXT CHECK (value IS NULL OR json_valid(value)),
        old_value TEXT CHECK (old_value IS NULL OR json_valid(old_value)),
        CHECK ((kind = 'update') = (field IS NOT NULL)),
        CHECK ((kind = 'delete') = (value IS NULL)),
        CHECK ((kind = 'insert') = (old_value IS NULL))
      ) STRICT;
      CREATE INDEX change_log_clock ON change_log (clock);
    `);
  },
};
