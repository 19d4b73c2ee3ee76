import { randomBytes, randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { processRuns } from './process-runs';
import packageJson from '../../../../package.json';
import {
  fileIdentity,
  identityLockDir,
  identityLockPath,
  inodeReused,
  type FileIdentity,
} from './file-identity';

/**
 * The lock file beside an open plan, named as LibreOffice names its own (`.~lock.<name>#`), so
 * that people who share a drive recognise it. It is advice between copies of Omstil, not an OS
 * lock: OS locks are unreliable on network drives and vanish silently when a laptop sleeps.
 */
export function lockPathFor(planPath: string): string {
  return join(dirname(planPath), `.~lock.${basename(planPath)}#`);
}

/** A lock older than this, held from another machine, is offered for take-over without a warning. */
export const OLD_LOCK_HOURS = 12;

/** An unreadable lock file younger than this may be one being written right now. */
const UNREADABLE_GRACE_MS = 60_000;

export interface LockOwner {
  user: string;
  machine: string;
  pid: number;
  program: string;
}

const LockInfoSchema = z.object({
  format: z.literal('omstil-lock'),
  user: z.string(),
  machine: z.string(),
  pid: z.number().int(),
  since: z.string(),
  program: z.string(),
  /** Tells this holder's lock apart from a later one with the same user, machine and pid. */
  token: z.string(),
  /** The plan's real path and its device and inode, as the holder found them. */
  file: z
    .object({
      realPath: z.string(),
      key: z.string().nullable(),
      /** Older locks have none. */
      born: z.string().nullable().optional(),
    })
    .optional(),
});
export type LockInfo = z.infer<typeof LockInfoSchema>;

/**
 * What a lock found beside a plan means:
 * - `crashed`: left by a process that no longer runs on this machine (or an unreadable lock
 *   file too old to be one being written); nobody can be editing, so it is taken over.
 * - `old`: held from another machine for more than {@link OLD_LOCK_HOURS} hours; whether that
 *   program still runs cannot be known from here, so the user is offered to take it over.
 * - `live`: held by a running program here, or recently from another machine; taking it over
 *   needs the user's explicit confirmation.
 */
export type LockState = 'crashed' | 'old' | 'live';

export interface LockHolder {
  /** Null when the lock file could not be read. */
  info: LockInfo | null;
  state: LockState;
}

export interface HeldLock {
  planPath: string;
  /** Beside the plan's real path, so a symbolic link leads to the same lock. */
  lockPath: string;
  /** This machine's record of the lock by the file's inode, which a hard link shares. */
  identityPath: string | null;
  info: LockInfo;
}

export type LockAttempt =
  | { kind: 'acquired'; lock: HeldLock; replaced: LockHolder | null }
  | { kind: 'held'; holder: LockHolder }
  | { kind: 'unavailable'; detail: string };

/** Which holders an attempt may replace. */
export type TakeOver = 'crashed' | 'offered' | 'any';

/** Locks this process holds, so that its own live locks are told from ones left by a crash. */
const heldHere = new Map<string, string>();

export function currentOwner(overrides: Partial<LockOwner> = {}): LockOwner {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    // Containers and some domain setups have no passwd entry for the user.
    user = process.env['USERNAME'] ?? process.env['USER'] ?? '?';
  }
  return {
    user,
    machine: hostname(),
    pid: process.pid,
    program: `Omstil ${packageJson.version}`,
    ...overrides,
  };
}

export function readLock(lockPath: string): { info: LockInfo | null; mtimeMs: number } | null {
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(lockPath).mtimeMs;
    text = readFileSync(lockPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const parsed = LockInfoSchema.safeParse(JSON.parse(text));
    return { info: parsed.success ? parsed.data : null, mtimeMs };
  } catch {
    return { info: null, mtimeMs };
  }
}

