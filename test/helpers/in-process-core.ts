import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlanFile, PlanSession, type Environment } from '../../src/main/core';
import { createHandlers, dispatch, type Handlers, type HostContext } from '../../src/main/host';
import { createClient } from '../../src/renderer/api/client';
import type { ApiClient, PlanSnapshot } from '../../src/shared/api';
import type { ApiCall } from '../../src/shared/api-names';
import type { Result } from '../../src/shared/result';
import { BUILT_PDF_WORKER } from './built-node';
import { fixedEnvironment } from './fixed-env';
import { spoilPlanFile } from './hostile-files';
import type {
  AnswerLog,
  CallLog,
  Colleague,
  CoreOptions,
  InProcessCore,
} from './in-process-core-shape';

export type { CoreOptions, InProcessCore } from './in-process-core-shape';

/** The program's version as a test host reports it. */
const TEST_VERSION = '0.0.0-test';

/**
 * Carries a call as the loopback HTTP host does: the input and the answer each cross as JSON, so
 * what arrives is only what a real transport can carry.
 */
function jsonTransport(handlers: Handlers) {
  return async (call: ApiCall, input: unknown): Promise<Result<unknown>> => {
    const sent: unknown = JSON.parse(JSON.stringify(input ?? {}));
    const result = await dispatch(handlers, call, sent);
    return JSON.parse(JSON.stringify(result)) as Result<unknown>;
  };
}

/** Setting a scene must not fail quietly: a refused call there stops the test with its reason. */
function strict(transport: ReturnType<typeof jsonTransport>) {
  return async (call: ApiCall, input: unknown): Promise<Result<unknown>> => {
    const result = await transport(call, input);
    if (!result.ok) throw new Error(`${call}: ${result.error.message.en}`);
    return result;
  };
}

/** A clock that reads `hoursAgo` behind `env`'s, for a lock taken that long ago. */
function earlier(env: Environment, hoursAgo: number): Environment {
  return {
    now: () => new Date(env.now().getTime() - hoursAgo * 3600_000),
    newId: env.newId,
  };
}

/**
 * The real core behind the renderer's api client, in this process: the contract's handlers and
 * dispatch from the host room, a fixed clock, and plan files in a fresh temporary folder.
 * Nothing of the core is imitated. The test answers only for the user and the system around the
 * program (the native file dialog, the file opener), and, in `standIns`, for what the core
 * cannot be brought to answer.
 */
export async function openInProcessCore(options: CoreOptions = {}): Promise<InProcessCore> {
  const root = mkdtempSync(join(tmpdir(), 'omstil-core-'));
  const folder = join(root, 'Dokumenter');
  const settings = join(root, 'settings');
  mkdirSync(folder);
  mkdirSync(settings);
  const at = (name: string) => join(folder, name);
  const path = at(options.fileName ?? 'Kompetenceplan 2026.omstil');
  const start = options.now ?? '2026-11-27T09:00:00.000Z';
  const env = fixedEnvironment(start, '20000000');

  const dialogAnswers: (string | null)[] = [];
  const openedFiles: string[] = [];
  const context = (transport: HostContext['transport'], recent: string): HostContext => ({
    transport,
    appVersion: TEST_VERSION,
    defaultFolder: folder,
    recentFilesPath: join(settings, recent),
    // Built from the sources under test by the tests' global setup (built-node.ts).
    pdfWorkerFile: BUILT_PDF_WORKER,
  });
  const desktop: Partial<HostContext> = options.desktop
    ? {
        chooseFile: () => Promise.resolve(dialogAnswers.shift() ?? null),
        // The trends' dialog answers with the one path given, or none when cancelled.
        chooseTrendsSources: () => {
          const answer = dialogAnswers.shift() ?? null;
          return Promise.resolve(answer === null ? [] : [answer]);
        },
        openFile: (file) => {
          openedFiles.push(file);
          return Promise.resolve();
        },
      }
    : {};
  const handlers = createHandlers(
    { ...context(options.desktop ? 'electron' : 'http', 'recent.json'), ...desktop },
    env,
  );
  const unlogged = jsonTransport(handlers);

  const calls: CallLog = {};
  const answers: AnswerLog = {};
  const standIns: Partial<ApiClient> = {};
  let disposed = false;
  const api = createClient(async (call, input) => {
    ((calls as Record<string, unknown[]>)[call] ??= []).push(input);
    const standIn = standIns[call] as ((input: unknown) => Promise<Result<unknown>>) | undefined;
    const result = standIn ? await standIn(input) : await unlogged(call, input);
    // An answer that comes after its test has ended goes nowhere: the screens share one store,
    // and the next test's must not show it.
    if (disposed) return new Promise<never>(() => undefined);
    ((answers as Record<string, unknown[]>)[call] ??= []).push(result);
    return result;
  });

  // Sessions of colleagues' programs, closed with the core.
  const others: PlanSession[] = [];
  const colleagueOpens = (who: Colleague, how: { path?: string; force?: boolean } = {}): void => {
    const session = PlanSession.open(how.path ?? path, earlier(env, who.hoursAgo ?? 0), {
      owner: { user: who.user, machine: who.machine, pid: 4242, program: 'Omstil 0.1.0' },
      takeOver: how.force ? 'any' : 'offered',
    });
    others.push(session);
  };

  const close = () => {
    disposed = true;
    handlers.dispose();
    for (const session of others) session.close();
    rmSync(root, { recursive: true, force: true });
  };
  const setUp = strict(unlogged);
  try {
    if (options.plan === 'example') {
      await setUp('newPlan', { path, example: true });
    } else if (options.plan) {
      createPlanFile(path, options.plan);
      if (options.heldBy) colleagueOpens(options.heldBy);
      await setUp('openPlan', { path });
    }
  } catch (e) {
    // A plan the core refuses to write or open is the test's mistake; leave nothing behind.
    close();
    throw e;
  }

  let windows = 0;
  const core: InProcessCore = {
    api,
    scene: createClient(setUp),
    calls,
    answers,
    standIns,
    folder,
    path,
    at,
    doc: () => {
      const session = handlers.current();
      if (!session || session.isClosed) throw new Error('no plan is open');
      return session.document();
    },
    snapshot: async () => {
      const answer = await unlogged('getPlan', {});
      return answer.ok ? (answer.value as PlanSnapshot | null) : null;
    },
    dialogAnswers,
    openedFiles,
    writePlan: (name, doc) => {
      createPlanFile(at(name), doc);
      return at(name);
    },
    writeFile: (name, text) => {
      writeFileSync(at(name), text);
      return at(name);
    },
    spoil: spoilPlanFile,
    removeFile: (file) => rmSync(file, { force: true }),
    remember: async (file) => {
      // Another window of this program shares the recent list with this one.
      const other = createHandlers(context('http', 'recent.json'), env);
      try {
        await strict(jsonTransport(other))('openPlan', { path: file });
      } finally {
        other.dispose();
      }
    },
    colleagueOpens,
    colleagueEdits: async (file, work) => {
      windows += 1;
      const theirs = createHandlers(
        context('http', `colleague-${windows}.json`),
        fixedEnvironment(start, (0x30000000 + windows).toString(16)),
      );
      const transport = strict(jsonTransport(theirs));
      try {
        await transport('openPlan', { path: file });
        await work(createClient(transport));
      } finally {
        theirs.dispose();
      }
    },
    dispose: close,
  };
  return core;
}
