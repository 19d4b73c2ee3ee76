import { Worker } from 'node:worker_threads';
import type { TrendsRead } from '../../../shared/trends';
import { systemEnvironment, type Environment } from '../services/clock';
import { readTrendFile } from './read-summary';
import type { TrendsWorkerAnswer, TrendsWorkerData, TrendsWorkerRequest } from './worker-protocol';

export interface TrendsReadPoolOptions {
  /** The built worker entry (`findTrendsWorker`). */
  workerFile: string;
  /** What relative file names are relative to. */
  cwd: string;
  /** How many threads read at once. */
  threads: number;
  /**
   * How long the threads are kept once nothing is waiting, for the next file; then they stop, so
   * an idle host holds none. Leave out to keep them until `dispose`.
   */
  idleMs?: number;
  /** For reading in this thread a file whose thread failed. */
  env?: Environment;
}

/** Two files in flight per thread, so a thread never waits for its next file. */
const IN_FLIGHT_PER_THREAD = 2;

interface Waiting {
  file: string;
  done: (read: TrendsRead) => void;
}

interface Reader {
  worker: Worker;
  /** The files sent to this thread and not yet answered, by the request's number. */
  sent: Map<number, Waiting>;
}

/**
 * A thread keeps the process alive while it has files to answer, as a caller awaits them, and
 * not while it waits for the next: an idle pool never holds a command or a host open.
 */
function holdOpen(reader: Reader): void {
  if (reader.sent.size > 0) reader.worker.ref();
  else reader.worker.unref();
}

/**
 * Threads that read trends files, each through `readTrendFile`, kept between files: the command
 * sends it a whole folder, the host one file a call, so that the host's own thread is free for
 * the next call while both cores read. Started at the first file. A thread that fails has its files read in this thread instead, so every file is
 * answered.
 */
export class TrendsReadPool {
  private readonly readers: Reader[] = [];
  private readonly queue: Waiting[] = [];
  private nextNumber = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: TrendsReadPoolOptions) {}

  read(file: string): Promise<TrendsRead> {
    return new Promise<TrendsRead>((done) => {
      this.queue.push({ file, done });
      if (this.idleTimer) clearTimeout(this.idleTimer);
      this.idleTimer = null;
      while (this.readers.length < this.options.threads) this.start();
      this.pump();
    });
  }

  /** How many threads are reading or waiting for the next file. */
  get running(): number {
    return this.readers.length;
  }

  /** Stops the threads; files not yet answered are read in this thread. */
  async dispose(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const readers = this.readers.splice(0);
    await Promise.all(readers.map((reader) => this.stop(reader)));
  }

  private start(): void {
    const data: TrendsWorkerData = { cwd: this.options.cwd };
    const worker = new Worker(this.options.workerFile, { workerData: data });
    const reader: Reader = { worker, sent: new Map() };
    holdOpen(reader);
    this.readers.push(reader);
    worker.on('message', ({ index, read }: TrendsWorkerAnswer) => {
      const waiting = reader.sent.get(index);
      reader.sent.delete(index);
      holdOpen(reader);
      waiting?.done(read);
      this.pump();
    });
    worker.on('error', () => {
      this.readers.splice(this.readers.indexOf(reader), 1);
      void this.stop(reader);
      this.pump();
    });
  }

  /** Ends a thread and reads here what it had not answered. */
  private async stop(reader: Reader): Promise<void> {
    const unanswered = [...reader.sent.values()];
    reader.sent.clear();
    for (const { file, done } of unanswered) done(this.readHere(file));
    await reader.worker.terminate();
  }

  /** Sends waiting files to threads with room, or reads them here when there is no thread. */
  private pump(): void {
    if (this.readers.length === 0) {
      for (const { file, done } of this.queue.splice(0)) done(this.readHere(file));
      return;
    }
    for (const reader of this.readers) {
      while (reader.sent.size < IN_FLIGHT_PER_THREAD && this.queue.length > 0) {
        const waiting = this.queue.shift()!;
        const request: TrendsWorkerRequest = { index: this.nextNumber++, file: waiting.file };
        reader.sent.set(request.index, waiting);
        reader.worker.postMessage(request);
      }
      holdOpen(reader);
    }
    this.stopWhenIdle();
  }

  private stopWhenIdle(): void {
    const { idleMs } = this.options;
    if (idleMs === undefined || this.idleTimer || this.queue.length > 0) return;
    if (this.readers.some((reader) => reader.sent.size > 0)) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      void this.dispose();
    }, idleMs);
    this.idleTimer.unref();
  }

  private readHere(file: string): TrendsRead {
    return readTrendFile(file, this.options.cwd, this.options.env ?? systemEnvironment);
  }
}
