import { openConnection, type Db } from '../../src/main/core/db/connection';
import { migrate } from '../../src/main/core/db/migrations';
import { ident } from '../../src/main/core/db/sql';
import type { Row } from '../../src/main/core/repositories/row-change';
import { toColumns } from '../../src/main/core/repositories/entity-mapper';
import { ENTITY_TABLES, LINK_TABLES, PLAN_TABLE } from '../../src/main/core/repositories/tables';
import { collectionOf } from '../../src/shared/model/collections';
import type { PlanDocument } from '../../src/shared/model/document';
import { ENTITY_KINDS } from '../../src/shared/model/enums';

function columnsOf(db: Db, table: string): Set<string> | null {
  const cols = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
  return cols.length === 0 ? null : new Set(cols.map((c) => c.name));
}

/** Inserts the columns the older table has; a table it does not have is skipped altogether. */
function insertKnown(db: Db, table: string, row: Row): void {
  const known = columnsOf(db, table);
  if (!known) return;
  const cols = Object.keys(row).filter((c) => known.has(c));
  db.prepare(
    `INSERT INTO ${ident(table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
  ).run(...cols.map((c) => row[c] ?? null));
}

/**
 * A real plan file of an older schema `version`, made by running our own migrations up to it
 * and writing what that version could hold of `doc`: as Omstil of that version wrote it.
 */
export function writeOldPlanFile(path: string, doc: PlanDocument, version: number): void {
  const db = openConnection(path, { readonly: false, create: true });
  try {
    migrate(db, version);
    db.transaction(() => {
      insertKnown(db, PLAN_TABLE.table, {
        id: doc.plan.id,
        ...toColumns(PLAN_TABLE, doc.plan),
        updated_at: doc.plan.updatedAt,
      });
      for (const kind of ENTITY_KINDS) {
        const def = ENTITY_TABLES[kind];
        doc[collectionOf[kind]].forEach((entity, position) => {
          insertKnown(db, def.table, {
            id: entity.id,
            position,
            ...toColumns(def, entity),
            updated_at: entity.updatedAt,
          });
        });
      }
      for (const link of Object.values(LINK_TABLES)) {
        for (const entity of doc[collectionOf[link.fromKind]]) {
          const ids = (entity as unknown as Record<string, string[]>)[link.field] ?? [];
          for (const to of ids) {
            insertKnown(db, link.table, {
              [link.fromColumn]: entity.id,
              [link.toColumn]: to,
              updated_at: entity.updatedAt,
            });
          }
        }
      }
    })();
  } finally {
    db.close();
  }
}
