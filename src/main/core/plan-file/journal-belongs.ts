import type { JournalMismatch } from '../../../shared/errors';
import type { SqliteHeader } from './header';
import type { RollbackJournal } from './journal-file';

/** The plan as it lies beside the journal: its header and its page 1, read without SQLite. */
export interface PlanBeside {
  header: SqliteHeader;
  pageOne: Buffer;
}

/**
 * Why a readable journal does not belong to the plan beside it, or null when it does: when it can
 * only be what is left of a transaction on this very file, interrupted. The rule:
 *
 * 1. Its page size is the plan's. SQLite plays a journal back with the journal's page size
 *    (`readJournalHdr` in pager.c), so any other would write pages across each other.
 * 2. Its records are whole and their checksums hold with their header's nonce, and it was not
 *    cut short after a header was synced — `readRollbackJournal` has checked that.
 * 3. If it holds page 1 — and a transaction that reached its commit always does, because the
 *    commit raises the change counter on page 1 (fileformat2.html, "File change counter") and
 *    journals the page first — that copy is the plan's page 1 from before the transaction:
 *    - the same application id (the same kind of file: ours);
 *    - its change counter c and the plan's counter p are either p = c + 1 (the commit had
 *      written page 1, which SQLite writes first because it writes pages in order, and was cut
 *      off after it), or p = c (cut off before anything reached the file). SQLite never writes
 *      page 1 before the commit, so when p = c the plan's page 1 must still be that copy, byte
 *      for byte;
 *    - when its own header is current, its page count is the journal's initial size;
 *    - if the plan is now smaller than when the transaction began, the transaction rewrote the
 *      file whole and the journal holds at least every page the plan now has. Without
 *      auto-vacuum (byte 52 of page 1 is 0, as in every plan) pages that fall free stay in the
 *      file, so only a VACUUM or a backup onto the file makes it smaller, and both write, and
 *      so journal, every page of the new file. A clean copy saved from an older state of the
 *      plan is smaller, and its journal holds a few pages.
 * 4. If it holds no page 1 (a large transaction that spilled pages to the file before its
 *    commit), page 1 of the plan is still as the transaction found it, so the plan's page count
 *    is the journal's initial size.
 *
 * What the rule cannot tell apart, because the files look exactly alike:
 * - a journal of the transaction just before the plan's last commit, if that commit did not make
 *   the plan smaller (p = c + 1, as after a crash during that commit): rolling it back undoes that commit, or damages the plan;
 * - a journal of another plan, or of another copy of this one, at the same change counter with
 *   a byte-identical page 1 (same version, size and free pages; page 1 holds no rows), or
 *   without page 1 and of the same size.
 * Neither is left to chance: the copies are kept before any rollback, and the rollback stands
 * only if the plan then passes the whole inspection (`journal.ts`).
 */
export function journalMismatch(
  journal: RollbackJournal,
  plan: PlanBeside,
): JournalMismatch | null {
  const { header } = plan;
  if (journal.pageSize !== header.pageSize) return 'other-database';
  const before = journal.pageOne;
  if (!before) {
    return header.pageCount !== null && header.pageCount !== journal.initialPages
      ? 'other-version'
      : null;
  }
  if (before.readInt32BE(68) !== header.applicationId) return 'other-database';
  const counter = before.readUInt32BE(24);
  if (header.changeCounter === counter) {
    if (!before.equals(plan.pageOne)) return 'other-version';
  } else if (header.changeCounter !== (counter + 1) >>> 0) {
    return 'other-version';
  }
  const ownCountCurrent = before.readUInt32BE(92) === counter;
  if (ownCountCurrent && before.readUInt32BE(28) !== journal.initialPages) return 'other-version';
  if (shrankWithoutRewrite(journal, before, header)) return 'other-version';
  return null;
}

function shrankWithoutRewrite(
  journal: RollbackJournal,
  before: Buffer,
  plan: PlanBeside['header'],
): boolean {
  const autoVacuum = before.readUInt32BE(52) !== 0;
  return (
    !autoVacuum &&
    plan.pageCount !== null &&
    plan.pageCount < journal.initialPages &&
    journal.records < plan.pageCount
  );
}
