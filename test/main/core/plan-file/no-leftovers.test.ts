import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPlanFile } from '../../../../src/main/core/plan-file/inspect';
import { readPlanReadOnly } from '../../../../src/main/core/plan-file/read-only';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import type { PlanDocument } from '../../../../src/shared/model/document';
import { isOmstilError } from '../../../../src/shared/errors';
import { catchAppError } from '../../../helpers/errors';
import { useTempDir } from '../../../helpers/temp-dir';
import { documentOf, entries, makePlan } from './journal-makers';
import { omstil } from './run-cli';

/** A plan another SQLite tool switched to WAL mode and closed cleanly: no `-wal` is left. */
function walModePlan(dir: string): { plan: string; document: PlanDocument } {
  const plan = makePlan(dir);
  const document = documentOf(plan);
  const db = new Database(plan);
  expect(db.pragma('journal_mode = WAL', { simple: true })).toBe('wal');
  db.close();
  expect(readFileSync(plan).subarray(18, 20)).toEqual(Buffer.from([2, 2]));
  return { plan, document };
}

/**
 * Every way a plan is read without being opened for editing, by what each answered: an error
 * code, or "read". The caller compares the folder first, so that a leftover is what a failure
 * names.
 */
async function readEveryWay(dir: string, plan: string): Promise<string[]> {
  const codeOf = (read: () => unknown) => {
    try {
      read();
      return 'read';
    } catch (e) {
      return isOmstilError(e) ? e.appError.code : String(e);
    }
  };
  const answers = [
    codeOf(() => inspectPlanFile(plan)),
    codeOf(() => inspectPlanFile(plan)),
    codeOf(() => readPlanReadOnly(plan)),
  ];
  const check = await omstil(dir, 'check', 'Plan.omstil');
  const exported = await omstil(dir, 'export', 'Plan.omstil', '--format', 'json', '-o', 'p.json');
  return [...answers, `check ${check.code}`, `export ${exported.code}`];
}

describe('reading a plan leaves nothing beside it', () => {
  const tempDir = useTempDir();

  it('when the plan is an ordinary one, whichever way it is read', async () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const bytes = readFileSync(plan);
    const before = entries(dir);

    inspectPlanFile(plan);
    readPlanReadOnly(plan);
    PlanSession.open(plan).close();
    expect((await omstil(dir, 'check', 'Plan.omstil')).code).toBe(0);
    expect(
      (await omstil(dir, 'export', 'Plan.omstil', '--format', 'csv', '-o', 'p.csv')).code,
    ).toBe(0);

    expect(entries(dir)).toEqual([...before, 'p.csv'].sort());
    expect(readFileSync(plan).equals(bytes)).toBe(true);
  });

  it('when another program switched the plan to WAL mode: refused, offering the clean copy', async () => {
    const dir = tempDir();
    const { plan, document } = walModePlan(dir);
    const bytes = readFileSync(plan);
    const before = entries(dir);

    const answers = await readEveryWay(dir, plan);
    expect(entries(dir)).toEqual(before);
    expect(answers).toEqual([...Array<string>(3).fill('foreign-schema'), 'check 2', 'export 2']);
    // Opening it for editing is refused too, rather than converting it behind the user's back.
    expect(catchAppError(() => PlanSession.open(plan)).code).toBe('foreign-schema');
    const error = catchAppError(() => inspectPlanFile(plan));
    expect(error.message.da).toContain('WAL-tilstand');
    expect(error.message.da).toContain('ren kopi');
    expect(entries(dir)).toEqual(before);
    expect(readFileSync(plan).equals(bytes)).toBe(true);

    // The clean copy the refusal offers reads the file without leaving anything either.
    const salvaged = await omstil(dir, 'salvage', 'Plan.omstil', '-o', 'Ren.omstil');
    expect(salvaged.stderr).toEqual([]);
    expect(salvaged.code).toBe(0);
    expect(entries(dir)).toEqual([...before, 'Ren.omstil'].sort());
    expect(readFileSync(plan).equals(bytes)).toBe(true);
    const clean = documentOf(join(dir, 'Ren.omstil'));
    expect(clean.plan.title).toBe(document.plan.title);
    expect(clean.activities.map((a) => a.title)).toEqual(document.activities.map((a) => a.title));
  });

  it('when a WAL-mode plan is still being written by another program: refused, untouched', async () => {
    const dir = tempDir();
    const { plan } = walModePlan(dir);
    const other = new Database(plan);
    try {
      other.pragma('wal_autocheckpoint = 0');
      other.prepare("UPDATE plan SET title = 'Kun i WAL-filen'").run();
      const before = entries(dir);
      expect(before).toEqual(['Plan.omstil', 'Plan.omstil-shm', 'Plan.omstil-wal']);
      const bytes = readFileSync(plan);

      const answers = await readEveryWay(dir, plan);
      expect(entries(dir)).toEqual(before);
      expect(answers).toEqual([...Array<string>(3).fill('io-error'), 'check 2', 'export 2']);
      expect(catchAppError(() => PlanSession.open(plan)).code).toBe('io-error');
      expect(catchAppError(() => inspectPlanFile(plan)).message.da).toContain(
        '»Plan.omstil-wal« ligger ved siden af',
      );
      // Not even the clean copy: it would miss what is only in the `-wal` file.
      expect((await omstil(dir, 'salvage', 'Plan.omstil', '-o', 'Ren.omstil')).code).toBe(2);
      expect(entries(dir)).toEqual(before);
      expect(readFileSync(plan).equals(bytes)).toBe(true);
    } finally {
      other.close();
    }
  });

  it('when a journal SQLite ignores lies beside the plan: it is left as it is', async () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const journal = Buffer.alloc(4096);
    writeFileSync(`${plan}-journal`, journal);
    const before = entries(dir);

    expect((await omstil(dir, 'check', 'Plan.omstil')).code).toBe(0);
    expect(
      (await omstil(dir, 'export', 'Plan.omstil', '--format', 'json', '-o', 'p.json')).code,
    ).toBe(0);
    readPlanReadOnly(plan);

    expect(entries(dir)).toEqual([...before, 'p.json'].sort());
    expect(readFileSync(`${plan}-journal`).equals(journal)).toBe(true);
  });
});
