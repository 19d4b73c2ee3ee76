import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { PlanDocument } from '../../../../src/shared/model/document';
import { createEntity } from '../../../../src/main/core/services/entity-service';
import { updatePlan } from '../../../../src/main/core/services/plan-service';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { examplePlan } from '../../../helpers/example-plan';

/**
 * Journals as programs really leave them, made with SQLite itself rather than written by hand:
 * a write transaction big enough that SQLite must sync its journal and write pages into the file
 * before the commit, which is the moment a crash leaves a hot journal. The transaction first
 * creates a scratch table, so that page 1 (the schema's root) is in the journal, as it is in
 * every transaction that reached its commit; nothing of it stays in the plan.
 */
const SPILLING_WRITES = `
  CREATE TABLE scratch (body BLOB);
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
  INSERT INTO scratch SELECT randomblob(1500) FROM n;
  UPDATE plan SET title = 'Halvt skrevet';
`;

/** A plan made by the real core, with a few edits of its own. */
export function makePlan(dir: string, name = 'Plan.omstil'): string {
  const env = fixedEnvironment();
  const path = join(dir, name);
  const session = PlanSession.create(path, examplePlan(env), env);
  updatePlan(session, { purpose: 'Første formål' });
  session.close();
  return path;
}

/** Edits through the real core, each its own transaction; the plan's change counter moves on. */
export function editPlan(path: string, purpose: string, members = 2): void {
  const session = PlanSession.open(path);
  updatePlan(session, { purpose });
  for (let i = 0; i < members; i++) {
    createEntity(session, { entity: 'member', values: { name: `${purpose} ${i}`, role: 'hr' } });
  }
  session.close();
}

export function documentOf(path: string): PlanDocument {
  const session = PlanSession.open(path, fixedEnvironment());
  try {
    return session.document();
  } finally {
    session.close();
  }
}

/**
 * Runs the spilling transaction on `path` and calls `whileOpen` while it is open, with the
 * journal and the half-written file on disk. Then it is rolled back, or committed after undoing
 * its writes (so the commit moves the plan's change counter on and leaves its content as it was).
 */
export function duringOpenTransaction(
  path: string,
  whileOpen: () => void,
  end: 'rollback' | 'commit' = 'rollback',
): void {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('cache_size = 2');
    const title = db.prepare('SELECT title FROM plan').pluck().get();
    db.exec('BEGIN IMMEDIATE');
    db.exec(SPILLING_WRITES);
    whileOpen();
    if (end === 'commit') {
      db.exec('DROP TABLE scratch');
      db.prepare('UPDATE plan SET title = ?').run(title);
      db.exec('COMMIT');
    } else {
      db.exec('ROLLBACK');
    }
  } finally {
    db.close();
  }
}

/** The plan's journal as it lay while a transaction was open: a copy, by its bytes. */
export function journalOfOpenTransaction(
  path: string,
  end: 'rollback' | 'commit' = 'rollback',
): Buffer {
  let journal: Buffer | null = null;
  duringOpenTransaction(
    path,
    () => {
      journal = readFileSync(`${path}-journal`);
    },
    end,
  );
  // A journal whose header was never synced is one SQLite ignores; these are the other kind.
  expect(journal![0]).not.toBe(0);
  return journal!;
}

/**
 * The plan and its journal copied while a transaction was open: exactly what a crash at that
 * moment leaves, under another name. The plan itself is left as it was.
 */
export function crashImage(path: string, target: string): void {
  duringOpenTransaction(path, () => {
    copyFileSync(path, target);
    copyFileSync(`${path}-journal`, `${target}-journal`);
  });
}

/**
 * A child process starts the spilling transaction on the plan and is killed in the middle of it
 * (SIGKILL, as a crash or a power cut would stop it): the file is half-written and the journal
 * beside it is hot.
 */
export function killWriterMidTransaction(path: string): void {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(path)});
    db.pragma('cache_size = 2');
    db.exec('BEGIN IMMEDIATE');
    db.exec(${JSON.stringify(SPILLING_WRITES)});
    process.kill(process.pid, 'SIGKILL');
  `;
  const child = spawnSync(process.execPath, ['-e', script]);
  expect(child.signal).toBe('SIGKILL');
}

/** A journal of a database that is not a plan, made as above, with the given page size. */
export function foreignJournal(dir: string, pageSize: number): Buffer {
  const path = join(dir, `foreign-${pageSize}.db`);
  const db = new Database(path);
  db.pragma(`page_size = ${pageSize}`);
  db.exec(`CREATE TABLE plan (title TEXT); INSERT INTO plan VALUES ('x')`);
  db.close();
  return journalOfOpenTransaction(path);
}

/** The folder's entries, sorted, to compare before and after. */
export function entries(dir: string): string[] {
  return readdirSync(dir).sort();
}

/**
 * Sets an impossible page type on the first table page (other than page 1) the journal holds,
 * walking its segments as SQLite does. The type byte is one the record checksums do not cover,
 * so the journal still passes as the plan's, and rolling it back damages the plan.
 */
export function damageTablePage(journal: Buffer): void {
  const sector = journal.readUInt32BE(20);
  const pageSize = journal.readUInt32BE(24);
  let at = 0;
  for (;;) {
    const header = at === 0 ? 0 : Math.ceil(at / sector) * sector;
    if (header + sector > journal.length || journal.readUInt32BE(header) !== 0xd9d505f9) break;
    const records = journal.readUInt32BE(header + 8);
    at = header + sector;
    for (let i = 0; i < records; i++, at += pageSize + 8) {
      const type = journal[at + 4];
      if (journal.readUInt32BE(at) !== 1 && (type === 0x0d || type === 0x05)) {
        journal[at + 4] = 0x07;
        return;
      }
    }
  }
  expect.fail('the journal holds no table page');
}
