import Database from 'better-sqlite3';

/**
 * Every row of every table, as SQLite itself reads them from the bytes (in memory, so no journal
 * or lock is involved), or null when SQLite cannot read them all. Two files with the same text
 * hold the same content, whatever else differs between them.
 */
export function tableContent(bytes: Buffer): string | null {
  const copy = Buffer.from(bytes);
  // A memory database cannot be in WAL mode; the content is the same either way.
  if (copy.length > 19 && copy[18] === 2 && copy[19] === 2) copy[18] = copy[19] = 1;
  let db: Database.Database | null = null;
  try {
    db = new Database(copy, { readonly: true });
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all() as string[];
    return JSON.stringify(
      tables.map((name) => [
        name,
        db
          ?.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
          .raw()
          .all(),
      ]),
    );
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
