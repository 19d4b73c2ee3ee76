import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanSession } from '../../src/main/core/services/plan-session';
import { largePlan } from '../helpers/large-plan';
import { startHarness, workerBrowser, type Harness } from './harness';
import { DANISH_1280, openPlan, planNav } from './session';

// Whether a screen's cost grows with the plan, found without timing anything against a clock:
// each heavy screen is opened on a plan of 500 and of 5,000 activities in the same browser, and
// compared with itself. A screen that draws only what is seen names about as many activities in
// its DOM at both sizes, and its longest task hardly grows; one that draws every activity names
// ten times as many and takes about ten times as long.

const SMALL = 500;
const LARGE = 5000;
const SCREENS = ['Indsatser', 'Tidslinje', 'Fremdrift', 'Effekt', 'Virkningskort'] as const;
type ScreenName = (typeof SCREENS)[number];

/** More activities than any window of rows shows at once in a 1280 × 720 window. */
const SCREENFUL = 100;
/** The most the longest task may grow from 500 to 5,000 activities: a tenfold plan gives ten. */
const MOST_GROWTH = 4;
/** A task under this is not a long task; shorter ones are counted as this long. */
const LONG_TASK_MS = 50;

interface ScreenCost {
  /** Elements in the screen's content that name an activity (by text or by label). */
  named: number;
  /** The longest task from the click on the step until the screen has drawn, in ms; 0 if none. */
  longestTask: number;
}

// Collects every long task of the page from its first script on; `takeRecords` below hands over
// those the browser has noted but not yet delivered, so nothing waits for a delivery.
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  window.__longTaskObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  });
  window.__longTaskObserver.observe({ type: 'longtask', buffered: true });
`;

// The page's scripts are given as text: the browser tests are typed for Node, without the DOM.
const takeLongTasks = (page: Page): Promise<number[]> =>
  page.evaluate<number[]>(`(() => {
    const tasks = [
      ...window.__longTasks,
      ...window.__longTaskObserver.takeRecords().map((e) => e.duration),
    ];
    window.__longTasks = [];
    return tasks;
  })()`);

/** Resolves after the page has drawn twice more: whatever the screen started is on screen. */
const afterTwoFrames = (page: Page): Promise<void> =>
  page.evaluate<void>(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))',
  );

/** Elements in the step's content whose own text or label names an activity of `largePlan`. */
const namedActivities = (page: Page): Promise<number> =>
  page.evaluate<number>(`(() => {
    const names = /– hold \\d+/;
    const content = document.querySelector('.plan-content');
    if (!content) return 0;
    let count = 0;
    for (const element of content.querySelectorAll('*')) {
      const label = element.getAttribute('aria-label') ?? '';
      const ownText = [...element.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('');
      if (names.test(label) || names.test(ownText)) count += 1;
    }
    return count;
  })()`);

async function measureScreens(browser: Browser, host: Harness) {
  const context = await browser.newContext(DANISH_1280);
  try {
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(e.message));
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(host.url);
    await openPlan(page, host.planPath);
    await afterTwoFrames(page);
    const costs = {} as Record<ScreenName, ScreenCost>;
    for (const screen of SCREENS) {
      await takeLongTasks(page);
      await planNav(page)
        .getByRole('link', { name: new RegExp(`^${screen}`) })
        .click();
      // As goToStep, but usable in beforeAll: the step's heading takes focus once it is shown.
      // A locator waits for it without a script evaluated in the page, which the CSP forbids.
      await page
        .locator(':focus')
        .filter({ hasText: new RegExp(`^${screen}$`) })
        .waitFor();
      await afterTwoFrames(page);
      const tasks = await takeLongTasks(page);
      costs[screen] = {
        named: await namedActivities(page),
        longestTask: Math.max(0, ...tasks),
      };
    }
    // The timeline's table view: as long as the plan, so windowed like the bars.
    await planNav(page)
      .getByRole('link', { name: /^Tidslinje/ })
      .click();
    await page.getByRole('button', { name: 'Vis som tabel' }).click();
    await page.getByRole('table', { name: 'Indsatserne i tidsorden' }).waitFor();
    await afterTwoFrames(page);
    const tableNamed = await namedActivities(page);
    expect(failures).toEqual([]);
    return { costs, tableNamed };
  } finally {
    await context.close();
  }
}

describe('the heavy screens at 500 and at 5,000 activities', () => {
  let browser: Browser;
  let hosts: Harness[] = [];
  let small: Record<ScreenName, ScreenCost>;
  let large: Record<ScreenName, ScreenCost>;
  /** Activities named by the timeline's table view at each size. */
  let tableNamed: [number, number];

  beforeAll(async () => {
    // A host per plan: a host keeps its plan open, and the next page would land in it.
    [browser, ...hosts] = await Promise.all([
      workerBrowser(),
      startHarness('none'),
      startHarness('none'),
    ]);
    const [smallHost, largeHost] = hosts as [Harness, Harness];
    const plans = [
      [smallHost, SMALL],
      [largeHost, LARGE],
    ] as const;
    for (const [host, activities] of plans) {
      PlanSession.create(host.planPath, largePlan(activities, { snapshots: true })).close();
    }
    // The smaller plan first, then the larger, in one browser: both meet the same warm-up.
    const atSmall = await measureScreens(browser, smallHost);
    const atLarge = await measureScreens(browser, largeHost);
    [small, large] = [atSmall.costs, atLarge.costs];
    tableNamed = [atSmall.tableNamed, atLarge.tableNamed];
    // The figures beside the assertions, so a failure shows how far off it is.
    console.log(
      SCREENS.map(
        (s) =>
          `${s}: ${String(small[s].named)} → ${String(large[s].named)} activities named, ` +
          `longest task ${small[s].longestTask.toFixed(0)} → ${large[s].longestTask.toFixed(0)} ms`,
      ).join('\n') + `\nTidslinje som tabel: ${tableNamed.join(' → ')} activities named`,
    );
  }, 120_000);

  afterAll(async () => {
    for (const host of hosts) await host.stop();
  });

  it.each(SCREENS)('%s draws a window of activities, not every one', (screen) => {
    expect(large[screen].named).toBeLessThanOrEqual(Math.max(2 * small[screen].named, SCREENFUL));
  });

  it('the timeline as a table draws a window of activities, not every one', () => {
    const [atSmall, atLarge] = tableNamed;
    expect(atLarge).toBeLessThanOrEqual(Math.max(2 * atSmall, SCREENFUL));
  });

  it.each(SCREENS)('%s opens in a task that hardly grows with the plan', (screen) => {
    const growth =
      Math.max(large[screen].longestTask, LONG_TASK_MS) /
      Math.max(small[screen].longestTask, LONG_TASK_MS);
    expect(growth).toBeLessThan(MOST_GROWTH);
  });
});
