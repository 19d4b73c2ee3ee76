import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { localIsoDate, recentPlanStatus } from '../../../../src/main/core/plan-file/plan-status';
import { verifyContent } from '../../../../src/main/core/plan-file/verify-content';
import { readPlanReadOnly } from '../../../../src/main/core/plan-file/read-only';
import { updatePlan } from '../../../../src/main/core/services/plan-service';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { planMerge } from '../../../../src/main/core/sync/merge';
import { dispatch } from '../../../../src/main/host/dispatch';
import { createHandlers } from '../../../../src/main/host/handlers';
import type { PlanSnapshot } from '../../../../src/shared/api';
import type { PlanDocument } from '../../../../src/shared/model/document';
import { catchAppError } from '../../../helpers/errors';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { useTempDir } from '../../../helpers/temp-dir';
import { changeWithSql, examplePlanFile, replaceBytes } from './tamper';

describe('a plan changed outside Omstil', () => {
  const tempDir = useTempDir();
  const at = (name: string) => join(tempDir(), name);
  const env = fixedEnvironment();

  /** The example plan with two activities and the plan's title changed with plain SQL. */
  function changedPlan(): { path: string; doc: PlanDocument; changed: string[] } {
    const path = at('Plan.omstil');
    const doc = examplePlanFile(path);
    const changed = doc.activities.slice(0, 2).map((a) => a.id);
    changeWithSql(path, (db) => {
      db.prepare(`UPDATE activity SET title = 'Ændret i et andet program' WHERE id IN (?, ?)`).run(
        ...changed,
      );
      db.prepare(`UPDATE plan SET title = 'Planen med en anden titel'`).run();
    });
    return { path, doc, changed };
  }

  async function omstil(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, {
      cwd: tempDir(),
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      env,
    });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  function host() {
    return createHandlers(
      {
        transport: 'direct',
        appVersion: '0.1.0',
        defaultFolder: tempDir(),
        recentFilesPath: at('recent.json'),
      },
      env,
    );
  }

  it('opens read-only, naming what changed by kind, and offers a clean copy or to accept it', () => {
    const { path, changed } = changedPlan();
    const bytes = readFileSync(path);
    const session = PlanSession.open(path, env);
    try {
      expect(session.readOnly).toBe(true);
      const { notice } = session.fileInfo();
      expect(notice?.code).toBe('changed-outside');
      expect(notice?.message.da).toContain(
        '2 indsatser og planens oplysninger er ændret uden for Omstil',
      );
      expect(notice?.message.en).toContain(
        '2 activities and the plan’s details were changed outside Omstil',
      );
      expect(notice?.offers).toEqual(['clean-copy', 'accept']);
      // What is shown is what the file holds, so the user can see what changed.
      const shown = session.document();
      expect(shown.plan.title).toBe('Planen med en anden titel');
      expect(shown.activities.filter((a) => changed.includes(a.id)).map((a) => a.title)).toEqual([
        'Ændret i et andet program',
        'Ændret i et andet program',
      ]);
      expect(catchAppError(() => updatePlan(session, { title: 'x' })).code).toBe('read-only');
      expect(catchAppError(() => session.takeOverLock(true)).code).toBe('changed-outside');
    } finally {
      session.close();
    }
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('finds a flipped digit in a text, which SQLite’s own checks cannot see', () => {
    const path = at('Plan.omstil');
    examplePlanFile(path);
    replaceBytes(path, '2026–2027', '2036–2027');
    const session = PlanSession.open(path, env);
    try {
      expect(session.document().plan.title).toContain('2036–2027');
      expect(session.notice?.code).toBe('changed-outside');
      expect(session.notice?.message.da).toContain(
        'fordi planens oplysninger er ændret uden for Omstil',
      );
    } finally {
      session.close();
    }
  });

  it('tells a row deleted from one another program added', () => {
    const path = at('Plan.omstil');
    const doc = examplePlanFile(path);
    changeWithSql(path, (db) => {
      const activity = doc.activities.find((a) => a.methodIds.length > 0)!;
      db.prepare(`DELETE FROM activity_method WHERE activity_id = ? AND method_id = ?`).run(
        activity.id,
        activity.methodIds[0],
      );
      db.prepare(
        `INSERT INTO member (id, position, name, role, updated_at)
         VALUES ('8f7c3d2e-1b6a-4c5d-9e8f-7a6b5c4d3e2f', 99, 'Ny i udvalget', 'other', '2027-01-01T00:00:00.000Z')`,
      ).run();
    });
    const notice = PlanSession.open(path, env);
    try {
      expect(notice.notice?.message.da).toContain(
        '1 udvalgsmedlem er ændret, og 1 post er slettet uden for Omstil',
      );
      expect(notice.notice?.message.en).toContain(
        '1 committee member was changed, and 1 entry was deleted outside Omstil',
      );
    } finally {
      notice.close();
    }
  });

  it('is reported by `omstil check` with the program’s own message and exit 2', async () => {
    const { path } = changedPlan();
    const session = PlanSession.open(path, env);
    const shown = session.notice;
    session.close();
    expect(shown?.code).toBe('changed-outside');
    const result = await omstil('check', path);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(shown?.message.da);
    expect(result.stderr).toContain('2 indsatser og planens oplysninger er ændret uden for Omstil');
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect((await omstil('check', path, '--lang', 'en')).stderr).toBe(shown?.message.en);
    expect(catchAppError(() => readPlanReadOnly(path)).message).toEqual(shown?.message);
  });

  it('is refused by export, a copy and a merge, and has no status on the start screen', async () => {
    const { path } = changedPlan();
    const result = await omstil('export', path, '--format', 'json', '-o', 'plan.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('er ændret uden for Omstil');
    expect(existsSync(at('plan.json'))).toBe(false);

    const handlers = host();
    try {
      const opened = await dispatch(handlers, 'openPlan', { path });
      expect(opened.ok && (opened.value as PlanSnapshot).file.notice?.code).toBe('changed-outside');
      for (const [call, input] of [
        ['exportPlan', { path: at('plan.pdf'), format: 'pdf' }],
        ['previewPdf', {}],
        ['saveCopy', { path: at('Kopi.omstil') }],
        ['openCopy', { path: at('Kopi.omstil') }],
      ] as const) {
        const refused = await dispatch(handlers, call, input);
        expect(refused.ok ? null : refused.error.code, call).toBe('changed-outside');
      }
      expect(existsSync(at('plan.pdf')) || existsSync(at('Kopi.omstil'))).toBe(false);
    } finally {
      handlers.dispose();
    }

    const other = at('Anden.omstil');
    examplePlanFile(other);
    expect(catchAppError(() => planMerge(other, path)).code).toBe('changed-outside');
    expect(catchAppError(() => planMerge(path, other)).code).toBe('changed-outside');
    expect(recentPlanStatus(path, localIsoDate(new Date()))).toBeNull();
  });

  it('names the row whose checksum was changed to hold a line break, and no other', () => {
    // The rows are read a line each, and a line break in a checksum would make two lines of one
    // row: the table is then read row by row.
    const path = at('Plan.omstil');
    const doc = examplePlanFile(path);
    const changed = doc.activities[1]!.id;
    changeWithSql(path, (db) => {
      db.prepare(
        `UPDATE activity SET checksum = substr(checksum, 1, 8) || char(10) || substr(checksum, 10)
         WHERE id = ?`,
      ).run(changed);
    });
    expect(verifyContentOf(path)).toEqual({
      changed: [{ table: 'activity', keys: [{ id: changed }] }],
      deleted: 0,
      unexplained: false,
    });
  });

  it('leaves the changed rows out of a clean copy, with what hangs on them', async () => {
    const { path, doc, changed } = changedPlan();
    const competence = doc.competences.find((c) =>
      doc.measurements.some((m) => m.competenceId === c.id),
    )!;
    changeWithSql(path, (db) => {
      db.prepare(`UPDATE competence SET target_level = 5 WHERE id = ?`).run(competence.id);
    });

    const result = await omstil('salvage', path, '-o', 'Ren.omstil');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Ikke med i kopien, fordi det var ændret uden for Omstil eller hang på noget, der var: 1 kompetence, 2 indsatser og',
    );
    expect(result.stdout).toContain('Planens oplysninger var også ændret uden for Omstil');

    const copy = readPlanReadOnly(at('Ren.omstil')).document;
    expect(copy.plan.id).toBe(doc.plan.id);
    expect(copy.activities.map((a) => a.id)).toEqual(
      doc.activities.filter((a) => !changed.includes(a.id)).map((a) => a.id),
    );
    expect(copy.competences.map((c) => c.id)).not.toContain(competence.id);
    expect(copy.measurements.some((m) => m.competenceId === competence.id)).toBe(false);
    expect(copy.activities.some((a) => a.competenceIds.includes(competence.id))).toBe(false);
    // The rest is as Omstil wrote it.
    const kept = doc.drivers;
    expect(copy.drivers).toEqual(kept);

    // And through the window's "clean copy": the copy opens for editing.
    const handlers = host();
    try {
      const snapshot = await handlers.salvageCopy({ source: path, target: at('Ren 2.omstil') });
      expect(snapshot.file).toMatchObject({ readOnly: false, notice: null });
      expect(snapshot.document.activities).toHaveLength(doc.activities.length - 2);
    } finally {
      handlers.dispose();
    }
  });

  it('opens for editing once its content is accepted, and only after a confirmation', async () => {
    const { path } = changedPlan();
    const session = PlanSession.open(path, env);
    try {
      expect(catchAppError(() => session.acceptOutsideChanges(false)).code).toBe('changed-outside');
      expect(session.readOnly).toBe(true);
      session.acceptOutsideChanges(true);
      expect(session.readOnly).toBe(false);
      expect(session.notice).toBeNull();
      expect(session.document().plan.title).toBe('Planen med en anden titel');
      updatePlan(session, { purpose: 'Ændret i Omstil bagefter' });
    } finally {
      session.close();
    }
    expect(verifyContentOf(path)).toBeNull();
    const again = PlanSession.open(path, env);
    expect(again.readOnly).toBe(false);
    again.close();
    expect((await omstil('check', path)).code).toBe(0);
  });

  it('is accepted through the contract only with `confirmed: true`', async () => {
    const { path } = changedPlan();
    const handlers = host();
    try {
      await dispatch(handlers, 'openPlan', { path });
      const unconfirmed = await dispatch(handlers, 'acceptOutsideChanges', {});
      expect(unconfirmed.ok ? null : unconfirmed.error.code).toBe('invalid-input');
      const refused = await dispatch(handlers, 'acceptOutsideChanges', { confirmed: false });
      expect(refused.ok ? null : refused.error.code).toBe('invalid-input');
      const accepted = await dispatch(handlers, 'acceptOutsideChanges', { confirmed: true });
      expect(accepted.ok && (accepted.value as PlanSnapshot).file).toMatchObject({
        readOnly: false,
        notice: null,
      });
    } finally {
      handlers.dispose();
    }
  });

  it('is refused, offering only a clean copy, when the change also breaks the model’s rules', async () => {
    const path = at('Plan.omstil');
    const doc = examplePlanFile(path);
    const driver = doc.drivers.find((d) =>
      doc.competences.some((c) => c.driverIds.includes(d.id)),
    )!;
    changeWithSql(path, (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare(`DELETE FROM driver WHERE id = ?`).run(driver.id);
    });
    const refusal = catchAppError(() => PlanSession.open(path, env));
    expect(refusal.code).toBe('changed-outside');
    expect(refusal.message.da).toContain('1 post er slettet uden for Omstil');
    expect(refusal.message.da).toContain('Lav en ren kopi uden de ændrede oplysninger.');
    expect(refusal.message.da).not.toContain('godkend');

    const result = await omstil('salvage', path, '-o', 'Ren.omstil');
    expect(result.code).toBe(0);
    const copy = readPlanReadOnly(at('Ren.omstil')).document;
    expect(copy.drivers.map((d) => d.id)).not.toContain(driver.id);
    expect(copy.competences.some((c) => c.driverIds.includes(driver.id))).toBe(false);
  });
});

function verifyContentOf(path: string) {
  const session = PlanSession.open(path, fixedEnvironment());
  try {
    return session.read((db) => verifyContent(db));
  } finally {
    session.close();
  }
}
