import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errors, OmstilError } from '../../shared/errors';

/** A hidden name beside `target`, so the final rename never crosses a file system. */
export function tempPathBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Moves a finished temp file into place without ever replacing an existing file: a hard link
 * fails atomically if the name is taken. Where links are not supported (some network drives) it
 * falls back to check-then-rename.
 */
export function publishNew(temp: string, target: string): void {
  try {
    linkSync(temp, target);
    rmSync(temp, { force: true });
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      rmSync(temp, { force: true });
      throw new OmstilError(errors.alreadyExists(target));
    }
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') {
      rmSync(temp, { force: true });
      throw new OmstilError(errors.io(target, String(code ?? e)));
    }
  }
  if (existsSync(target)) {
    rmSync(temp, { force: true });
    throw new OmstilError(errors.alreadyExists(target));
  }
  renameSync(temp, target);
}

/** Writes a whole file by temp-file-and-rename, replacing any earlier output of ours. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  writeFileAtomicWith(target, (temp) => writeFileSync(temp, data));
}

/**
 * As `writeFileAtomic`, with `write` filling the temp file itself (a piece at a time, where the
 * whole text at once would double the memory of a large plan's export). Returns what it returns.
 */
export function writeFileAtomicWith<T>(target: string, write: (temp: string) => T): T {
  const temp = tempPathBeside(target);
  try {
    const written = write(temp);
    fsyncFile(temp);
    renameSync(temp, target);
    return written;
  } catch (e) {
    rmSync(temp, { force: true });
    if (e instanceof OmstilError) throw e;
    throw new OmstilError(errors.io(target, (e as Error).message));
  }
}

/** Runs `build(temp)` and publishes the result as a new file; the temp file never outlives it. */
export function createNewFile(target: string, build: (temp: string) => void): void {
  if (existsSync(target)) throw new OmstilError(errors.alreadyExists(target));
  const temp = tempPathBeside(target);
  try {
    build(temp);
    fsyncFile(temp);
    publishNew(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    if (e instanceof OmstilError) throw e;
    throw new OmstilError(errors.io(target, (e as Error).message));
  }
}
