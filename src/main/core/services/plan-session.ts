import { basename } from 'node:path';
import type { FileInfo, HistoryState, PlanSnapshot } from '../../../shared/api';
import { errors, OmstilError, type AppError } from '../../../shared/errors';
import type { PlanDocument } from '../../../shared/model/document';
import type { Db } from '../db/connection';
import { historyState, pushEdit, step } from '../history/undo-log';
import { readDocument } from '../repositories/document-reader';
import { RowWriter } from '../repositories/row-store';
import { createPlanFile } from '../plan-file/create';
import { openPlanFile } from '../plan-file/open';
import { saveCopy } from '../plan-file/save-copy';
import { sqliteToAppError } from '../plan-file/inspect';
import { systemEnvironment, type Environment } from './clock';

/**
 * One open plan file. Every edit is one transaction that also records how to undo it, so an
 * acknowledged change is on disk — with its undo step — before the call returns.
 */
export class PlanSession {
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly db: Db,
    readonly readOnly: boolean,
    readonly notice: AppError | null,
    readonly env: Environment,
  ) {}

  static open(path: string, env: Environment = systemEnvironment): PlanSession {
    const opened = openPlanFile(path);
    return new PlanSession(path, opened.db, opened.readOnly, opened.notice, env);
  }

  /** Writes `doc` as a new plan file (never over an existing one) and opens it. */
  static create(
    path: string,
    doc: PlanDocument,
    env: Environment = systemEnvironment,
  ): PlanSession {
    createPlanFile(path, doc);
    return PlanSession.open(path, env);
  }

  nowIso(): string {
    return this.env.now().toISOString();
  }

  document(): PlanDocument {
    this.assertOpen();
    return readDocument(this.db);
  }

  history(): HistoryState {
    this.assertOpen();
    return historyState(this.db);
  }

  fileInfo(): FileInfo {
    return {
      path: this.path,
      name: basename(this.path),
      readOnly: this.readOnly,
      notice: this.notice ? { code: this.notice.code, message: this.notice.message } : null,
    };
  }

  snapshot(): PlanSnapshot {
    return { file: this.fileInfo(), document: this.document(), history: this.history() };
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
    const now = this.nowIso();
    try {
      return this.db
        .transaction(() => {
          const writer = new RowWriter(this.db);
          const result = fn(writer, now);
          if (writer.changes.length > 0) pushEdit(this.db, label, writer.changes, now);
          return result;
        })
        .immediate();
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
    const now = this.nowIso();
    const done = this.db.transaction(() => step(this.db, from, now)).immediate();
    if (!done) {
      throw new OmstilError(from === 'undo' ? errors.nothingToUndo() : errors.nothingToRedo());
    }
  }

  saveCopy(target: string, options: { includeHistory?: boolean; overwrite?: boolean }): void {
    this.assertOpen();
    saveCopy(this.db, this.path, target, options);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private assertOpen(): void {
    if (this.closed) throw new OmstilError(errors.noPlanOpen());
  }

  private assertWritable(): void {
    this.assertOpen();
    if (this.readOnly) throw new OmstilError(errors.readOnly());
  }
}
