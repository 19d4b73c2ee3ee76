import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { errors, OmstilError } from '../../../shared/errors';
import type { PlanDocument } from '../../../shared/model/document';
import { orderedSections } from '../sections';
import type { PlanPdfOptions } from './document';
import { loadPdfFonts, type PdfFonts } from './fonts';
import {
  WORKER_BASENAME,
  type PdfWorkerData,
  type PdfWorkerMessage,
  type PdfWorkerRequest,
} from './worker-protocol';

export interface OffThreadOptions extends PlanPdfOptions {
  onProgress?: (fraction: number) => void;
  /** Stops this export (and the worker with it); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface PdfWorkerHostOptions {
  /** The built worker entry; found beside the running bundle when left out. */
  workerFile?: string;
  fonts?: PdfFonts;
  /** How long an idle worker is kept for the next export; 0 stops it at once. */
  idleMs?: number;
}

/** How many folders up from the running bundle (e.g. out/node/chunks → out/node) to look. */
const SEARCH_DEPTH = 3;

/** Keeps a runaway plan from taking the app's memory with it: the worker is stopped instead. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1536, maxYoungGenerationSizeMb: 48 };

/** The worker entry beside the running bundle: `pdf-worker.cjs` (command) or `.js` (app). */
export function findWorkerFile(start: string = __dirname): string | null {
  let dir = resolve(start);
  for (let i = 0; i < SEARCH_DEPTH; i++) {
    for (const ext of ['.cjs', '.js']) {
      const candidate = join(dir, `${WORKER_BASENAME}${ext}`);
      if (existsSync(candidate)) return candidate;
    }
    dir = dirname(dir);
  }
  return null;
}

interface Job {
  resolve: (pdf: Buffer) => void;
  reject: (e: Error) => void;
  onProgress: ((fraction: number) => void) | undefined;
}

/**
 * PDFs laid out in a worker thread: pdfmake works synchronously for seconds on a large plan, and
 * on the main thread that would freeze the window. One host keeps one worker, started on the
 * first export and stopped after `idleMs` without work, so that the export after a preview does
 * not pay for starting and compiling again. Exports run one at a time, in order.
 */
export class PdfWorkerHost {
  private readonly options: PdfWorkerHostOptions;
  private worker: Worker | null = null;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(options: PdfWorkerHostOptions = {}) {
    this.options = options;
  }

  render(doc: PlanDocument, options: OffThreadOptions): Promise<Buffer> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    const id = this.nextId++;
    const request: PdfWorkerRequest = {
      id,
      doc,
      lang: options.lang,
      sections: options.sections ? orderedSections(options.sections) : null,
      now: (options.now ?? new Date()).toISOString(),
    };
    return new Promise<Buffer>((resolvePdf, reject) => {
      // A layout cannot be interrupted, so cancelling stops the worker; the next export starts
      // a fresh one.
      const onAbort = () => {
        this.jobs.delete(id);
        reject(signal?.reason as Error);
        this.stop(worker);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      this.jobs.set(id, {
        resolve: (pdf) => {
          done();
          resolvePdf(pdf);
        },
        reject: (e) => {
          done();
          reject(e);
        },
        onProgress: options.onProgress,
      });
      this.clearIdle();
      // A worker with work keeps the process alive; an idle one must not keep it from exiting.
      worker.ref();
      worker.postMessage(request);
    });
  }

  /**
   * Starts the worker ahead of an export that is about to be asked for (the export dialog is
   * opening), so that loading pdfmake into it overlaps with what comes first. A worker that gets no
   * work stops after `idleMs` as usual. A missing worker file is reported by the export itself.
   */
  warm(): void {
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch {
      return;
    }
    if (this.jobs.size === 0) {
      worker.unref();
      this.scheduleIdle();
    }
  }

  /** Whether a worker thread is running (started and not yet stopped). */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Stops the worker; exports still waiting fail. */
  async dispose(): Promise<void> {
    this.clearIdle();
    const worker = this.worker;
    if (worker) {
      this.stop(worker);
      await worker.terminate();
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const file = this.options.workerFile ?? findWorkerFile();
    if (!file) throw new OmstilError(errors.internal(`${WORKER_BASENAME} not found`));
    const workerData: PdfWorkerData = { fonts: this.options.fonts ?? loadPdfFonts() };
    const worker = new Worker(file, { workerData, resourceLimits: WORKER_LIMITS });
    worker.on('message', (message: PdfWorkerMessage) => this.onMessage(message));
    worker.on('error', (e) => this.fail(worker, new OmstilError(errors.internal(e.message))));
    worker.on('exit', (code) =>
      this.fail(worker, new OmstilError(errors.internal(`PDF worker stopped (${code})`))),
    );
    this.worker = worker;
    return worker;
  }

  private onMessage(message: PdfWorkerMessage): void {
    const job = this.jobs.get(message.id);
    if (!job) return;
    if (message.type === 'progress') {
      job.onProgress?.(message.fraction);
      return;
    }
    this.jobs.delete(message.id);
    if (message.type === 'done') {
      const { pdf } = message;
      job.resolve(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    } else {
      job.reject(new OmstilError(message.appError ?? errors.internal(message.message)));
    }
    if (this.jobs.size === 0) {
      this.worker?.unref();
      this.scheduleIdle();
    }
  }

  private fail(worker: Worker, error: OmstilError): void {
    if (worker !== this.worker) return;
    this.worker = null;
    for (const job of this.jobs.values()) job.reject(error);
    this.jobs.clear();
  }

  private stop(worker: Worker): void {
    if (worker === this.worker) {
      this.fail(worker, new OmstilError(errors.internal('PDF worker stopped')));
    }
    void worker.terminate();
  }

  private scheduleIdle(): void {
    this.clearIdle();
    const idleMs = this.options.idleMs ?? 60_000;
    const worker = this.worker;
    if (!worker) return;
    if (idleMs <= 0) {
      this.stop(worker);
      return;
    }
    this.idleTimer = setTimeout(() => this.stop(worker), idleMs);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

/** One PDF in a worker that is stopped right after: for a single export. */
export async function renderPlanPdfOffThread(
  doc: PlanDocument,
  options: OffThreadOptions & Pick<PdfWorkerHostOptions, 'workerFile' | 'fonts'>,
): Promise<Buffer> {
  const host = new PdfWorkerHost({
    idleMs: 0,
    ...(options.workerFile ? { workerFile: options.workerFile } : {}),
    ...(options.fonts ? { fonts: options.fonts } : {}),
  });
  try {
    return await host.render(doc, options);
  } finally {
    await host.dispose();
  }
}
