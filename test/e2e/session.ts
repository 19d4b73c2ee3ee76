import type { BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import {
  startHarness,
  workerBrowser,
  type BrowserKind,
  type Harness,
  type HarnessOptions,
} from './harness';

/** A page whose errors are collected and whose calls to the host are counted. */
export interface WatchedPage {
  page: Page;
  /** Uncaught page errors and console errors, in order; a test ends by expecting none. */
  failures: string[];
  /** Waits until every call the page made has been answered (each edit is one call). */
  settle: () => Promise<void>;
}

/** The page's own count of /api/ calls not yet answered, kept by `countApiCalls`. */
const IN_FLIGHT = '__omstilApiCallsInFlight';

/**
 * Wraps the page's `fetch` before the program loads, so the page itself counts its /api/ calls.
 * Counting Playwright's request events instead raced on a loaded machine: a call the page had
 * made could reach the test after `settle` had already seen nothing in flight.
 */
function countApiCalls(key: string) {
  // A Request has `url`, a URL has `href`; the program itself passes relative strings (`api/…`).
  type Send = (input: string | { url?: string; href?: string }, init?: unknown) => Promise<unknown>;
  const page = globalThis as unknown as { fetch: Send } & Record<string, number>;
  const send = page.fetch.bind(globalThis);
  page[key] = 0;
  page.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : (input.url ?? input.href ?? '');
    if (!/(^|\/)api\//.test(url)) return send(input, init);
    page[key] = (page[key] ?? 0) + 1;
    try {
      return await send(input, init);
    } finally {
      page[key] = (page[key] ?? 1) - 1;
    }
  };
}

/**
 * Makes every refusal by the page's CSP a console error. Chromium prints a refused script or
 * style there, but not a refused `eval` or `new Function` (zod's compiled parsers try one), which
 * still costs the window a report and a second parse of the bundle.
 */
function reportCspViolations() {
  type Violation = { violatedDirective: string; blockedURI: string; sourceFile: string };
  const page = globalThis as unknown as {
    addEventListener: (type: string, listener: (event: Violation) => void) => void;
    console: { error: (text: string) => void };
  };
  page.addEventListener('securitypolicyviolation', (event) => {
    page.console.error(
      `CSP refused ${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile})`,
    );
  });
}

/**
 * Starts watching `page`, before anything is loaded in it: a CSP violation (a refused eval too) or
 * a failed render shows up as a console error, and the page counts its /api/ calls, so a test can
 * wait for an edit to reach the plan file before reading it. The host answers an edit once the
 * file has it.
 */
export async function watchPage(page: Page): Promise<WatchedPage> {
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(m.text());
  });
  await page.addInitScript(countApiCalls, IN_FLIGHT);
  await page.addInitScript(reportCspViolations);
  const settle = async () => {
    await expect
      .poll(
        () =>
          page.evaluate((key) => (globalThis as unknown as Record<string, number>)[key], IN_FLIGHT),
        { timeout: 10_000 },
      )
      .toBe(0);
  };
  return { page, failures, settle };
}

/** What most tests look through: a desktop-sized window in Danish. */
export const DANISH_1280: BrowserContextOptions = {
  viewport: { width: 1280, height: 720 },
  locale: 'da-DK',
};

export interface OpenPlanOptions {
  /** The window; DANISH_1280 unless given. */
  context?: BrowserContextOptions;
  /** The file to open, when not the harness's own plan. */
  path?: (harness: Harness) => string;
  /** Runs on the page before the program loads (a fixed clock, say), with the plan in place. */
  beforeLoad?: (page: Page, harness: Harness) => Promise<void>;
}

export interface BrowserSuite {
  /** A real plan file behind a real host for this test; stopped after it. */
  harness: (plan?: 'example' | 'empty' | 'none', options?: HarnessOptions) => Promise<Harness>;
  /** A fresh context and a watched page in it; closed after the test. */
  page: (options?: BrowserContextOptions) => Promise<WatchedPage & { context: BrowserContext }>;
  /**
   * The usual start of a test: a host on a fresh plan file, the program loaded in a fresh page,
   * and the plan opened from the start screen as a user does.
   */
  openPlan: (
    plan: 'example' | 'empty',
    options?: OpenPlanOptions,
  ) => Promise<WatchedPage & { harness: Harness }>;
  /** Closes this test's contexts and stops its hosts now, newest first, to start over. */
  cleanUp: () => Promise<void>;
}

/**
 * The worker's Chromium for the tests of the calling `describe` (see workerBrowser), and per
 * test the contexts and hosts it started, closed after it so no test sees another's plan file
 * or storage.
 */
export function browserSuite(kind: BrowserKind = 'english'): BrowserSuite {
  const ends: (() => Promise<void>)[] = [];

  const cleanUp = async () => {
    // Every end runs even if one fails, so a failed close leaves no host running.
    let failure: Error | null = null;
    for (const end of ends.splice(0).reverse()) {
      try {
        await end();
      } catch (e) {
        failure ??= e instanceof Error ? e : new Error(String(e));
      }
    }
    if (failure !== null) throw failure;
  };

  afterEach(cleanUp);

  const harness: BrowserSuite['harness'] = async (plan, options) => {
    const started = await startHarness(plan, options);
    ends.push(started.stop);
    return started;
  };
  const page: BrowserSuite['page'] = async (options) => {
    const context = await (await workerBrowser(kind)).newContext(options);
    ends.push(() => context.close());
    return { ...(await watchPage(await context.newPage())), context };
  };
  const open: BrowserSuite['openPlan'] = async (plan, options = {}) => {
    const started = await harness(plan);
    const watched = await page(options.context ?? DANISH_1280);
    await options.beforeLoad?.(watched.page, started);
    await watched.page.goto(started.url);
    await openPlan(watched.page, options.path ? options.path(started) : started.planPath);
    return { ...watched, harness: started };
  };
  return { harness, page, openPlan: open, cleanUp };
}

/** The plan's step navigation. */
export const planNav = (page: Page): Locator =>
  page.getByRole('navigation', { name: 'Planens trin' });

/** Asks the start screen to open the plan file at `path`, as a user types it; waits for nothing. */
export async function openThroughStartScreen(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Åbn plan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Åbn en plan' });
  await dialog.getByLabel('Filens placering').fill(path);
  await dialog.getByRole('button', { name: 'Åbn plan' }).click();
}

/** Opens the plan file at `path` from the start screen and waits for the plan's navigation. */
export async function openPlan(page: Page, path: string): Promise<void> {
  await openThroughStartScreen(page, path);
  await planNav(page).waitFor();
}

/** Waits until the open dialog has closed and the plan's heading is on screen. */
export async function waitForPlanHeading(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Goes to a step by the plan navigation; the step's heading takes focus, as for a keyboard user. */
export async function goToStep(page: Page, step: string): Promise<void> {
  await planNav(page)
    .getByRole('link', { name: new RegExp(`^${step}`) })
    .click();
  await expect
    .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
    .toBe(step);
}
