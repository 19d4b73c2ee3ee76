import { openMemory, type Db } from './connection';
import { migrate } from './migrations';

export interface SchemaObject {
  type: string;
  name: string;
  tableName: string;
  sql: string | null;
}

/** The objects a schema holds, less SQLite's own bookkeeping, with whitespace normalised. */
export function readSchema(db: Db): SchemaObject[] {
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema
       WHERE name NOT IN ('sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4')
       ORDER BY type, name`,
    )
    .all() as SchemaObject[];
  return rows.map((r) => ({
    ...r,
    sql: r.sql === null ? null : r.sql.replace(/\s+/g, ' ').trim(),
  }));
}

/**
 * The schema's entries whose fields are not of the kinds SQLite writes (text, and an integer root
 * page): a flipped bit in an entry's record header can make a name a blob, which SQLite still
 * reads, and compares, as the same text.
 */
export function malformedSchemaEntries(db: Db): string[] {
  return db
    .prepare(
      `SELECT CAST(name AS TEXT) FROM sqlite_schema
       WHERE typeof(type) != 'text' OR typeof(name) != 'text' OR typeof(tbl_name) != 'text'
          OR typeof(rootpage) != 'integer' OR typeof(sql) NOT IN ('text', 'null')`,
    )
    .pluck()
    .all() as string[];
}

/** What `name` is in the file's schema (`table`, `view`, …), or null when it is not there. */
export function schemaObjectType(db: Db, name: string): string | null {
  const row = db.prepare(`SELECT type FROM sqlite_schema WHERE name = ?`).get(name) as
    { type: string } | undefined;
  return row?.type ?? null;
}

const expectedByVersion = new Map<number, SchemaObject[]>();

/** What a file of `version` must hold, learned by running our own migrations in memory. */
export function expectedSchema(version: number): SchemaObject[] {
  let schema = expectedByVersion.get(version);
  if (!schema) {
    const db = openMemory();
    try {
      migrate(db, version);
      schema = readSchema(db);
    } finally {
      db.close();
    }
    expectedByVersion.set(version, schema);
  }
  return schema;
}

/**
 * Names of objects that are not exactly ours: extra tables, views, triggers or indexes, and ours
 * with altered definitions. Missing objects count too, as a file without them is not our format.
 */
export function foreignObjects(actual: SchemaObject[], expected: SchemaObject[]): string[] {
  const key = (o: SchemaObject) => `${o.type}:${o.name}`;
  const want = new Map(expected.map((o) => [key(o), o]));
  const have = new Map(actual.map((o) => [key(o), o]));
  const out: string[] = [];
  for (const [k, o] of have) {
    const w = want.get(k);
    if (!w || w.sql !== o.sql || w.tableName !== o.tableName) out.push(`${o.type} ${o.name}`);
  }
  for (const [k, o] of want) if (!have.has(k)) out.push(`${o.type} ${o.name} (mangler/missing)`);
  return out.sort();
}

const columnsByVersion = new Map<number, Map<string, Set<string>>>();

/**
 * The tables a file of `version` holds, each with its columns: what an older file can be asked
 * for, when it is read by name rather than migrated (a clean copy of a file with foreign parts).
 */
export function tablesAt(version: number): Map<string, Set<string>> {
  let tables = columnsByVersion.get(version);
  if (!tables) {
    const db = openMemory();
    try {
      migrate(db, version);
      tables = new Map();
      const names = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as {
        name: string;
      }[];
      for (const { name } of names) {
        const cols = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as {
          name: string;
        }[];
        tables.set(name, new Set(cols.map((c) => c.name)));
      }
    } finally {
      db.close();
    }
    columnsByVersion.set(version, tables);
  }
  return tables;
}
