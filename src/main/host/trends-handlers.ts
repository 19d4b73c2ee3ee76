import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import { errors, OmstilError } from '../../shared/errors';
import { listTrendFiles, readTrendFile, type Environment } from '../core';
import { renderTrendsJson, writeTrendsPdf } from '../export';
import { writeFileAtomic } from '../fs/atomic-write';
import type { HostContext } from './host-context';

type TrendsCalls = 'trendsListFiles' | 'trendsReadFile' | 'trendsExport';

/**
 * The trends screen's calls (issue 18). A file is read a call each, so the window's progress bar
 * counts files and the host's thread is held one file at a time (some 15 ms for a plan of a
 * hundred activities), never for the whole set. Relative paths are the user's default folder's.
 */
export function trendsHandlers(ctx: HostContext, env: Environment): Pick<ApiHandlers, TrendsCalls> {
  return {
    trendsListFiles: ({ paths }) => listTrendFiles(paths, ctx.defaultFolder),
    trendsReadFile: ({ file }) => readTrendFile(file, ctx.defaultFolder, env),
    trendsExport: async ({ report, format, path, overwrite }) => {
      const target = resolve(ctx.defaultFolder, path);
      if (!overwrite && existsSync(target)) throw new OmstilError(errors.alreadyExists(target));
      if (format === 'pdf') await writeTrendsPdf(report, target, { now: env.now() });
      else writeFileAtomic(target, renderTrendsJson(report));
      return { path: target, bytes: statSync(target).size };
    },
  };
}
