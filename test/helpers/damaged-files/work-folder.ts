import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new folder for a run's files, in memory-backed storage where the system has it (Linux's
 * `/dev/shm`): a run writes, copies and removes thousands of files, and on a disk that is half
 * its time. SQLite and the program behave the same there; only the waiting is gone.
 */
export function makeWorkFolder(): string {
  return mkdtempSync(join(memoryBacked() ?? tmpdir(), 'omstil-damaged-'));
}

function memoryBacked(): string | null {
  try {
    return statSync('/dev/shm').isDirectory() ? '/dev/shm' : null;
  } catch {
    return null;
  }
}
