import { realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * What makes two paths one plan file. A symbolic link in another folder resolves to the real
 * path; a hard link does not (both names are equally real), but on one machine both names lead
 * to the same device and inode.
 */
export interface FileIdentity {
  realPath: string;
  /** Null where the file system gives no usable inode (some network drives answer 0). */
  key: string | null;
  /**
   * When the file was created, where the file system keeps it (null where it answers 0): an
   * inode is handed to a new file once the old one is deleted and closed, and the creation time
   * is what tells the new file from the old. A rename or a hard link keeps it.
   */
  born: string | null;
}

export function fileIdentity(path: string): FileIdentity {
  let realPath: string;
  try {
    realPath = realpathSync.native(path);
  } catch {
    // Not there (yet): the lock is then kept beside the name given.
    return { realPath: resolve(path), key: null, born: null };
  }
  const { dev, ino, birthtimeNs } = statSync(realPath, { bigint: true });
  return {
    realPath,
    key: ino === 0n ? null : `${dev}-${ino}`,
    born: birthtimeNs === 0n ? null : String(birthtimeNs),
  };
}

/**
 * Where the openers on this machine record which lock holds a file by its inode, so that a
 * second writer reaching the file by another name is stopped. Beside the machine's temporary
 * files, not beside the plan: a lock kept there would be uploaded by every cloud folder.
 */
export function identityLockDir(): string {
  return join(tmpdir(), 'omstil-locks');
}

export function identityLockPath(key: string): string {
  return join(identityLockDir(), `${key}.lock`);
}

/** Whether two paths name one file: the same real path, or the same inode on this machine. */
export function sameFile(a: string, b: string): boolean {
  const x = fileIdentity(a);
  const y = fileIdentity(b);
  return x.realPath === y.realPath || (x.key !== null && x.key === y.key && x.born === y.born);
}

/**
 * Whether a lock recorded for `recorded` was for a file that no longer exists, whose inode
 * `current` has since been given: both creation times known, and different.
 */
export function inodeReused(
  recorded: { key: string | null; born?: string | null } | undefined,
  current: FileIdentity,
): boolean {
  return (
    recorded !== undefined &&
    recorded.key === current.key &&
    recorded.born != null &&
    current.born !== null &&
    recorded.born !== current.born
  );
}
