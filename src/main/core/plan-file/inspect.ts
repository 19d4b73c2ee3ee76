import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { errors, OmstilError, type AppError } from '../../../shared/errors';
import type { PlanDocument, WindowDocument } from '../../../shared/model/document';
import { openConnection, type Db } from '../db/connection';
import { APPLICATION_ID, MAX_PLAN_FILE_BYTES } from '../db/constants';
import { CURRENT_VERSION } from '../db/migrations';
import { expectedSchema, foreignObjects, malformedSchemaEntries, readSchema } from '../db/schema';
import type { DocumentWith, Figures } from '../repositories/document-reader';
import { readSqliteHeader } from './header';
import { inspectContent } from './inspect-content';
import { settleJournal } from './journal';
import type { OutsideChanges } from './verify-content';
import { refuseWalMode } from './wal-mode';

export type VersionStatus = 'current' | 'older' | 'newer';

export interface Inspection<D extends WindowDocument = PlanDocument> {
  version: number;
  status: VersionStatus;
  /** The plan the file holds (an older one's as migrated); null for a newer file. */
  document: D | null;
  /** What was changed without Omstil, when the checksums say so (see `inspectContent`). */
  outsideChanges: OutsideChanges | null;
  /** What was done with a journal found beside the plan, for the user; see `journal.ts`. */
  journal?: AppError;
}

const why = (da: string, en: string) => ({ da, en });

/**
 * Everything we check before a plan file is used, on a read-only connection so that a refused
 * file is never written to: size, header, application id, version, SQLite's own check, that the
 * schema is exactly the one we wrote for that version, and then the content (`inspectContent`).
 * Throws the typed error for the first problem found. The one gate of every way in — opening,
 * `check`, export, merge, a recent plan's status — so that what one refuses, all refuse. The plan
 * is answered with its marked statuses' figures whole, or with a window's summary of them.
 */
export function inspectPlanFile<F extends Figures = 'whole'>(
  path: string,
  figures: F = 'whole' as F,
): Inspection<DocumentWith<F>> {
  const name = basename(path);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile())
      throw new OmstilError(errors.notAPlan(name, why('Det er en mappe.', 'It is a folder.')));
    size = st.size;
  } catch (e) {
    if (e instanceof OmstilError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new OmstilError(errors.notFound(path));
    throw new OmstilError(errors.io(path, (e as Error).message));
  }
  if (size > MAX_PLAN_FILE_BYTES) {
    throw new OmstilError(
      errors.tooLarge(name, Math.round(size / 1024 / 1024), MAX_PLAN_FILE_BYTES / 1024 / 1024),
    );
  }
  if (size === 0)
    throw new OmstilError(errors.notAPlan(name, why('Filen er tom.', 'The file is empty.')));

  const header = readSqliteHeader(path);
  if (!header) {
    throw new OmstilError(
      errors.notAPlan(name, why('Filen har et ukendt indhold.', 'The file has unknown contents.')),
    );
  }
  if (header.applicationId !== APPLICATION_ID) {
    throw new OmstilError(
      errors.notAPlan(
        name,
        why('Det er en database fra et andet program.', 'It is a database from another program.'),
      ),
    );
  }

  // Nothing may hand the file to SQLite before these two: SQLite would create `-wal` and `-shm`
  // files beside a WAL-mode file, and roll back any hot journal beside it, unchecked.
  refuseWalMode(path, header);
  const settled = settleJournal(path, name, header, () => inspectPlanFile(path, figures));
  if (settled) return settled;

  // A program killed in the middle of a commit can leave the file shorter than its new header
  // says, with the journal that undoes it beside it; so the length is judged only after the
  // journal is dealt with.
  const db = openForInspection(path, name);
  try {
    refuseTruncated(path, name);
    const check = runCheck(db, name);
    if (check !== 'ok') throw new OmstilError(errors.corrupt(name, check));
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1) {
      throw new OmstilError(
        errors.corrupt(
          name,
          why('filen har intet versionsnummer', 'the file has no version number'),
        ),
      );
    }
    if (version > CURRENT_VERSION) {
      return { version, status: 'newer', document: null, outsideChanges: null };
    }
    const malformed = malformedSchemaEntries(db);
    if (malformed.length > 0) {
      const list = malformed.join(', ');
      throw new OmstilError(
        errors.corrupt(
          name,
          why(
            `skemaets post for ${list} er beskadiget`,
            `the schema’s entry for ${list} is damaged`,
          ),
        ),
      );
    }
    const foreign = foreignObjects(readSchema(db), expectedSchema(version));
    if (foreign.length > 0) throw new OmstilError(errors.foreignSchema(name, foreign));
    const content = inspectContent(db, name, version, figures);
    return { version, status: version === CURRENT_VERSION ? 'current' : 'older', ...content };
  } finally {
    db.close();
  }
}

function refuseTruncated(path: string, name: string): void {
  const size = statSync(path).size;
  const header = readSqliteHeader(path);
  if (header?.pageCount != null && size < header.pageCount * header.pageSize) {
    throw new OmstilError(
      errors.corrupt(
        name,
        why(
          `filen er afkortet: ${size} af ${header.pageCount * header.pageSize} byte`,
          `the file is truncated: ${size} of ${header.pageCount * header.pageSize} bytes`,
        ),
      ),
    );
  }
}

/**
 * A read-only connection that has made its first read, or a typed error; the connection is
 * closed on every failure, because an open handle keeps the file from being renamed on Windows.
 */
function openForInspection(path: string, name: string): Db {
  let db: Db;
  try {
    db = openConnection(path, { readonly: true });
  } catch (e) {
    throw sqliteToAppError(e, name);
  }
  try {
    db.pragma('schema_version', { simple: true });
    return db;
  } catch (e) {
    db.close();
    throw sqliteToAppError(e, name);
  }
}

/** SQLite's full check, indexes included: a wrong index can show an edit the wrong row. */
function runCheck(db: Db, name: string): string {
  try {
    const rows = db.pragma('integrity_check(20)') as Record<string, string>[];
    const messages = rows.map((r) => Object.values(r)[0] ?? '');
    return messages.length === 1 && messages[0] === 'ok' ? 'ok' : messages.slice(0, 3).join('; ');
  } catch (e) {
    throw sqliteToAppError(e, name);
  }
}

export function sqliteToAppError(e: unknown, name: string): OmstilError {
  if (e instanceof OmstilError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message;
  if (code === 'SQLITE_NOTADB') {
    return new OmstilError(
      errors.notAPlan(name, why('Filen har et ukendt indhold.', 'The file has unknown contents.')),
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') {
    return new OmstilError(errors.corrupt(name, message));
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new OmstilError(errors.io(name, 'filen er i brug / the file is busy'));
  }
  return new OmstilError(errors.io(name, message));
}
