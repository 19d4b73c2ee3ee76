import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileIdentity, identityLockPath } from '../../../../src/main/core/lock/file-identity';
import {
  acquireLock,
  currentOwner,
  releaseLock,
  type HeldLock,
} from '../../../../src/main/core/lock/lock-file';
import type { Environment } from '../../../../src/main/core/services/clock';
import { emptyPlanDocument } from '../../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { useTempDir } from '../../../helpers/temp-dir';

const env: Environment = { now: () => new Date(), newId: () => randomUUID() };

/** Another Omstil on this machine that is running: the test runner that started this worker. */
const otherProgram = () => currentOwner({ pid: process.ppid });

describe('the lock kept under a file’s inode', () => {
  const tempDir = useTempDir();
  const held: HeldLock[] = [];
  afterEach(() => {
    for (const lock of held.splice(0)) releaseLock(lock);
  });

  function newPlan(folder: string, name: string): string {
    const dir = join(tempDir(), folder);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    PlanSession.create(path, emptyPlanDocument('Kompetenceplan 2027', 'da', env), env).close();
    return path;
  }

  it('does not hold a new file that was given the inode of a deleted plan someone had open', () => {
    const gone = newPlan('Gammel', 'Slettet.omstil');
    const attempt = acquireLock(gone, otherProgram(), new Date());
    if (attempt.kind !== 'acquired') expect.fail('the other program could not lock its plan');
    held.push(attempt.lock);
    // The plan is deleted while that program has it open, and a new plan is made elsewhere.
    // Whether the file system hands the new file the freed inode is up to it; where it does
    // not, the record is moved to the new file's inode, which is what it finds where it does.
    // The record is read first: where the new file does get the freed inode, making it
    // already finds the record left over, and replaces it with its own.
    const record = JSON.parse(readFileSync(attempt.lock.identityPath!, 'utf8')) as {
      file: { key: string };
    };
    rmSync(gone);
    const plan = newPlan('Ny', 'Ny plan.omstil');
    const before = fileIdentity(plan);
    expect(before.born).not.toBeNull();
    record.file.key = before.key!;
    writeFileSync(identityLockPath(before.key!), JSON.stringify(record));
    held.push({ ...attempt.lock, identityPath: identityLockPath(before.key!) });

    const session = PlanSession.open(plan, env);
    try {
      expect(session.notice).toBeNull();
      expect(session.readOnly).toBe(false);
    } finally {
      session.close();
    }
  });

  it('still holds the plan when it is renamed into another folder while someone has it open', () => {
    const plan = newPlan('Fællesdrev', 'Plan.omstil');
    const attempt = acquireLock(plan, otherProgram(), new Date());
    if (attempt.kind !== 'acquired') expect.fail('the other program could not lock its plan');
    held.push(attempt.lock);
    const moved = join(tempDir(), 'Arkiv', 'Plan flyttet.omstil');
    mkdirSync(join(tempDir(), 'Arkiv'));
    renameSync(plan, moved);

    const session = PlanSession.open(moved, env);
    try {
      expect(session.readOnly).toBe(true);
      expect(session.notice?.code).toBe('locked');
    } finally {
      session.close();
    }
  });
});
