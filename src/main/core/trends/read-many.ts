import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { TrendsRead } from '../../../shared/trends';
import { systemEnvironment, type Environment } from '../services/clock';
import { TrendsReadPool } from './read-pool';
import { readTrendFile } from './read-summary';
import { TRENDS_WORKER_BASENAME } from './worker-protocol';

export interface ReadTrendsOptions {
  cwd: string;
  env?: Environment;
  /** Called after each file with how many are read of how many: a progress bar counts files. */
  onProgress?: (done: number, total: number) => void;
  /** The built worker entry; found beside the running bundle when left out, null for none. */
  workerFile?: string | null;
  /** How many threads read at once; one reads in this thread. */
  threads?: number;
}

/** How many folders up from the running bundle (e.g. out/node/chunks → out/node) to look. */
const SEARCH_DEPTH = 3;

/** Below this many files, starting threads costs more than it saves. */
const FEWEST_FOR_THREADS = 8;

/** The worker entry beside the running bundle, or null (the sources, under the tests). */
export function findTrendsWorker(start: string = __dirname): string | null {
  let dir = resolve(start);
  for (let i = 0; i < SEARCH_DEPTH; i++) {
    for (const ext of ['.cjs', '.js']) {
      const candidate = join(dir, `${TRENDS_WORKER_BASENAME}${ext}`);
      if (existsSync(candidate)) return candidate;
    }
    dir = dirname(dir);
  }
  return null;
}

/**
 * Reads the files of a trends report, each as `readTrendFile` reads it, in worker threads when
 * there are enough files and the worker is built: one per core, as reading a plan is mostly
 * SQLite's check and the checksums, and the threads share nothing (`TrendsReadPool`; a thread
 * that fails has its files read here). Answers in the files' order whatever order they finish
 * in. In this thread, it yields between files, so a host can answer other calls meanwhile.
 */
export async function readTrendFiles(
  files: readonly string[],
  options: ReadTrendsOptions,
): Promise<TrendsRead[]> {
  const env = options.env ?? systemEnvironment;
  const workerFile = options.workerFile === undefined ? findTrendsWorker() : options.workerFile;
  const threads = Math.min(options.threads ?? availableParallelism(), files.length);
  if (workerFile && threads > 1 && files.length >= FEWEST_FOR_THREADS) {
    return readInThreads(files, workerFile, threads, options);
  }
  const reads: TrendsRead[] = [];
  for (const file of files) {
    reads.push(readTrendFile(file, options.cwd, env));
    options.onProgress?.(reads.length, files.length);
    await new Promise((done) => setImmediate(done));
  }
  return reads;
}

async function readInThreads(
  files: readonly string[],
  workerFile: string,
  threads: number,
  options: ReadTrendsOptions,
): Promise<TrendsRead[]> {
  const pool = new TrendsReadPool({ workerFile, cwd: options.cwd, threads, env: options.env });
  let done = 0;
  try {
    return await Promise.all(
      files.map(async (file) => {
        const read = await pool.read(file);
        done += 1;
        options.onProgress?.(done, files.length);
        return read;
      }),
    );
  } finally {
    await pool.dispose();
  }
}
