import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { omstilIn } from '../../../helpers/cli-runner';
import { createHandlers } from '../../../../src/main/host/handlers';
import { CURRENT_VERSION } from '../../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../../src/main/core/db/schema';
import { lockPathFor } from '../../../../src/main/core/lock/lock-file';
import { readPlanReadOnly } from '../../../../src/main/core/plan-file/read-only';
import { createEntity } from '../../../../src/main/core/services/entity-service';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { planMerge } from '../../../../src/main/core/sync/merge';
import { readLog } from '../../../../src/main/core/sync/change-log';
import { salvagePlan } from '../../../../src/main/core/sync/salvage';
import { windowDocumentOf, type PlanDocument } from '../../../../src/shared/model/document';
import { catchAppError } from '../../../helpers/errors';
import { writeOldPlanFile } from '../../../helpers/old-plan-file';
import { useTempDir } from '../../../helpers/temp-dir';
import { liveEnv, omstilCheck } from './fixtures';
import { examplePlan } from '../../../helpers/example-plan';

/** A real version-1 plan file, as Omstil before the change log wrote it. */
function writeV1(path: string, doc: PlanDocument): void {
  writeOldPlanFile(path, doc, 1);
}

describe('plans from elsewhere', () => {
  const tempDir = useTempDir();

  describe('an older plan', () => {
    it('is backed up beside itself, byte for byte, then migrated, and keeps everything', () => {
      const path = join(tempDir(), 'Gammel plan.omstil');
      writeV1(path, examplePlan(liveEnv));
      const original = readFileSync(path);
      const doc = readPlanReadOnly(path).document;
      expect(readFileSync(path).equals(original)).toBe(true);

      const session = PlanSession.open(path, liveEnv);
      expect(session.readOnly).toBe(false);
      const backup = join(tempDir(), 'Gammel plan (sikkerhedskopi v1).omstil');
      expect(readFileSync(backup).equals(original)).toBe(true);
      expect(session.document()).toEqual(doc);
      createEntity(session, { entity: 'member', values: { name: 'Ny', role: 'other' } });
      session.close();

      const db = new Database(path, { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_VERSION);
      expect(foreignObjects(readSchema(db), expectedSchema(CURRENT_VERSION))).toEqual([]);
      // Only the edit made after the upgrade is in the change log.
      expect(readLog(db).map((e) => `${e.table}:${e.kind}`)).toEqual(['member:insert']);
      db.close();
      // The backup itself is still a version-1 plan that this version can open (and would back up).
      const b = new Database(backup, { readonly: true });
      expect(b.pragma('user_version', { simple: true })).toBe(1);
      b.close();
    });

    it('numbers a second backup instead of replacing the first', () => {
      const path = join(tempDir(), 'P.omstil');
      writeV1(path, examplePlan(liveEnv));
      copyFileSync(path, join(tempDir(), 'P (sikkerhedskopi v1).omstil'));
      PlanSession.open(path, liveEnv).close();
      expect(readdirSync(tempDir()).sort()).toEqual(
        ['P (sikkerhedskopi v1 2).omstil', 'P (sikkerhedskopi v1).omstil', 'P.omstil'].sort(),
      );
    });

    it('is not migrated under someone who has it open: it opens read-only, unchanged', () => {
      const path = join(tempDir(), 'P.omstil');
      writeV1(path, examplePlan(liveEnv));
      writeFileSync(
        lockPathFor(path),
        JSON.stringify({
          format: 'omstil-lock',
          user: 'mette',
          machine: 'HR-PC-17',
          pid: 1,
          since: new Date().toISOString(),
          program: 'Omstil 0.0.9',
          token: 'x',
        }),
      );
      const bytes = readFileSync(path);
      const session = PlanSession.open(path, liveEnv);
      expect(session.readOnly).toBe(true);
      expect(session.document().members.length).toBeGreaterThan(0);
      session.close();
      expect(readFileSync(path).equals(bytes)).toBe(true);
      expect(readdirSync(tempDir()).filter((n) => n.includes('sikkerhedskopi'))).toEqual([]);
    });
  });

  it('opens a plan from a newer Omstil read-only, naming both versions', () => {
    const path = join(tempDir(), 'Ny.omstil');
    PlanSession.create(path, examplePlan(liveEnv), liveEnv).close();
    const db = new Database(path);
    db.pragma(`user_version = ${CURRENT_VERSION + 1}`);
    db.close();
    const session = PlanSession.open(path, liveEnv);
    expect(session.readOnly).toBe(true);
    expect(session.notice?.code).toBe('newer-version');
    expect(session.notice?.message.da).toContain(`filformat ${CURRENT_VERSION + 1}`);
    expect(session.notice?.message.da).toContain(`til og med ${CURRENT_VERSION}`);
    expect(session.notice?.message.en).toContain(`up to ${CURRENT_VERSION}`);
    session.close();
  });

  describe('a plan whose schema has something we did not write', () => {
    const tamperings: [string, string][] = [
      ['a trigger', 'CREATE TRIGGER wipe AFTER INSERT ON member BEGIN DELETE FROM plan; END'],
      ['a view', 'CREATE VIEW everyone AS SELECT name FROM member'],
      ['an extra table', 'CREATE TABLE notes (body TEXT)'],
      ['an extra column', 'ALTER TABLE member ADD COLUMN salary INTEGER'],
      ['an extra index', 'CREATE INDEX member_name ON member (name)'],
    ];

    it.each(tamperings)(
      'with %s is never opened for editing, and a clean copy of its data is offered',
      async (_what, sqlText) => {
        const path = join(tempDir(), 'Fremmed.omstil');
        const created = PlanSession.create(path, examplePlan(liveEnv), liveEnv);
        const doc = created.document();
        created.close();
        const db = new Database(path);
        db.exec(sqlText);
        db.close();
        const bytes = readFileSync(path);

        expect(catchAppError(() => PlanSession.open(path, liveEnv)).code).toBe('foreign-schema');
        expect(existsSync(lockPathFor(path))).toBe(false);

        const handlers = createHandlers(
          {
            transport: 'direct',
            appVersion: '0.1.0',
            defaultFolder: tempDir(),
            recentFilesPath: join(tempDir(), 'recent.json'),
          },
          liveEnv,
        );
        const target = join(tempDir(), 'Ren kopi.omstil');
        const snapshot = await handlers.salvageCopy({ source: path, target });
        expect(snapshot.file).toMatchObject({ path: target, readOnly: false, notice: null });
        // The window gets each status's summary; the copy itself keeps every figure.
        expect(snapshot.document).toEqual(windowDocumentOf(doc));
        handlers.dispose();
        expect(readPlanReadOnly(target).document).toEqual(doc);

        expect(readFileSync(path).equals(bytes)).toBe(true);
        expect(await omstilCheck(target)).toMatchObject({ code: 0 });
        const clean = new Database(target, { readonly: true });
        expect(foreignObjects(readSchema(clean), expectedSchema(CURRENT_VERSION))).toEqual([]);
        clean.close();
      },
    );

    it('never runs what the foreign part holds while the data is read', () => {
      const path = join(tempDir(), 'Fremmed.omstil');
      PlanSession.create(path, examplePlan(liveEnv), liveEnv).close();
      const db = new Database(path);
      db.exec(`CREATE TABLE log (x TEXT);
        CREATE TRIGGER spy AFTER INSERT ON member BEGIN INSERT INTO log VALUES ('ran'); END;`);
      db.close();
      const target = join(tempDir(), 'Ren.omstil');
      salvagePlan(path, target, new Date().toISOString());
      const check = new Database(path, { readonly: true });
      expect(check.prepare('SELECT count(*) AS n FROM log').get()).toEqual({ n: 0 });
      check.close();
    });

    it('refuses a clean copy when our own tables are missing or replaced', () => {
      const path = join(tempDir(), 'Fremmed.omstil');
      PlanSession.create(path, examplePlan(liveEnv), liveEnv).close();
      const db = new Database(path);
      db.exec(`ALTER TABLE method RENAME TO method_old;
        CREATE VIEW method AS SELECT * FROM method_old;`);
      db.close();
      const target = join(tempDir(), 'Ren.omstil');
      const error = catchAppError(() => salvagePlan(path, target, new Date().toISOString()));
      expect(error.code).toBe('not-a-plan');
      expect(error.message.en).toContain('method');
      expect(existsSync(target)).toBe(false);
    });

    it('can be cleaned from the command line too', async () => {
      const path = join(tempDir(), 'Fremmed.omstil');
      PlanSession.create(path, examplePlan(liveEnv), liveEnv).close();
      const db = new Database(path);
      db.exec('CREATE TABLE notes (body TEXT)');
      db.close();
      const omstil = omstilIn(tempDir);
      const salvaged = await omstil('salvage', 'Fremmed.omstil', '-o', 'Ren.omstil');
      expect(salvaged.code).toBe(0);
      expect(salvaged.stdout).toContain('Ren kopi skrevet');
      expect(await omstilCheck(join(tempDir(), 'Ren.omstil'))).toMatchObject({ code: 0 });
      writeFileSync(join(tempDir(), 'tekst.omstil'), 'ikke en plan');
      expect((await omstil('salvage', 'tekst.omstil', '-o', 'x.omstil')).code).toBe(2);
      expect(existsSync(join(tempDir(), 'x.omstil'))).toBe(false);
    });
  });

  it('refuses files over 200 MB, for merging too', () => {
    const big = join(tempDir(), 'Stor.omstil');
    writeFileSync(big, '');
    truncateSync(big, 201 * 1024 * 1024);
    const small = join(tempDir(), 'Lille.omstil');
    PlanSession.create(small, examplePlan(liveEnv), liveEnv).close();
    expect(catchAppError(() => PlanSession.open(big, liveEnv)).code).toBe('too-large');
    expect(catchAppError(() => planMerge(small, big)).code).toBe('too-large');
    expect(existsSync(lockPathFor(big))).toBe(false);
  });
});
