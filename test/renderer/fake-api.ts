import type { ApiClient, AppInfo, PlanSnapshot, RecentFile } from '../../src/shared/api';
import { errors, type AppError } from '../../src/shared/errors';
import type { PlanDocument } from '../../src/shared/model/document';
import type { Result } from '../../src/shared/result';
import { browserAppInfo, emptyDocument, planDocument, recentFiles, snapshotOf } from './fixtures';

type Calls = { [C in keyof ApiClient]?: Parameters<ApiClient[C]>[0][] };

/**
 * An in-memory stand-in for the core: a few files on a pretend disk, one open plan, and a log of
 * every call so a test can check what the screen asked for.
 */
export interface FakeApi {
  api: ApiClient;
  calls: Calls;
  files: Map<string, PlanDocument>;
}

export function createFakeApi(
  options: { appInfo?: AppInfo; recent?: RecentFile[]; open?: PlanSnapshot | null } = {},
  overrides: Partial<ApiClient> = {},
): FakeApi {
  const files = new Map<string, PlanDocument>([[recentFiles[0]!.path, planDocument]]);
  let open: PlanSnapshot | null = options.open ?? null;
  const calls: Calls = {};
  const log = <C extends keyof ApiClient>(call: C, input: Parameters<ApiClient[C]>[0]) => {
    const list = (calls[call] ??= []) as Parameters<ApiClient[C]>[0][];
    list.push(input);
  };
  const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
  const fail = <T>(error: AppError): Promise<Result<T>> => Promise.resolve({ ok: false, error });

  const standIn: Partial<ApiClient> = {
    appInfo: (input) => (log('appInfo', input), ok(options.appInfo ?? browserAppInfo)),
    getPlan: (input) => (log('getPlan', input), ok(open)),
    listRecent: (input) => (log('listRecent', input), ok(options.recent ?? recentFiles)),
    openPlan: (input) => {
      log('openPlan', input);
      const doc = files.get(input.path);
      if (!doc) return fail(errors.notFound(input.path));
      open = snapshotOf(doc, input.path);
      return ok(open);
    },
    newPlan: (input) => {
      log('newPlan', input);
      if (files.has(input.path)) return fail(errors.alreadyExists(input.path));
      const doc = input.example ? planDocument : emptyDocument(input.title ?? 'Ny plan');
      files.set(input.path, doc);
      open = snapshotOf(doc, input.path);
      return ok(open);
    },
    closePlan: (input) => {
      log('closePlan', input);
      open = null;
      return ok(null);
    },
    chooseFile: (input) => (log('chooseFile', input), ok({ path: null })),
  };

  const merged = { ...standIn, ...overrides };
  // Whatever the stand-in does not implement answers as the core does for an unknown call.
  const api = new Proxy(merged, {
    get: (target, call: string) =>
      (target as Record<string, unknown>)[call] ??
      (() => fail(errors.notSupported({ da: `Kaldet ${call}`, en: `The call ${call}` }))),
  }) as ApiClient;
  return { api, calls, files };
}
