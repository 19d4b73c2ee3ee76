import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runCli } from '../../../../src/main/cli/main';
import { localIsoDate, recentPlanStatus } from '../../../../src/main/core/plan-file/plan-status';
import { readPlanReadOnly } from '../../../../src/main/core/plan-file/read-only';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { planMerge } from '../../../../src/main/core/sync/merge';
import { dispatch } from '../../../../src/main/host/dispatch';
import { createHandlers } from '../../../../src/main/host/handlers';
import type { PlanSnapshot } from '../../../../src/shared/api';
import { isOmstilError, type AppError } from '../../../../src/shared/errors';
import type { Result } from '../../../../src/shared/result';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { makeHostileFiles } from '../../../helpers/hostile-files';
import { writeOldPlanFile } from '../../../helpers/old-plan-file';
import { changeAndRestamp, changeWithSql, examplePlanFile } from './tamper';
import { examplePlan } from '../../../helpers/example-plan';

/** What a way in made of a file: the code it refused it with or showed it with, or `ok`. */
type Verdict = string;

const env = fixedEnvironment();

function verdictOf(run: () => unknown): Verdict {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (isOmstilError(e)) return e.appError.code;
    throw e;
  }
}

const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);

/**
 * The plan files a user may be handed instead of a sound plan, each made from the example plan
 * (so every one is a copy of the same plan, and can be merged with a sound one), with the verdict
 * every way in must give it: a refusal's code, or the code of the notice it is only shown with.
 */
function badFiles(dir: string, valid: string): { name: string; path: string; verdict: Verdict }[] {
  const at = (name: string) => join(dir, name);
  const fromValid = (name: string, change: (path: string) => void) => {
    copyFileSync(valid, at(name));
    change(at(name));
    return at(name);
  };
  const doc = readPlanReadOnly(valid).document;
  const activity = doc.activities[0]!;
  const driver = doc.drivers.find((d) => doc.competences.some((c) => c.driverIds.includes(d.id)))!;
  const stamp = '2027-01-01T00:00:00.000Z';
  const garbageStep = (path: string) => (db: Parameters<Parameters<typeof changeWithSql>[1]>[0]) =>
    db
      .prepare(`INSERT INTO history (stack, label, changes, created_at) VALUES ('undo', ?, ?, ?)`)
      .run(path, '{"table":"activity","rows":"alle"}', stamp);
  const garbageEntry = (db: Parameters<Parameters<typeof changeWithSql>[1]>[0]) =>
    db
      .prepare(
        `INSERT INTO change_log (change_id, clock, origin, created_at, table_name, row_key, kind,
           field, value, old_value)
         VALUES (?, 1, 'et andet program', ?, 'activity', '{"nøgle":1}', 'update', 'title',
           '"Ny"', '"Gammel"')`,
      )
      .run(randomUUID(), stamp);

  const older = at('ældre-med-affald.omstil');
  writeOldPlanFile(older, examplePlan(fixedEnvironment()), 2);
  changeWithSql(older, garbageEntry);

  return [
    ...makeHostileFiles(dir, valid).map((h) => ({ ...h, verdict: h.code })),
    { name: 'the sound plan', path: fromValid('sund.omstil', () => undefined), verdict: 'ok' },
    {
      name: 'text changed with SQL',
      path: fromValid('tekst.omstil', (p) =>
        changeWithSql(p, (db) =>
          db.prepare(`UPDATE activity SET budget = budget * 10 WHERE id = ?`).run(activity.id),
        ),
      ),
      verdict: 'changed-outside',
    },
    {
      name: 'a row deleted with SQL, leaving links to it',
      path: fromValid('slettet.omstil', (p) =>
        changeWithSql(p, (db) => {
          db.pragma('foreign_keys = OFF');
          db.prepare(`DELETE FROM driver WHERE id = ?`).run(driver.id);
        }),
      ),
      verdict: 'changed-outside',
    },
    {
      name: 'garbage in the undo history, with SQL',
      path: fromValid('fortryd-sql.omstil', (p) => changeWithSql(p, garbageStep(p))),
      verdict: 'changed-outside',
    },
    {
      name: 'garbage in the undo history, with checksums to match',
      path: fromValid('fortryd.omstil', (p) => changeAndRestamp(p, garbageStep(p))),
      verdict: 'corrupt',
    },
    {
      name: 'garbage in the change log, with checksums to match',
      path: fromValid('log.omstil', (p) => changeAndRestamp(p, garbageEntry)),
      verdict: 'corrupt',
    },
    {
      name: 'garbage in the change log of an older file',
      path: older,
      verdict: 'corrupt',
    },
    {
      name: 'a second plan row, with checksums to match',
      path: fromValid('to-planer.omstil', (p) =>
        changeAndRestamp(p, (db) => {
          db.pragma('ignore_check_constraints = ON');
          db.prepare(
            `INSERT INTO plan (id, singleton, title, updated_at) VALUES (?, 2, 'Plan to', ?)`,
          ).run(randomUUID(), stamp);
        }),
      ),
      verdict: 'corrupt',
    },
    {
      name: 'a link to a row that is not there, with checksums to match',
      path: fromValid('dinglende.omstil', (p) =>
        changeAndRestamp(p, (db) => {
          db.pragma('foreign_keys = OFF');
          db.prepare(`DELETE FROM driver WHERE id = ?`).run(driver.id);
        }),
      ),
      verdict: 'corrupt',
    },
    {
      name: 'two evaluations of one year, with checksums to match',
      path: fromValid('to-evalueringer.omstil', (p) =>
        changeAndRestamp(p, (db) => {
          db.prepare(
            `INSERT INTO evaluation (id, position, year, period_start, period_end, figures,
               mus_follow_up, conclusions, decisions, completed_at, updated_at)
             SELECT ?, position + 1, year, period_start, period_end, figures, mus_follow_up,
               conclusions, decisions, completed_at, updated_at FROM evaluation LIMIT 1`,
          ).run(randomUUID());
        }),
      ),
      verdict: 'invalid-input',
    },
  ];
}

