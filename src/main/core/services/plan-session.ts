import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { FileInfo, HistoryState, PlanChange, PlanSnapshot } from '../../../shared/api';
import { errors, OmstilError, type AppError } from '../../../shared/errors';
import type { PlanDocument, WindowDocument } from '../../../shared/model/document';
import type { Db } from '../db/connection';
import { historyState, pushEdit, step } from '../history/undo-log';
import {
  currentOwner,
  releaseLock,
  verifyLock,
  type HeldLock,
  type LockHolder,
  type LockOwner,
  type TakeOver,
} from '../lock/lock-file';
import { readPatch } from '../repositories/document-patch-reader';
import { readDocument } from '../repositories/document-reader';
import type { RowChange } from '../repositories/row-change';
import { RowWriter } from '../repositories/row-writer';
import { createPlanFile } from '../plan-file/create';
import { openPlanFile, type OpenedPlanFile } from '../plan-file/open';
import { saveCopy } from '../plan-file/save-copy';
import { sqliteToAppError } from '../plan-file/inspect';
import { appendChanges } from '../sync/change-log';
import { compactChangeLog } from '../sync/log-fold';
import { systemEnvironment, type Environment } from './clock';

/** The notices of a plan that is only shown: nothing may be made from it but a clean copy. */
const UNVOUCHED = new Set<string>(['newer-version', 'changed-outside']);

export interface SessionOptions {
  /** Who the lock names; tests stand in for another process or machine with this. */
  owner?: Partial<LockOwner>;
  /** Which locks opening may replace; by default only one left by a crash. */
  takeOver?: TakeOver;
}

/**
 * One open plan file. Every edit is one transaction that also records how to undo it and what it
 * changed, field by field, for a later merge; so an acknowledged change is on disk — with its
 * undo step and its change log entries — before the call returns.
 *
 * A plan open for editing is locked for this session (see `lock/lock-file.ts`); the lock goes
 * when the session closes. A plan someone else holds opens read-only, and may be taken over.
 */
export class PlanSession {
  private closed = false;
  private db: Db;
  private writable: boolean;
  private why: AppError | null;
  private lock: HeldLock | null;
  private holder: LockHolder | null;
  /**
   * The plan as the gate read it on opening, for the window's first look at it, and the file's
   * `data_version` then: once anyone has written to the file since, it is read afresh.
   */
  private firstRead: { document: WindowDocument; dataVersion: unknown } | null;
  /** The rows the edits, undos and redos since the last `change()` wrote, in order. */
  private unreported: RowChange[] = [];
  /** How many changes this session has answered; each answer carries its number. */
  private sequence = 0;
  /** This editing session's id, written as the origin of its change log entries. */
  readonly origin = randomUUID();
  /** True when the lock of a program that stopped without closing the plan was taken over. */
  readonly recoveredLock: boolean;

  private constructor(
    readonly path: string,
    opened: OpenedPlanFile,
    readonly env: Environment,
    private readonly owner: LockOwner,
  ) {
    this.db = opened.db;
    this.writable = !opened.readOnly;
    this.why = opened.notice;
    this.lock = opened.lock;
    this.holder = opened.holder;
    this.firstRead = this.keep(opened.document);
    this.recoveredLock = opened.replaced !== null;
  }

  static open(
    path: string,
    env: Environment = systemEnvironment,
    options: SessionOptions = {},
  ): PlanSession {
    const owner = currentOwner(options.owner);
    const opened = openPlanFile(path, {
      owner,
      now: env.now(),
      ...(options.takeOver ? { takeOver: options.takeOver } : {}),
    });
    return new PlanSession(path, opened, env, owner);
  }

  /** Writes `doc` as a new plan file (never over an existing one) and opens it. */
  static create(
    path: string,
    doc: PlanDocument,
    env: Environment = systemEnvironment,
    options: SessionOptions = {},
  ): PlanSession {
    createPlanFile(path, doc);
    return PlanSession.open(path, env, options);
  }

  get readOnly(): boolean {
    return !this.writable;
  }

  /** Why the plan is read-only, shown to the user. */
  get notice(): AppError | null {
    return this.why;
  }

  nowIso(): string {
    return this.env.now().toISOString();
  }

