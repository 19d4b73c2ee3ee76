// The floor of reading a plan: every table of the file read whole with better-sqlite3 and
// nothing else (no check, no lock, no model), on a fresh read-only connection.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

export function bareRead(path) {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all();
    let rows = 0;
    for (const table of tables) rows += db.prepare(`SELECT * FROM "${table}"`).all().length;
    return rows;
  } finally {
    db.close();
  }
}