describe('one gate for every way into a plan', () => {
  let dir: string;
  let files: ReturnType<typeof badFiles>;
  let valid: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'omstil-gate-'));
    valid = join(dir, 'Plan.omstil');
    examplePlanFile(valid);
    files = badFiles(dir, valid);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A fresh copy for each way in: opening a file may upgrade or take it. */
  let copies = 0;
  const copyOf = (path: string) => {
    const copy = join(dir, `kopi ${++copies}.omstil`);
    if (existsSync(path)) copyFileSync(path, copy);
    return copy;
  };

  async function cli(...argv: string[]): Promise<{ code: number; stderr: string }> {
    const err: string[] = [];
    const code = await runCli(argv, {
      cwd: dir,
      stdout: () => {},
      stderr: (t) => err.push(t),
      env,
    });
    return { code, stderr: err.join('\n') };
  }

  function host() {
    return createHandlers(
      {
        transport: 'direct',
        appVersion: '0.1.0',
        defaultFolder: dir,
        recentFilesPath: join(dir, 'recent.json'),
      },
      env,
    );
  }

  it('gives each file the same verdict by every way in', async () => {
    for (const file of files) {
      const use = refusalOf(copyOf(file.path))?.code ?? 'ok';
      const verdicts: Record<string, Verdict> = {
        'read for export': use,
        open: openVerdict(copyOf(file.path)),
        merge: verdictOf(() => planMerge(copyOf(file.path), copyOf(valid))),
        'merge as theirs': verdictOf(() => planMerge(copyOf(valid), copyOf(file.path))),
        'start screen': recentPlanStatus(copyOf(file.path), localIsoDate(new Date())) ? 'ok' : use,
      };

      const handlers = host();
      try {
        const shown = await dispatch(handlers, 'openPlan', { path: copyOf(file.path) });
        verdicts['host open'] = shown.ok
          ? ((shown.value as PlanSnapshot).file.notice?.code ?? 'ok')
          : codeOf(shown);
        const target = join(dir, `eksport ${copies}.json`);
        verdicts['host export'] = shown.ok
          ? codeOf(await dispatch(handlers, 'exportPlan', { path: target, format: 'json' }))
          : codeOf(shown);
      } finally {
        handlers.dispose();
      }

      for (const argv of [['check'], ['export', '--format', 'json', '-o', `cli ${copies}.json`]]) {
        const path = copyOf(file.path);
        const refusal = refusalOf(path);
        const result = await cli(argv[0]!, path, ...argv.slice(1));
        verdicts[`omstil ${argv[0]!}`] = result.code === 0 ? 'ok' : (refusal?.code ?? '?');
        // The same refusal, in one line, as the command's exit 2 promises.
        if (refusal) {
          expect(result, `${file.name}: omstil ${argv[0]!}`).toEqual({
            code: 2,
            stderr: refusal.message.da.replace(/\s*\n\s*/g, ' '),
          });
        }
      }

      expect({ file: file.name, verdicts }).toEqual({
        file: file.name,
        verdicts: Object.fromEntries(Object.keys(verdicts).map((way) => [way, file.verdict])),
      });
    }
  });
});

/** What reading for export and check refuses `path` with; null when it reads. */
function refusalOf(path: string): AppError | null {
  try {
    readPlanReadOnly(path);
    return null;
  } catch (e) {
    if (isOmstilError(e)) return e.appError;
    throw e;
  }
}

/** Opening: the code it was refused with, the code of a notice it is only shown with, or `ok`. */
function openVerdict(path: string): Verdict {
  try {
    const session = PlanSession.open(path, env);
    const code = session.notice?.code ?? 'ok';
    session.close();
    return code;
  } catch (e) {
    if (isOmstilError(e)) return e.appError.code;
    throw e;
  }
}