  /** The whole plan, each marked status with its figures, as the file holds it now. */
  document(): PlanDocument {
    this.assertOpen();
    return readDocument(this.db);
  }

  /**
   * The plan as a window holds it: marked statuses with their summary, not their figures, which
   * the window reads with `statusFigures` when it compares them.
   */
  view(): WindowDocument {
    this.assertOpen();
    const first = this.firstRead;
    this.firstRead = null;
    if (first && first.dataVersion === this.dataVersion()) return first.document;
    return readDocument(this.db, 'summaries');
  }

  private keep(document: WindowDocument | null): PlanSession['firstRead'] {
    return document ? { document, dataVersion: this.dataVersion() } : null;
  }

  /** Changes whenever another connection commits to the file (SQLite's own counter). */
  private dataVersion(): unknown {
    return this.db.pragma('data_version', { simple: true });
  }

  /**
   * The plan, for a use that takes it out of the file (an export, a copy): refused, with the
   * notice it opened with, when this version cannot vouch for it (a newer file, or one changed
   * outside Omstil), so that what is not vouched for does not spread into documents and copies.
   */
  vouchedDocument(): PlanDocument {
    this.assertVouched();
    return this.document();
  }

  history(): HistoryState {
    this.assertOpen();
    return historyState(this.db);
  }

  fileInfo(): FileInfo {
    const info = this.holder?.info;
    return {
      path: this.path,
      name: basename(this.path),
      readOnly: this.readOnly,
      notice: this.notice
        ? {
            code: this.notice.code,
            message: this.notice.message,
            ...(this.notice.code === 'changed-outside'
              ? { offers: ['clean-copy' as const, 'accept' as const] }
              : {}),
          }
        : null,
      lock: this.holder
        ? {
            user: info?.user ?? null,
            machine: info?.machine ?? null,
            since: info?.since ?? null,
            program: info?.program ?? null,
            takeOver: this.holder.state === 'live' ? 'confirm' : 'offer',
          }
        : null,
    };
  }

  snapshot(): PlanSnapshot {
    this.unreported = [];
    return {
      file: this.fileInfo(),
      document: this.view(),
      history: this.history(),
      sequence: this.sequence,
    };
  }

  /**
   * What the edits since the last snapshot or change changed, for a window whose copy of the plan
   * matched the file then: read from the rows they touched, not from the whole plan.
   */
  change(): PlanChange {
    this.assertOpen();
    const changes = this.unreported;
    this.unreported = [];
    const patch = readPatch(this.db, changes);
    this.sequence += 1;
    return { file: this.fileInfo(), patch, history: this.history(), sequence: this.sequence };
  }

  /** Reads inside the session's connection; for the services' existence checks. */
  read<T>(fn: (db: Db) => T): T {
    this.assertOpen();
    return fn(this.db);
  }

  /**
   * Runs `fn` as one edit: one transaction, recorded for undo under `label`. An edit that
   * changes nothing leaves no undo step. Any error rolls the whole edit back.
   */
  edit<T>(label: string, fn: (writer: RowWriter, now: string) => T): T {
    this.assertWritable();
    this.firstRead = null;
    const now = this.nowIso();
    try {
      const writer = new RowWriter(this.db);
      const result = this.db
        .transaction(() => {
          const value = fn(writer, now);
          if (writer.changes.length > 0) {
            pushEdit(this.db, label, writer.changes, now);
            this.log(writer.changes, now);
          }
          return value;
        })
        .immediate();
      this.unreported = this.unreported.concat(writer.changes);
      return result;
    } catch (e) {
      if (e instanceof OmstilError) throw e;
      throw sqliteToAppError(e, basename(this.path));
    }
  }

  undo(): void {
    this.stepHistory('undo');
  }

  redo(): void {
    this.stepHistory('redo');
  }

  private stepHistory(from: 'undo' | 'redo'): void {
    this.assertWritable();
    this.firstRead = null;
    const now = this.nowIso();
    let applied: RowChange[] | null;
    try {
      applied = this.db
        .transaction(() => {
          const changes = step(this.db, from, now);
          if (changes) this.log(changes, now);
          return changes;
        })
        .immediate();
    } catch (e) {
      throw sqliteToAppError(e, basename(this.path));
    }
    if (!applied) {
      throw new OmstilError(from === 'undo' ? errors.nothingToUndo() : errors.nothingToRedo());
    }
    this.unreported = this.unreported.concat(applied);
  }

