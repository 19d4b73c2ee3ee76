import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import { errors, OmstilError } from '../../shared/errors';
import {
  findTrendsWorker,
  listTrendFiles,
  readTrendFile,
  TrendsReadPool,
  type Environment,
} from '../core';
import { renderTrendsJson, writeTrendsPdf } from '../export';
import { writeFileAtomic } from '../fs/atomic-write';
import type { HostContext } from './host-context';

type TrendsCalls = 'trendsListFiles' | 'trendsReadFile' | 'trendsExport';

/** How long the reading threads are kept after the last file, for the next report. */
const THREADS_KEPT_MS = 30_000;

/**
 * The trends screen's calls (issue 18). A file is read a call each, so the window's progress bar
 * counts files. The reading is handed to worker threads where the worker is built (the app, the
 * command's HTTP host): the host's own thread then only passes calls and answers, and the window
 * keeps a few calls in flight so both cores read. Under the tests' sources there is no built
 * worker, and a file is read in the host's thread. Relative paths are the user's default folder's.
 */
export function trendsHandlers(ctx: HostContext, env: Environment): Pick<ApiHandlers, TrendsCalls> {
  const workerFile = findTrendsWorker();
  const pool = workerFile
    ? new TrendsReadPool({
        workerFile,
        cwd: ctx.defaultFolder,
        threads: availableParallelism(),
        idleMs: THREADS_KEPT_MS,
        env,
      })
    : null;
  return {
    trendsListFiles: ({ paths }) => listTrendFiles(paths, ctx.defaultFolder),
    trendsReadFile: ({ file }) =>
      pool ? pool.read(file) : readTrendFile(file, ctx.defaultFolder, env),
    trendsExport: async ({ report, format, path, overwrite }) => {
      const target = resolve(ctx.defaultFolder, path);
      if (!overwrite && existsSync(target)) throw new OmstilError(errors.alreadyExists(target));
      if (format === 'pdf') await writeTrendsPdf(report, target, { now: env.now() });
      else writeFileAtomic(target, renderTrendsJson(report));
      return { path: target, bytes: statSync(target).size };
    },
  };
}