const sameMachine = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Judges a lock found beside a plan; see {@link LockState}. */
export function judgeLock(
  lockPath: string,
  found: { info: LockInfo | null; mtimeMs: number },
  self: LockOwner,
  now: Date,
): LockHolder {
  const { info } = found;
  if (!info) {
    return {
      info,
      state: now.getTime() - found.mtimeMs > UNREADABLE_GRACE_MS ? 'crashed' : 'live',
    };
  }
  if (sameMachine(info.machine, self.machine)) {
    if (info.pid === process.pid) {
      // Our own pid: either another window of this program holds it, or a crashed program
      // had the pid that we have been given now.
      return { info, state: heldHere.get(lockPath) === info.token ? 'live' : 'crashed' };
    }
    return { info, state: processRuns(info.pid) ? 'live' : 'crashed' };
  }
  const age = now.getTime() - Date.parse(info.since);
  return { info, state: age > OLD_LOCK_HOURS * 3600_000 ? 'old' : 'live' };
}

/**
 * Judges a lock recorded under the file's inode. One recorded for a file that is gone, whose
 * inode a new file has been given, holds nothing: its holder (perhaps this very process) has a
 * plan open that no name leads to any more, and this is another file.
 */
function judgeByInode(
  lockPath: string,
  found: { info: LockInfo | null; mtimeMs: number },
  self: LockOwner,
  now: Date,
  file: FileIdentity,
): LockHolder {
  if (found.info && inodeReused(found.info.file, file))
    return { info: found.info, state: 'crashed' };
  return judgeLock(lockPath, found, self, now);
}

function mayReplace(state: LockState, takeOver: TakeOver): boolean {
  if (takeOver === 'any') return true;
  if (takeOver === 'offered') return state !== 'live';
  return state === 'crashed';
}

function writeSynced(path: string, text: string, flag: 'w' | 'wx'): void {
  const fd = openSync(path, flag);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates the lock with its contents in one step: written under a temporary name, then linked
 * into place, which fails if the name is taken — so another opener never sees an empty lock.
 * Where links are not supported it falls back to an exclusive create (`wx`).
 */
function createExclusive(lockPath: string, text: string): boolean {
  const temp = `${lockPath}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeSynced(temp, text, 'wx');
    try {
      linkSync(temp, lockPath);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
    }
    try {
      writeSynced(lockPath, text, 'wx');
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Replaces whatever lock is there with ours in one rename. */
function replaceLock(lockPath: string, text: string): void {
  const temp = `${lockPath}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeSynced(temp, text, 'wx');
    renameSync(temp, lockPath);
  } finally {
    rmSync(temp, { force: true });
  }
}

