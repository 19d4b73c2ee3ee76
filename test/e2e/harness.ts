import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createHandlers } from '../../src/main/host/handlers';
import { localIsoDate } from '../../src/main/core/plan-file/plan-status';
import { emptyPlanDocument, examplePlanDocument } from '../../src/main/core/services/plan-factory';
import { PlanSession } from '../../src/main/core/services/plan-session';
import { systemEnvironment } from '../../src/main/core/services/clock';
import { startHttpHost, type HttpHost } from '../../src/main/http/server';

export const ROOT = resolve(__dirname, '../..');
export const RESULTS = join(ROOT, 'test-results');
const CHROMIUM = process.env['OMSTIL_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine without a network, as root, without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Chromium in Danish, so date fields read dd.mm.åååå as on a Danish desktop. */
export function launchDanishBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--lang=da'],
    env: { ...process.env, LANG: 'da_DK.UTF-8', LANGUAGE: 'da' },
  });
}

/** Chromium in its default English, or in Danish (see launchDanishBrowser). */
export type BrowserKind = 'english' | 'danish';

const LAUNCH: Record<BrowserKind, () => Promise<Browser>> = {
  english: launchBrowser,
  danish: launchDanishBrowser,
};

/**
 * The browsers this worker process has started, by kind. Kept on globalThis under a registered
 * symbol so that the test environment (test/e2e/environment.ts), which vitest loads apart from
 * the test files, can close them when the worker stops.
 */
const WORKER_BROWSERS = Symbol.for('omstil.e2e.workerBrowsers');
type Registry = Map<BrowserKind, Promise<Browser>>;
const registry = (): Registry => {
  const holder = globalThis as { [WORKER_BROWSERS]?: Registry };
  return (holder[WORKER_BROWSERS] ??= new Map<BrowserKind, Promise<Browser>>());
};

/**
 * The worker's Chromium of the given kind, started on first use and shared by every test file
 * the worker runs: starting Chromium costs more CPU than most tests. Tests stay apart through a
 * fresh context each, which shares no storage, cookies or cache with another. A browser that
 * has crashed or was closed is started anew.
 */
export async function workerBrowser(kind: BrowserKind = 'english'): Promise<Browser> {
  const browsers = registry();
  const known = browsers.get(kind);
  if (known) {
    const browser = await known.catch(() => null);
    if (browser?.isConnected()) return browser;
    if (browsers.get(kind) === known) browsers.delete(kind);
    return workerBrowser(kind);
  }
  const launching = LAUNCH[kind]();
  browsers.set(kind, launching);
  launching.then(
    (browser) =>
      browser.on('disconnected', () => {
        if (browsers.get(kind) === launching) browsers.delete(kind);
      }),
    () => {
      if (browsers.get(kind) === launching) browsers.delete(kind);
    },
  );
  return launching;
}

export interface Harness {
  dir: string;
  url: string;
  planPath: string;
  host: HttpHost;
  stop: () => Promise<void>;
}

export interface HarnessOptions {
  /** The PDF worker to lay out with; by default the one `npm run test:e2e` built beside main. */
  pdfWorkerFile?: string;
  /** Opens the plan in the host before the page loads, as `npm run web <plan>` does. */
  openPlan?: boolean;
}

/**
 * The real program for a browser test: the built renderer (out/web) and the HTTP host in this
 * process, with a real plan file in a fresh folder. Nothing is mocked.
 */
export async function startHarness(
  plan: 'example' | 'empty' | 'none' = 'example',
  options: HarnessOptions = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'omstil-e2e-'));
  mkdirSync(join(dir, 'settings'));
  const planPath = join(dir, 'Kompetenceplan.omstil');
  if (plan !== 'none') {
    const doc =
      plan === 'example'
        ? examplePlanDocument(systemEnvironment, localIsoDate(new Date()))
        : emptyPlanDocument('Tom plan', 'da', systemEnvironment);
    PlanSession.create(planPath, doc).close();
  }
  const handlers = createHandlers({
    transport: 'http',
    appVersion: '0.1.0',
    defaultFolder: dir,
    recentFilesPath: join(dir, 'settings', 'recent-files.json'),
    // Built by the tests' global setup, as the packaged app ships it beside main.
    pdfWorkerFile: options.pdfWorkerFile ?? join(ROOT, 'out', 'node', 'pdf-worker.cjs'),
  });
  if (options.openPlan) await handlers.openPlan({ path: planPath });
  const host = await startHttpHost({ handlers, staticRoot: join(ROOT, 'out', 'web') });
  return {
    dir,
    url: host.url,
    planPath,
    host,
    stop: async () => {
      handlers.dispose();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** axe-core's script, from the copy AxeBuilder itself loads. */
const AXE_SOURCE = (
  createRequire(join(ROOT, 'node_modules', '@axe-core', 'playwright', 'package.json'))(
    'axe-core',
  ) as { source: string }
).source;

/** AxeBuilder's script for the page once axe-core is in it: axe is there already. */
const AXE_IN_PAGE = ';';

/**
 * Every rule axe runs by default (WCAG 2.0 and 2.1 A and AA, and axe's best practices, such as one
 * `h1` per page); any violation fails the test with the rule ids and where they hit. (A tag filter
 * set here before was undone by `.options`, which replaces it: the suite has passed the whole
 * default set for many sessions, so the set is kept and said.)
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe-core is 1.3 MB of script, and AxeBuilder sends it to the page twice on every check. Sent
  // once per document here, and AxeBuilder given nothing to send, a screen with several checks
  // costs the browser and this process one parse of it instead of two per check.
  if (await page.evaluate('typeof window.axe === "undefined"')) await page.evaluate(AXE_SOURCE);
  const result = await new AxeBuilder({ page, axeSource: AXE_IN_PAGE })
    // Only violations are read: axe need not build a selector for every node that passes.
    .options({ resultTypes: ['violations'] })
    // The app's page has no frames, so axe can run whole in it. Otherwise every check opens a
    // blank page of its own to finish the run in, which took most of each check's time.
    .setLegacyMode()
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage });
}
