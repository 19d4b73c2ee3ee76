import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

const statements = new WeakMap<Db, Map<string, Statement<unknown[]>>>();

/**
 * The statement for `text` on `db`, prepared once per connection: an edit runs the same few
 * statements many times, and preparing is most of their cost. Kept per connection, as a
 * statement belongs to the connection that prepared it, and forgotten with it.
 */
export function cachedStatement(db: Db, text: string): Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.prepare<unknown[]>(text);
    cache.set(text, stmt);
  }
  return stmt;
}
