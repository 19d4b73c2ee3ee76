import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { compareAsSqlite } from '../../../src/main/core/repositories/document-from-scan';

// An opened plan's rows are put in the committee's order in JavaScript, by position and then id,
// and must come out as SQLite's `ORDER BY position, id` gives them, whatever an id holds.
describe('ordering ids as SQLite does', () => {
  it('puts a character above U+FFFF after U+E000–U+FFFF, as UTF-8 does and UTF-16 does not', () => {
    const ids = ['b', 'a', '', 'ab', '\uffff', '\u{1f600}', '\ue000', 'é', 'a\u{10000}', 'a\uffff'];
    const db = new Database(':memory:');
    const bySqlite = db
      .prepare(`SELECT value FROM json_each(?) ORDER BY value`)
      .pluck()
      .all(JSON.stringify(ids));
    db.close();
    expect([...ids].sort(compareAsSqlite)).toEqual(bySqlite);
    expect([...ids].sort()).not.toEqual(bySqlite);
  });
});
