import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor, type LockInfo } from '../../../../src/main/core/lock/lock-file';
import type { Environment } from '../../../../src/main/core/services/clock';
import { emptyPlanDocument } from '../../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { updatePlan } from '../../../../src/main/core/services/plan-service';
import { catchAppError } from '../../../helpers/errors';
import { useTempDir } from '../../../helpers/temp-dir';
import { buildPlanChild, killChildren, startChild } from '../fixtures/child-process';
import packageJson from '../../../../package.json';

const env: Environment = { now: () => new Date(), newId: () => randomUUID() };

/** A pid that no process has on this machine (Linux caps pids far below it). */
const DEAD_PID = 2 ** 30 + 7;

function lockOf(path: string): LockInfo {
  return JSON.parse(readFileSync(lockPathFor(path), 'utf8')) as LockInfo;
}

function writeLock(path: string, info: Partial<LockInfo>): void {
  const full: LockInfo = {
    format: 'omstil-lock',
    user: 'mette',
    machine: 'HR-PC-17',
    pid: 4242,
    since: new Date().toISOString(),
    program: 'Omstil 0.1.0',
    token: randomUUID(),
    ...info,
  };
  writeFileSync(lockPathFor(path), JSON.stringify(full));
}

describe('the lock file beside an open plan', () => {
  const tempDir = useTempDir();
  let child: { entry: string };

  beforeAll(async () => {
    child = await buildPlanChild();
  });
  afterAll(() => {
    killChildren();
  });

  function newPlan(name = 'Kompetenceplan.omstil'): string {
    const path = join(tempDir(), name);
    PlanSession.create(path, emptyPlanDocument('Kompetenceplan 2027', 'da', env), env).close();
    return path;
  }

  it('is named as office suites name theirs, says who has the plan, and goes when it closes', () => {
    const path = newPlan();
    const session = PlanSession.open(path, env);
    expect(readdirSync(tempDir()).sort()).toEqual(
      ['.~lock.Kompetenceplan.omstil#', 'Kompetenceplan.omstil'].sort(),
    );
    const info = lockOf(path);
    expect(info).toMatchObject({
      format: 'omstil-lock',
      user: userInfo().username,
      machine: hostname(),
      pid: process.pid,
      program: `Omstil ${packageJson.version}`,
    });
    expect(Date.parse(info.since)).toBeGreaterThan(Date.now() - 60_000);
    session.close();
    expect(readdirSync(tempDir())).toEqual(['Kompetenceplan.omstil']);
  });

  it('gives a second process the plan read-only, with who has it, on which machine and since when', async () => {
    const path = newPlan();
    const mine = PlanSession.open(path, env);
    const other = startChild(child.entry, ['hold', path]);
    const opened = await other.waitFor((e) => e.event === 'opened');
    expect(opened['readOnly']).toBe(true);
    const notice = opened['notice'] as { code: string; message: { da: string; en: string } };
    expect(notice.code).toBe('locked');
    expect(notice.message.da).toContain(`Åben hos ${userInfo().username} på ${hostname()} siden `);
    expect(notice.message.en).toContain(`Open by ${userInfo().username} on ${hostname()} since `);
    expect(opened['lock']).toMatchObject({ user: userInfo().username, takeOver: 'confirm' });
    other.process.stdin?.end();
    await other.exited;
    // The reader left our lock alone, and we can still edit.
    expect(lockOf(path).pid).toBe(process.pid);
    updatePlan(mine, { purpose: 'Stadig min' });
    mine.close();
  });

  it('opens read-only here while another process edits, and can take over once it has closed', async () => {
    const path = newPlan();
    const other = startChild(child.entry, ['hold', path]);
    const opened = await other.waitFor((e) => e.event === 'opened');
    expect(opened['readOnly']).toBe(false);

    const session = PlanSession.open(path, env);
    expect(session.readOnly).toBe(true);
    expect(session.notice?.code).toBe('locked');
    expect(session.fileInfo().lock).toMatchObject({ machine: hostname(), takeOver: 'confirm' });
    expect(catchAppError(() => updatePlan(session, { purpose: 'x' })).code).toBe('read-only');
    // A live lock is not taken without the user's confirmation.
    expect(catchAppError(() => session.takeOverLock(false)).code).toBe('locked');
    expect(lockOf(path).pid).toBe(opened['pid']);

    other.process.stdin?.end();
    await other.waitFor((e) => e.event === 'closed');
    await other.exited;
    expect(existsSync(lockPathFor(path))).toBe(false);
    session.takeOverLock(false);
    expect(session.readOnly).toBe(false);
    expect(session.notice).toBeNull();
    updatePlan(session, { purpose: 'Nu min' });
    expect(lockOf(path).pid).toBe(process.pid);
    session.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('recognises the lock of a process that was killed, and takes it over on opening', async () => {
    const path = newPlan();
    const other = startChild(child.entry, ['hold', path]);
    const opened = await other.waitFor((e) => e.event === 'opened');
    other.process.kill('SIGKILL');
    await other.exited;
    expect(lockOf(path).pid).toBe(opened['pid']);

    const session = PlanSession.open(path, env);
    expect(session.readOnly).toBe(false);
    expect(session.recoveredLock).toBe(true);
    expect(lockOf(path).pid).toBe(process.pid);
    session.close();
  });

  it('takes over a stale lock of this machine that names a pid no longer running', () => {
    const path = newPlan();
    writeLock(path, { machine: hostname(), pid: DEAD_PID, user: 'jonas' });
    const session = PlanSession.open(path, env);
    expect(session.readOnly).toBe(false);
    expect(session.recoveredLock).toBe(true);
    session.close();
  });

  it('keeps a second session of this same program read-only (a second window)', () => {
    const path = newPlan();
    const first = PlanSession.open(path, env);
    const second = PlanSession.open(path, env);
    expect(second.readOnly).toBe(true);
    expect(second.notice?.code).toBe('locked');
    // Reading shows the first window's edits as they are made.
    updatePlan(first, { purpose: 'Fra første vindue' });
    expect(second.document().plan.purpose).toBe('Fra første vindue');
    second.close();
    expect(existsSync(lockPathFor(path))).toBe(true);
    first.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('never judges a lock from another machine by its pid; a recent one needs confirmation', () => {
    const path = newPlan();
    writeLock(path, { machine: 'HR-PC-17', pid: DEAD_PID });
    const session = PlanSession.open(path, env);
    expect(session.readOnly).toBe(true);
    expect(session.notice?.message.da).toMatch(/^Åben hos mette på HR-PC-17 siden /);
    expect(session.fileInfo().lock).toMatchObject({
      user: 'mette',
      machine: 'HR-PC-17',
      program: 'Omstil 0.1.0',
      takeOver: 'confirm',
    });
    expect(catchAppError(() => session.takeOverLock(false)).code).toBe('locked');
    session.takeOverLock(true);
    expect(session.readOnly).toBe(false);
    expect(lockOf(path)).toMatchObject({ machine: hostname(), pid: process.pid });
    session.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('offers to take over a lock from another machine that is more than 12 hours old', () => {
    const path = newPlan();
    writeLock(path, { since: new Date(Date.now() - 13 * 3600_000).toISOString() });
    const session = PlanSession.open(path, env);
    expect(session.readOnly).toBe(true);
    expect(session.fileInfo().lock?.takeOver).toBe('offer');
    session.takeOverLock(false);
    expect(session.readOnly).toBe(false);
    session.close();
  });

  it('turns read-only, without writing, when its lock was taken over from elsewhere', () => {
    const path = newPlan();
    const mine = PlanSession.open(path, env);
    const theirs = PlanSession.open(path, env, { owner: { machine: 'HR-PC-17', user: 'mette' } });
    expect(theirs.readOnly).toBe(true);
    theirs.takeOverLock(true);
    updatePlan(theirs, { purpose: 'Mettes' });

    const lost = catchAppError(() => updatePlan(mine, { purpose: 'Mine' }));
    expect(lost.code).toBe('lock-lost');
    expect(lost.message.da).toContain('mette på HR-PC-17');
    expect(mine.readOnly).toBe(true);
    expect(mine.document().plan.purpose).toBe('Mettes');
    expect(catchAppError(() => mine.undo()).code).toBe('read-only');
    // Closing the one that lost does not remove the lock of the one that took over.
    mine.close();
    expect(lockOf(path)).toMatchObject({ machine: 'HR-PC-17', user: 'mette' });
    theirs.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('treats an unreadable lock file as a lock being written, unless it is old', () => {
    const path = newPlan();
    writeFileSync(lockPathFor(path), '');
    const young = PlanSession.open(path, env);
    expect(young.readOnly).toBe(true);
    expect(young.notice?.message.da).toContain('en ukendt bruger');
    young.close();
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(lockPathFor(path), old, old);
    const session = PlanSession.open(path, env);
    expect(session.readOnly).toBe(false);
    expect(session.recoveredLock).toBe(true);
    session.close();
  });

  it('puts a lock back that was removed by hand, rather than losing the plan', () => {
    const path = newPlan();
    const session = PlanSession.open(path, env);
    const token = lockOf(path).token;
    writeFileSync(lockPathFor(path), '');
    // An empty file is not ours: treated as someone else's, so the edit is refused.
    expect(catchAppError(() => updatePlan(session, { purpose: 'x' })).code).toBe('lock-lost');
    session.close();

    const again = PlanSession.open(path, env, { takeOver: 'any' });
    rmSync(lockPathFor(path));
    updatePlan(again, { purpose: 'Stadig gemt' });
    expect(lockOf(path).token).not.toBe(token);
    expect(lockOf(path).pid).toBe(process.pid);
    again.close();
  });

  it('does not take a lock for a plan from a newer Omstil, which only opens read-only', () => {
    const path = newPlan();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    const session = PlanSession.open(path, env);
    expect(session.readOnly).toBe(true);
    expect(session.notice?.code).toBe('newer-version');
    expect(existsSync(lockPathFor(path))).toBe(false);
    expect(catchAppError(() => session.takeOverLock(true)).code).toBe('newer-version');
    session.close();
  });
});
