import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { compareAsSqlite, rowValues } from '../../../src/main/core/repositories/document-from-scan';

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

// A table's lines are parsed a run at a time; a run may end at any row.
describe('reading a scanned table’s rows', () => {
  const rows = [['a', 1, null], ['æøå 🚀', 2.5, 'ny\nlinje'], [], ['"citat"', -3, true], ['z']];
  const scanned = () => {
    const lines = rows.map((row, i) => `${String(i).padStart(16, '0')}${JSON.stringify(row)}`);
    const text = Buffer.from(lines.join('\n'), 'utf8');
    let end = -1;
    const ends = Int32Array.from(lines, (line) => (end += Buffer.byteLength(line) + 1));
    ends[ends.length - 1] = text.length;
    return { columns: ['id', 'n', 'x'], text, ends };
  };

  it.each([0, 1, 20, 40, 1 << 20])('gives every row whole in runs of %i bytes', (runBytes) => {
    expect(rowValues(scanned(), runBytes)).toEqual(rows);
  });

  it('gives no rows for an empty table', () => {
    const empty = { columns: ['id'], text: Buffer.alloc(0), ends: new Int32Array(0) };
    expect(rowValues(empty)).toEqual([]);
  });
});
