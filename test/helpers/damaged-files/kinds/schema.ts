import type { Original } from '../originals';
import type { Random } from '../random';
import { damaged, type DamageKind } from './damaged-file';
import { TABLES, withTool } from './sqlite-tool';

// What another SQLite tool can add to the schema or change in the settings: a trigger, a view, a
// table, a column, an index, the version number, the application id.

const schemaKind = (
  name: string,
  statement: (table: string, random: Random, original: Original) => string,
): DamageKind => ({
  name,
  make: (original, _others, random, scratch) => {
    const sql = statement(random.pick(TABLES), random, original);
    return {
      ...damaged(
        withTool(original.state.bytes, scratch, (db) => {
          db.exec(sql);
        }),
        sql,
      ),
      content: 'same',
    };
  },
});

export const SCHEMA: DamageKind[] = [
  schemaKind('schema-trigger', (table, random) => {
    const when = random.pick(['INSERT', 'UPDATE', 'DELETE']);
    const body = random.pick([`SELECT 1`, `DELETE FROM ${table}`, `SELECT RAISE(IGNORE)`]);
    return `CREATE TRIGGER extra_${table} AFTER ${when} ON ${table} BEGIN ${body}; END`;
  }),
  schemaKind('schema-view', (table) => `CREATE VIEW extra_${table} AS SELECT * FROM ${table}`),
  schemaKind('schema-table', (table, random) =>
    random.below(2)
      ? `CREATE TABLE extra_${table} (body TEXT)`
      : `CREATE TABLE extra_${table} AS SELECT * FROM ${table}`,
  ),
  schemaKind('schema-column', (table, random) =>
    random.below(2)
      ? `ALTER TABLE ${table} ADD COLUMN extra TEXT`
      : `ALTER TABLE ${table} ADD COLUMN extra INTEGER NOT NULL DEFAULT 7`,
  ),
  schemaKind('schema-index', (table) => `CREATE INDEX extra_${table} ON ${table} (updated_at)`),
  schemaKind('user-version', (_table, random, original) => {
    const own = original.state.bytes.readInt32BE(60);
    const others = [0, 1, 2, 3, 4, 5, 99, -1, 2 ** 31 - 1].filter((v) => v !== own);
    return `PRAGMA user_version = ${random.pick(others)}`;
  }),
  schemaKind(
    'application-id',
    (_table, random) =>
      `PRAGMA application_id = ${random.pick([0, 1, 0x4f4d5355, random.below(2 ** 31)])}`,
  ),
];
