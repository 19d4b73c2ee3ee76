import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import type { SqliteHeader } from './header';

/**
 * Refuses a plan that another SQLite tool switched to WAL mode, before SQLite is handed it:
 * reading such a file in place makes SQLite create `-wal` and `-shm` files beside it, and Omstil
 * writes plans with a rollback journal only, because WAL does not work on network drives. The
 * refusal offers the clean copy, which reads the file from a copy in memory
 * (`openConnection`) — unless a `-wal` or `-journal` beside it still holds content that the
 * file alone lacks; then the other program must finish with it first.
 */
export function refuseWalMode(path: string, header: SqliteHeader): void {
  if (!header.walMode) return;
  const name = basename(path);
  for (const beside of [`${path}-wal`, `${path}-journal`]) {
    if (sizeOf(beside) > 0) throw new OmstilError(errors.walUnfinished(name, basename(beside)));
  }
  throw new OmstilError(errors.walMode(name));
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
