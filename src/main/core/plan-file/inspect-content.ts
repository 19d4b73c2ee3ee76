import { errors, OmstilError, type AppError } from '../../../shared/errors';
import { checkPlanRules } from '../../../shared/interchange';
import {
  PlanDocumentSchema,
  windowDocumentOf,
  type PlanDocument,
  type WindowDocument,
} from '../../../shared/model/document';
import { parseInput } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { migratedCopyOf } from '../db/migrated-copy';
import { CURRENT_VERSION } from '../db/migrations';
import { documentFromScan } from '../repositories/document-from-scan';
import { readDocument, type DocumentWith, type Figures } from '../repositories/document-reader';
import { countPlanRows } from '../repositories/plan-rows';
import type { ScannedTable } from '../repositories/row-stamps';
import { logProblem } from './verify-logs';
import { summaryOf, verifyContent, type OutsideChanges } from './verify-content';

/** The first version whose rows carry checksums (migration 004). */
export const CHECKSUMS_SINCE = 4;

export interface ContentInspection<D extends WindowDocument = PlanDocument> {
  /** The plan the file holds; an older file's as it reads once migrated. */
  document: D;
  /**
   * What was changed without Omstil, when the rows' checksums say so and the content still keeps
   * the model's rules, so it can be shown read-only; null when the checksums vouch for it all.
   */
  outsideChanges: OutsideChanges | null;
}

/**
 * What every way into a plan checks of its content, after SQLite's own checks and the schema
 * have passed: one plan row; the checksums of every row and the plan's totals over them; every
 * reference (SQLite's foreign key check); every step of the undo history and entry of the change
 * log; and the model's rules over the whole plan, as an imported file must keep them. An older
 * file is checked as it reads once migrated, in a memory copy.
 *
 * A plan whose checksums show a change made outside Omstil is not refused when its content still
 * keeps the rules: it is answered with what changed, for the caller to open it read-only or
 * refuse it. If it breaks them too, the refusal says it was changed outside Omstil, as that is
 * what the user can act on (a clean copy without the changed rows).
 *
 * The plan is answered with each marked status's figures whole, or (`summaries`) with the summary
 * a window shows: the figures are checked by their checksums either way.
 */
export function inspectContent<F extends Figures = 'whole'>(
  db: Db,
  name: string,
  version: number,
  figures: F = 'whole' as F,
): ContentInspection<DocumentWith<F>> {
  // One read transaction: a colleague's edit committed halfway would make the rows read before
  // it disagree with the totals read after it.
  return db.transaction(() => inspectSnapshot(db, name, version, figures))() as ContentInspection<
    DocumentWith<F>
  >;
}

function inspectSnapshot(
  db: Db,
  name: string,
  version: number,
  figures: Figures,
): ContentInspection<WindowDocument> {
  const plans = countPlanRows(db);
  if (plans !== 1) throw new OmstilError(errors.planRows(name, plans));
  const scanned = new Map<string, ScannedTable>();
  const outsideChanges = version >= CHECKSUMS_SINCE ? verifyContent(db, undefined, scanned) : null;
  const work = version < CURRENT_VERSION ? migratedCopy(db, name, version) : db;
  // Every row as this version of Omstil wrote it, by its checksum, and no row more or fewer, by
  // the plan's totals: the rules each row was written under need not be checked a row at a time
  // again, and the plan is built from the rows the checksums were checked on. An older file's rows
  // are read again and checked in full, since its migration stamps them afresh.
  const vouched = outsideChanges === null && version >= CHECKSUMS_SINCE && work === db;
  // The tables' text is let go as soon as it is of no use: it is tens of megabytes in a large plan.
  if (!vouched) scanned.clear();
  try {
    const checked = readChecked(work, db, name, vouched ? scanned : null, figures);
    if (checked.problem) {
      throw new OmstilError(
        outsideChanges
          ? errors.changedOutside(name, summaryOf(outsideChanges), false)
          : checked.problem,
      );
    }
    return { document: checked.document, outsideChanges };
  } finally {
    if (work !== db) work.close();
  }
}

/**
 * An older file as it reads once migrated, in memory. The migration's tables keep rules the
 * older ones did not (the checksums' migration rewrites every row), so a value changed outside
 * Omstil can stop it: that is a damaged file, said the same by every way in.
 */
function migratedCopy(db: Db, name: string, version: number): Db {
  try {
    return migratedCopyOf(db, { enforceReferences: false });
  } catch (e) {
    if (e instanceof OmstilError) throw e;
    const code = (e as { code?: string }).code ?? '';
    // Adding a column with a rule checks the rows already there, and says so as a plain error.
    const brokenRule =
      code.startsWith('SQLITE_CONSTRAINT') || /constraint failed/i.test((e as Error).message);
    throw new OmstilError(
      errors.notMigratable(name, version, CURRENT_VERSION, brokenRule, (e as Error).message),
    );
  }
}

type Checked = { document: WindowDocument; problem: null } | { problem: AppError };

/**
 * The document, or the first rule the file breaks; references are checked in the file itself.
 * The model's schema is checked row by row only where the checksums do not vouch for the rows
 * (`vouched` holds the tables as they were read to check them, taken as the plan is built from
 * them); the rules across rows (`checkPlanRules`) always.
 */
function readChecked(
  work: Db,
  file: Db,
  name: string,
  vouched: Map<string, ScannedTable> | null,
  figures: Figures,
): Checked {
  const violations = file.pragma('foreign_key_check') as unknown[];
  if (violations.length > 0) {
    const detail = `${violations.length} foreign key violation(s)`;
    return { problem: errors.corrupt(name, detail) };
  }
  const logs = logProblem(work, name);
  if (logs) return { problem: logs };
  let document: WindowDocument;
  // Read whole where it is checked against the model's schema, which covers the figures.
  let whole: PlanDocument | null = null;
  try {
    document =
      (vouched && documentFromScan(work, vouched, figures)) || (whole = readDocument(work));
  } catch (e) {
    return { problem: errors.corrupt(name, (e as Error).message) };
  }
  try {
    if (!vouched) parseInput(PlanDocumentSchema, document);
    checkPlanRules(document);
  } catch (e) {
    if (!(e instanceof OmstilError)) throw e;
    return { problem: e.appError };
  }
  if (whole && figures === 'summaries') return { document: windowDocumentOf(whole), problem: null };
  return { document, problem: null };
}
