// The plans the trends benchmark reads, written by the core's own writer into memory and saved
// as they are: the same rows, checksums and schema as a plan the program writes, without the
// program's fsyncs and with the schema made once, which would make five hundred files take
// minutes.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { openConnection } from '../../src/main/core/db/connection';
import { migrate } from '../../src/main/core/db/migrations';
import { writeDocument } from '../../src/main/core/repositories/document-writer';
import type { PlanDocument } from '../../src/shared/model/document';

let emptyPlan: Buffer | null = null;

/** An empty plan file's bytes at this version's schema, made once. */
function emptyBytes(): Buffer {
  if (!emptyPlan) {
    const db = openConnection(':memory:', { readonly: false, create: true });
    migrate(db);
    emptyPlan = db.serialize();
    db.close();
  }
  return emptyPlan;
}

export function writePlanBytes(path: string, doc: PlanDocument): void {
  const db = new Database(emptyBytes());
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('foreign_keys = ON');
    db.transaction(() => writeDocument(db, doc))();
    writeFileSync(path, db.serialize());
  } finally {
    db.close();
  }
}
