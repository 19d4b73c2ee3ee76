import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src/main/core/db/connection';
import { APPLICATION_ID } from '../../../src/main/core/db/constants';
import { CURRENT_VERSION } from '../../../src/main/core/db/migrations';
import { inspectPlanFile } from '../../../src/main/core/plan-file/inspect';
import { readPlanReadOnly } from '../../../src/main/core/plan-file/read-only';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { catchAppError } from '../../helpers/errors';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { makeHostileFiles } from '../../helpers/hostile-files';
import { useTempDir } from '../../helpers/temp-dir';
import { examplePlan } from '../../helpers/example-plan';

describe('the plan file', () => {
  const tempDir = useTempDir();

  function newPlan(name = 'plan.omstil') {
    const env = fixedEnvironment();
    const path = join(tempDir(), name);
    const session = PlanSession.create(
      path,
      emptyPlanDocument('Kompetenceplan 2027', 'da', env),
      env,
    );
    return { path, session, env };
  }

  it('is an SQLite file with our application id, the current version and a rollback journal', () => {
    const { path, session } = newPlan();
    session.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('gets FULL sync, foreign keys and an untrusted schema on every connection', () => {
    const { path, session } = newPlan();
    session.close();
    const db = openConnection(path, { readonly: false });
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    db.close();
  });

  it('keeps every table STRICT, so a wrong type is refused by the file itself', () => {
    const { path, session } = newPlan();
    session.close();
    const db = new Database(path, { readonly: true });
    const tables = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table'`).all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.length).toBeGreaterThanOrEqual(15);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT/);
    db.close();
  });

  it('never replaces an existing file when a new plan is created there', () => {
    const { path, session, env } = newPlan();
    session.close();
    const before = readFileSync(path);
    const error = catchAppError(() =>
      PlanSession.create(path, emptyPlanDocument('Anden plan', 'da', env), env),
    );
    expect(error.code).toBe('already-exists');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(tempDir())).toEqual(['plan.omstil']);
  });

  it('opens again with everything in it', () => {
    const env = fixedEnvironment();
    const path = join(tempDir(), 'eksempel.omstil');
    const created = PlanSession.create(path, examplePlan(env), env);
    const written = created.document();
    created.close();
    const reopened = PlanSession.open(path, env);
    expect(reopened.document()).toEqual(written);
    expect(reopened.readOnly).toBe(false);
    reopened.close();
  });

  describe('refuses what is not a plan of ours, and leaves it untouched', () => {
    it.each(['empty', 'random', 'truncated', 'foreign', 'trigger', 'extra-table'])(
      '%s',
      (which) => {
        const { path, session } = newPlan('valid.omstil');
        session.close();
        const hostile = makeHostileFiles(tempDir(), path).find((h) =>
          h.path.endsWith(`${which}.omstil`),
        )!;
        const bytes = readFileSync(hostile.path);
        const error = catchAppError(() => PlanSession.open(hostile.path));
        expect(error.code).toBe(hostile.code);
        expect(error.message.da.length).toBeGreaterThan(10);
        expect(error.message.en.length).toBeGreaterThan(10);
        expect(error.message.da).not.toBe(error.message.en);
        expect(readFileSync(hostile.path).equals(bytes)).toBe(true);
        expect(existsSync(`${hostile.path}-journal`)).toBe(false);
      },
    );
  });

  it('names the foreign objects it found', () => {
    const { path, session } = newPlan('valid.omstil');
    session.close();
    const trigger = makeHostileFiles(tempDir(), path).find((h) => h.code === 'foreign-schema')!;
    const error = catchAppError(() => inspectPlanFile(trigger.path));
    expect(error.message.da).toContain('trigger wipe');
  });

  it('opens a plan from a newer version read-only, naming both versions', () => {
    const { path, session } = newPlan('valid.omstil');
    session.close();
    const newer = makeHostileFiles(tempDir(), path).find((h) => h.code === 'newer-version')!;
    const bytes = readFileSync(newer.path);
    const opened = PlanSession.open(newer.path);
    expect(opened.readOnly).toBe(true);
    expect(opened.notice?.code).toBe('newer-version');
    expect(opened.notice?.message.da).toContain('filformat 99');
    expect(opened.notice?.message.da).toContain(`${CURRENT_VERSION}`);
    expect(opened.document().plan.title).toBe('Kompetenceplan 2027');
    const error = catchAppError(() => opened.edit('x', () => undefined));
    expect(error.code).toBe('read-only');
    opened.close();
    expect(readFileSync(newer.path).equals(bytes)).toBe(true);
  });

  it('refuses a file over 200 MB before reading it', () => {
    const big = join(tempDir(), 'big.omstil');
    writeFileSync(big, '');
    // A sparse file: the size is what is checked, not the contents.
    truncateSync(big, 201 * 1024 * 1024);
    expect(catchAppError(() => inspectPlanFile(big)).code).toBe('too-large');
  });

  it('reads for export without changing the file', () => {
    const { path, session } = newPlan();
    session.close();
    const bytes = readFileSync(path);
    const { document, inspection } = readPlanReadOnly(path);
    expect(inspection.status).toBe('current');
    expect(document.plan.title).toBe('Kompetenceplan 2027');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('rolls back what a killed writer left half-written when the plan is opened', () => {
    const { path, session } = newPlan();
    session.close();
    // A child process starts an edit large enough that SQLite must write pages into the file
    // before commit, then is killed: the file is half-written and the journal is hot.
    const script = `
      const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
      const db = new Database(${JSON.stringify(path)});
      db.pragma('cache_size = 2');
      db.exec('BEGIN IMMEDIATE');
      db.prepare("UPDATE plan SET title = 'Halvt skrevet'").run();
      const insert = db.prepare("INSERT INTO member (id, position, name, role, updated_at) VALUES (?, ?, ?, 'other', '2026-01-01T00:00:00Z')");
      for (let i = 0; i < 3000; i++) insert.run('m' + i, i, 'Medlem med et langt navn nummer ' + i);
      process.kill(process.pid, 'SIGKILL');
    `;
    const child = spawnSync(process.execPath, ['-e', script]);
    expect(child.signal).toBe('SIGKILL');
    expect(existsSync(`${path}-journal`)).toBe(true);
    const reopened = PlanSession.open(path);
    const doc = reopened.document();
    expect(doc.plan.title).toBe('Kompetenceplan 2027');
    expect(doc.members).toHaveLength(0);
    reopened.close();
    expect(existsSync(`${path}-journal`)).toBe(false);
  });
});