function isNoAccess(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/**
 * Tries to lock `planPath` for `owner`. A lock left by a crash is replaced; others only as
 * `takeOver` allows. The lock is kept beside the plan's real path, and on this machine also
 * under the file's inode, so an opener that reaches the file by a symbolic or a hard link in
 * another folder finds it held.
 */
export function acquireLock(
  planPath: string,
  owner: LockOwner,
  now: Date,
  takeOver: TakeOver = 'crashed',
): LockAttempt {
  const file = fileIdentity(planPath);
  const lockPath = lockPathFor(file.realPath);
  const info: LockInfo = {
    format: 'omstil-lock',
    user: owner.user,
    machine: owner.machine,
    pid: owner.pid,
    since: now.toISOString(),
    program: owner.program,
    token: randomUUID(),
    file,
  };
  const text = `${JSON.stringify(info, null, 2)}\n`;
  const attempt = acquireAt(lockPath, text, info, owner, now, takeOver);
  if (attempt.kind !== 'acquired') return attempt;
  heldHere.set(lockPath, info.token);

  let identityPath: string | null = null;
  if (file.key !== null) {
    identityPath = identityLockPath(file.key);
    let byInode: LockAttemptAt;
    try {
      mkdirSync(identityLockDir(), { recursive: true });
      byInode = acquireAt(identityPath, text, info, owner, now, takeOver, file);
    } catch {
      // Without a temporary folder to write in, the lock beside the plan is all there is.
      byInode = { kind: 'unavailable', detail: 'no temporary folder' };
    }
    if (byInode.kind === 'held') {
      removeIfOurs(lockPath, info.token);
      return byInode;
    }
    if (byInode.kind === 'acquired') heldHere.set(identityPath, info.token);
    else identityPath = null;
  }
  return {
    kind: 'acquired',
    lock: { planPath, lockPath, identityPath, info },
    replaced: attempt.replaced,
  };
}

type LockAttemptAt =
  | { kind: 'acquired'; replaced: LockHolder | null }
  | { kind: 'held'; holder: LockHolder }
  | { kind: 'unavailable'; detail: string };

/**
 * Creates the lock file at `lockPath`, or replaces a stale one as `takeOver` allows. Two openers
 * racing for the same stale lock both write theirs, and the read-back tells each whether it won.
 */
function acquireAt(
  lockPath: string,
  text: string,
  info: LockInfo,
  owner: LockOwner,
  now: Date,
  takeOver: TakeOver,
  byInodeOf?: FileIdentity,
): LockAttemptAt {
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (createExclusive(lockPath, text)) return { kind: 'acquired', replaced: null };
      const found = readLock(lockPath);
      if (!found) continue; // released between our two looks
      const holder = byInodeOf
        ? judgeByInode(lockPath, found, owner, now, byInodeOf)
        : judgeLock(lockPath, found, owner, now);
      if (!mayReplace(holder.state, takeOver)) return { kind: 'held', holder };
      replaceLock(lockPath, text);
      const check = readLock(lockPath);
      if (check?.info?.token !== info.token) {
        const winner = check ? judgeLock(lockPath, check, owner, now) : holder;
        return { kind: 'held', holder: winner };
      }
      return { kind: 'acquired', replaced: holder };
    }
  } catch (e) {
    if (isNoAccess(e)) return { kind: 'unavailable', detail: (e as Error).message };
    throw e;
  }
  return { kind: 'unavailable', detail: 'the lock file keeps changing' };
}

function removeIfOurs(lockPath: string, token: string): void {
  if (heldHere.get(lockPath) === token) heldHere.delete(lockPath);
  try {
    const found = readLock(lockPath);
    if (found?.info?.token === token) rmSync(lockPath, { force: true });
  } catch {
    // A lock we cannot remove (the drive went away) is recognised as stale next time.
  }
}

/**
 * Whether `lock` is still ours. A lock file that vanished (removed by hand or by a clean-up
 * tool) is quietly put back; one that holds someone else's token means we were taken over.
 */
export function verifyLock(lock: HeldLock, self: LockOwner, now: Date): LockHolder | null {
  const found = readLock(lock.lockPath);
  if (found?.info?.token === lock.info.token) return null;
  if (!found && createExclusive(lock.lockPath, `${JSON.stringify(lock.info, null, 2)}\n`)) {
    return null;
  }
  const again = found ?? readLock(lock.lockPath);
  // The taker may be another session of this process, whose entry this must not remove.
  if (heldHere.get(lock.lockPath) === lock.info.token) heldHere.delete(lock.lockPath);
  return again ? judgeLock(lock.lockPath, again, self, now) : { info: null, state: 'live' };
}

/** Removes the lock if it is still ours; someone who took it over keeps theirs. */
export function releaseLock(lock: HeldLock): void {
  removeIfOurs(lock.lockPath, lock.info.token);
  if (lock.identityPath !== null) removeIfOurs(lock.identityPath, lock.info.token);
}

/** The holder of a plan's lock right now, judged from here; null when it is not locked. */
export function currentHolder(planPath: string, self: LockOwner, now: Date): LockHolder | null {
  const lockPath = lockPathFor(fileIdentity(planPath).realPath);
  const found = readLock(lockPath);
  return found ? judgeLock(lockPath, found, self, now) : null;
}
