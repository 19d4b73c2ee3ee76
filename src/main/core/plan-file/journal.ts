import { existsSync, renameSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { errors, OmstilError, type AppError } from '../../../shared/errors';
import { openConnection } from '../db/connection';
import { readBytes, type SqliteHeader } from './header';
import { journalMismatch } from './journal-belongs';
import { readRollbackJournal } from './journal-file';
import { keepBeforeRecovery, nameBeside, putBack, type KeptOriginal } from './kept-copies';

/**
 * Deals with a rollback journal beside the plan before SQLite may roll it back, which it would do
 * on the first read of any writable connection, unasked and without a copy. Returns null when
 * there is no journal SQLite would roll back; otherwise what `inspect` (the whole inspection)
 * says of the plan afterwards, with a notice of what was done:
 *
 * - a journal that does not belong to the plan (`journal-belongs.ts`: a copy left by a sync
 *   tool, an old journal beside a newer copy of the file, garbage) is never rolled back: it is
 *   moved aside to `Plan (fremmed journal).omstil-journal`, and the plan is inspected as it is;
 * - a journal that belongs is rolled back only after the plan and the journal are kept as they
 *   lay (`kept-copies.ts`); if the plan then fails the inspection, the kept pair is put back
 *   and the error names it.
 */
export function settleJournal<T extends object>(
  path: string,
  name: string,
  header: SqliteHeader,
  inspect: () => T,
): (T & { journal: AppError }) | null {
  const journal = `${path}-journal`;
  if (!isHot(path, journal)) return null;
  const reading = readJournal(journal, name);
  const mismatch = reading.ok
    ? journalMismatch(reading.journal, { header, pageOne: readBytes(path, 0, header.pageSize) })
    : reading.flaw;
  if (mismatch) {
    const movedTo = moveAside(path, journal, name);
    return { ...inspect(), journal: errors.journalMovedAside(name, basename(movedTo), mismatch) };
  }
  return recover(path, journal, name, inspect);
}

function readJournal(journal: string, name: string): ReturnType<typeof readRollbackJournal> {
  try {
    return readRollbackJournal(journal);
  } catch (e) {
    throw new OmstilError(errors.journalUntouchable(name, basename(journal), (e as Error).message));
  }
}

/**
 * Whether a journal lies beside the plan that SQLite would roll back, for a glance that must not
 * deal with it (the start screen's line for a recent plan): opening the plan does, and says so.
 */
export function hasHotJournal(path: string): boolean {
  return isHot(path, `${path}-journal`);
}

/**
 * SQLite's own rule for a hot journal (sqlite.org/fileformat2.html, "Hot Journals";
 * `hasHotJournal` in pager.c): it exists, is not empty, its first byte is not zero, no
 * connection holds a RESERVED lock on the plan, and the plan is not empty (the inspection has
 * refused an empty one already). An empty journal, or one whose header was never written, is
 * left alone: SQLite ignores it and the next edit's own journal replaces it.
 *
 * Only SQLite can see another program's lock, and a read-only connection's first read refuses
 * with SQLITE_READONLY_ROLLBACK exactly when a writable one would roll back; so it is asked.
 * SQLITE_CANTOPEN is what it says when it cannot even read the journal to decide, and it then
 * counts the journal as hot.
 */
function isHot(path: string, journal: string): boolean {
  try {
    const st = statSync(journal);
    if (!st.isFile() || st.size === 0 || readBytes(journal, 0, 1)[0] === 0) return false;
  } catch (e) {
    // A journal that is there but cannot be read is left to SQLite's verdict below.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
  }
  let db;
  try {
    db = openConnection(path, { readonly: true });
  } catch {
    return false;
  }
  try {
    db.pragma('schema_version', { simple: true });
    return false;
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_CANTOPEN';
  } finally {
    db.close();
  }
}

function moveAside(path: string, journal: string, name: string): string {
  for (let n = 1; ; n++) {
    const target = `${nameBeside(path, 'fremmed journal', n)}-journal`;
    if (existsSync(target)) continue;
    try {
      renameSync(journal, target);
      return target;
    } catch (e) {
      throw new OmstilError(
        errors.journalUntouchable(name, basename(journal), (e as Error).message),
      );
    }
  }
}

function recover<T extends object>(
  path: string,
  journal: string,
  name: string,
  inspect: () => T,
): T & { journal: AppError } {
  let kept: KeptOriginal;
  try {
    kept = keepBeforeRecovery(path, journal);
  } catch (e) {
    const detail = e instanceof OmstilError ? e.appError.message.en : (e as Error).message;
    throw new OmstilError(errors.journalUntouchable(name, basename(journal), detail));
  }
  const names = { plan: basename(kept.plan), journal: basename(kept.journal) };
  try {
    rollBack(path, journal, name);
    return { ...inspect(), journal: errors.journalRecovered(name, names) };
  } catch (e) {
    const cause =
      e instanceof OmstilError ? e.appError.message : errors.io(name, (e as Error).message).message;
    try {
      putBack(kept, path, journal);
    } catch (p) {
      const detail = `${(p as Error).message}; the plan and journal as they lay are kept as ${names.plan} and ${names.journal}`;
      throw new OmstilError(errors.io(name, detail));
    }
    throw new OmstilError(errors.recoveryFailed(name, names, cause));
  }
}

/**
 * A writable connection's first statement is where SQLite rolls a hot journal back. What the
 * connection says after that is not the verdict: once the journal is gone, the inspection judges
 * the plan.
 */
function rollBack(path: string, journal: string, name: string): void {
  let failure: Error | null = null;
  try {
    const db = openConnection(path, { readonly: false });
    try {
      db.pragma('schema_version', { simple: true });
    } finally {
      db.close();
    }
  } catch (e) {
    failure = e as Error;
  }
  if (existsSync(journal)) {
    throw new OmstilError(errors.io(name, failure?.message ?? 'the journal was not rolled back'));
  }
}
