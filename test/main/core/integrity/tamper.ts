import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import {
  restampAll,
  CHECKSUMMED_TABLES,
  columnsInFile,
} from '../../../../src/main/core/repositories/row-stamps';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import type { PlanDocument } from '../../../../src/shared/model/document';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { examplePlan } from '../../../helpers/example-plan';

/** The example plan as a plan file Omstil wrote, with the document it holds. */
export function examplePlanFile(path: string): PlanDocument {
  const env = fixedEnvironment();
  const session = PlanSession.create(path, examplePlan(env), env);
  const doc = session.document();
  session.close();
  return doc;
}

/**
 * Changes a plan file as another SQLite program would (DB Browser, the `sqlite3` shell): plain
 * SQL on the file, with none of Omstil's code, so the rows' checksums are left as they were.
 */
export function changeWithSql(path: string, change: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    change(db);
  } finally {
    db.close();
  }
}

/**
 * The same, by a tool that also writes checksums as Omstil does: what a plan looks like after its
 * user accepted a change, or a damage that happened to leave the checksums right.
 */
export function changeAndRestamp(path: string, change: (db: Database.Database) => void): void {
  changeWithSql(path, (db) => {
    change(db);
    db.transaction(() => restampAll(db, CHECKSUMMED_TABLES, (table) => columnsInFile(db, table)))();
  });
}

/**
 * Replaces the bytes of `from` in the file by those of `to`, as a flipped bit in a disk sector
 * would: the text changes, nothing SQLite checks does. `from` must occur exactly once.
 */
export function replaceBytes(path: string, from: string, to: string): void {
  const bytes = readFileSync(path);
  const needle = Buffer.from(from, 'utf8');
  const replacement = Buffer.from(to, 'utf8');
  expect(replacement.length).toBe(needle.length);
  const at = bytes.indexOf(needle);
  expect(at, `${from} in the file`).toBeGreaterThanOrEqual(0);
  expect(bytes.indexOf(needle, at + 1), `${from} once in the file`).toBe(-1);
  replacement.copy(bytes, at);
  writeFileSync(path, bytes);
}
