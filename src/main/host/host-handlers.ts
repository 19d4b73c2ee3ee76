import { sep } from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import { errors, OmstilError } from '../../shared/errors';
import { CURRENT_VERSION, localIsoDate, recentPlanStatus, type Environment } from '../core';
import type { HostContext } from './host-context';
import { forgetRecentFile, readRecentFiles } from './recent-files';

type HostCalls =
  | 'appInfo'
  | 'listRecent'
  | 'forgetRecent'
  | 'recentPlanStatus'
  | 'chooseFile'
  | 'chooseTrendsSources';

/** The calls about where the program runs: its version, its dialogs and its recent files. */
export function hostHandlers(ctx: HostContext, env: Environment): Pick<ApiHandlers, HostCalls> {
  return {
    appInfo: () => ({
      version: ctx.appVersion,
      formatVersion: CURRENT_VERSION,
      transport: ctx.transport,
      nativeDialogs: ctx.chooseFile !== undefined,
      defaultFolder: ctx.defaultFolder,
      pathSeparator: sep === '\\' ? '\\' : '/',
      opensFiles: ctx.openFile !== undefined,
    }),
    listRecent: () => readRecentFiles(ctx.recentFilesPath),
    forgetRecent: ({ path }) => {
      forgetRecentFile(ctx.recentFilesPath, path);
      return readRecentFiles(ctx.recentFilesPath);
    },
    recentPlanStatus: ({ path }) => recentPlanStatus(path, localIsoDate(env.now())),
    chooseFile: async ({ purpose, suggestedName, format }) => {
      if (!ctx.chooseFile) {
        throw new OmstilError(errors.notSupported({ da: 'Et filvindue', en: 'A file dialog' }));
      }
      return { path: await ctx.chooseFile(purpose, suggestedName, format) };
    },
    chooseTrendsSources: async ({ kind }) => {
      if (!ctx.chooseTrendsSources) {
        throw new OmstilError(errors.notSupported({ da: 'Et filvindue', en: 'A file dialog' }));
      }
      return { paths: await ctx.chooseTrendsSources(kind) };
    },
  };
}