  /** Undo and redo are changes like any other to a colleague's copy, so they are logged too. */
  private log(changes: readonly RowChange[], now: string): void {
    appendChanges(this.db, changes, { origin: this.origin, now });
  }

  /**
   * Makes a read-only plan editable by taking over its lock: without `confirmed` only a lock
   * left by a crash or an old one from another machine; with it, any. Throws the lock's notice
   * when the plan is still held.
   */
  takeOverLock(confirmed: boolean): void {
    this.assertOpen();
    if (this.writable) return;
    this.assertVouched();
    this.reopen(
      openPlanFile(this.path, {
        owner: this.owner,
        now: this.env.now(),
        takeOver: confirmed ? 'any' : 'offered',
      }),
    );
  }

  /**
   * Takes the content of a plan changed outside Omstil as it is, once the user has `confirmed`
   * it (they changed it on purpose, with another tool): its checksums are written afresh and it
   * is opened for editing. Nothing to do for a plan that opened without such changes. Throws the
   * notice that stands in the way: the changes without confirmation, or someone else's lock.
   */
  acceptOutsideChanges(confirmed: boolean): void {
    this.assertOpen();
    if (this.why?.code !== 'changed-outside') return;
    if (!confirmed) throw new OmstilError(this.why);
    this.reopen(
      openPlanFile(this.path, {
        owner: this.owner,
        now: this.env.now(),
        acceptOutsideChanges: true,
      }),
    );
  }

  /** Goes on with a plan opened afresh for editing, or throws why it opened read-only. */
  private reopen(opened: OpenedPlanFile): void {
    if (opened.readOnly) {
      opened.db.close();
      if (opened.holder) this.holder = opened.holder;
      throw new OmstilError(opened.notice ?? errors.readOnly());
    }
    this.db.close();
    this.db = opened.db;
    this.writable = true;
    this.why = null;
    this.lock = opened.lock;
    this.holder = null;
    this.firstRead = this.keep(opened.document);
  }

  saveCopy(target: string, options: { includeHistory?: boolean; overwrite?: boolean }): void {
    this.assertOpen();
    this.assertVouched();
    saveCopy(this.db, this.path, target, options);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.foldChangeLog();
      this.db.close();
    } finally {
      if (this.lock) releaseLock(this.lock);
      this.lock = null;
    }
  }

  /**
   * Folds the change log down to the plan's limit as the plan is closed: once a session, not on
   * every edit, and not while the user waits for the plan to open. Only while the plan is still
   * ours to write. A fold that fails leaves the log whole, which every merge can still use, so
   * it does not keep the plan from closing.
   */
  private foldChangeLog(): void {
    if (!this.writable || (this.why && UNVOUCHED.has(this.why.code))) return;
    try {
      if (this.lock && verifyLock(this.lock, this.owner, this.env.now())) return;
      compactChangeLog(this.db);
    } catch {
      // The log stays as it was; the next close tries again.
    }
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private assertOpen(): void {
    if (this.closed) throw new OmstilError(errors.noPlanOpen());
  }

  /** Refuses with the notice the plan opened with when this version cannot vouch for it. */
  private assertVouched(): void {
    if (this.why && UNVOUCHED.has(this.why.code)) throw new OmstilError(this.why);
  }

  /**
   * Also checks that the lock is still ours: a colleague who took the plan over must not have
   * our edits land in their session, so a lost lock turns this session read-only instead.
   */
  private assertWritable(): void {
    this.assertOpen();
    if (!this.writable) throw new OmstilError(errors.readOnly());
    if (!this.lock) return;
    let taker: LockHolder | null;
    try {
      taker = verifyLock(this.lock, this.owner, this.env.now());
    } catch (e) {
      throw new OmstilError(errors.io(this.lock.lockPath, (e as Error).message));
    }
    if (!taker) return;
    this.lock = null;
    this.writable = false;
    this.holder = taker;
    this.why = errors.lockLost({
      user: taker.info?.user ?? null,
      machine: taker.info?.machine ?? null,
      since: taker.info?.since ?? null,
    });
    throw new OmstilError(this.why);
  }
}
