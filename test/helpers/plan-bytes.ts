// The plans the trends benchmark reads, written by the core's own writer into memory and saved
// as they are: the same rows, checksums and schema as a plan the program writes, without the
// program's fsyncs and with the schema made once, which would make five hundred files take
// minutes. Five hundred plans are one plan written once and copied, each copy made a plan of its
// own as an edit of its plan row would make it: seconds, where writing each took minutes.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { openConnection } from '../../src/main/core/db/connection';
import { migrate } from '../../src/main/core/db/migrations';
import { writeDocument } from '../../src/main/core/repositories/document-writer';
import { canonicalOf, stampRow } from '../../src/main/core/repositories/row-stamps';
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

/** A plan file's bytes holding `doc`, as the core writes it. */
function planBytes(doc: PlanDocument): Buffer {
  const db = new Database(emptyBytes());
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('foreign_keys = ON');
    db.transaction(() => writeDocument(db, doc))();
    return db.serialize();
  } finally {
    db.close();
  }
}

export function writePlanBytes(path: string, doc: PlanDocument): void {
  writeFileSync(path, planBytes(doc));
}

/** What makes a copy a plan of its own: a trends report counts one plan id once. */
export interface OwnPlan {
  id: string;
  title: string;
  organisation: string;
}

/**
 * Writes `doc` once and then a copy of it to each path, the copy's plan row given its own id,
 * title and organisation and stamped afresh with the plan's totals moved to match, as the core
 * stamps an edit: each file an honest plan the gate accepts, and a plan of its own to a report.
 */
export function writePlanCopies(
  paths: readonly string[],
  doc: PlanDocument,
  own: (index: number) => OwnPlan,
): void {
  const template = planBytes(doc);
  paths.forEach((path, i) => {
    const db = new Database(template);
    try {
      db.pragma('trusted_schema = OFF');
      const { id, title, organisation } = own(i);
      db.transaction(() => {
        const previous = db.prepare('SELECT checksum FROM plan').pluck().get();
        const canonical = db
          .prepare(
            `UPDATE plan SET id = ?, title = ?, organisation = ? RETURNING ${canonicalOf(db, 'plan')}`,
          )
          .pluck()
          .get(id, title, organisation) as string;
        stampRow(db, 'plan', [id], canonical, previous);
      })();
      writeFileSync(path, db.serialize());
    } finally {
      db.close();
    }
  });
}
