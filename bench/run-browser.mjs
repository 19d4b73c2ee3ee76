// The program in Chromium on a plan of a given size, for scripts/bench.mjs: the built renderer
// (out/web) against the loopback HTTP host, as the browser tests run it. Measures the load, the
// longest task of opening each heavy screen (PerformanceObserver 'longtask'), and the worst event
// latency (Event Timing) while typing in a field, scrolling and filtering. Prints one JSON line.
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { answer, startHost } from './measure.mjs';

const [outDir, webRoot, path, chromiumPath] = process.argv.slice(2);
/** A folder to save a picture of each screen in, to look at what was measured; none by default. */
const pictures = process.env['OMSTIL_BENCH_SCREENSHOTS'];

/** The heavy screens by their step's name in the plan's navigation. */
const SCREENS = {
  activities: 'Indsatser',
  timeline: 'Tidslinje',
  progress: 'Fremdrift',
  effect: 'Effekt',
  impactMap: 'Virkningskort',
};
/** Long enough for today's slowest screen at 20,000 activities on a busy machine. */
const STEP_TIMEOUT_MS = 240_000;

// Every long task and every slow event of the page from its first script on. Event Timing notes
// events of 16 ms and more (its floor); `takeRecords` hands over what is noted but not delivered.
const OBSERVE = `
  window.__bench = { tasks: [], events: [] };
  window.__benchObservers = [
    [new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.tasks.push(e.duration); }), { type: 'longtask', buffered: true }],
    [new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.events.push(e.duration); }), { type: 'event', durationThreshold: 16, buffered: true }],
  ];
  for (const [o, options] of window.__benchObservers) o.observe(options);
`;
const TAKE = `(() => {
  const [tasks, events] = window.__benchObservers.map(([o]) => o.takeRecords().map((e) => e.duration));
  const taken = {
    longestTask: Math.max(0, ...window.__bench.tasks, ...tasks),
    worstEvent: Math.max(0, ...window.__bench.events, ...events),
  };
  window.__bench = { tasks: [], events: [] };
  return taken;
})()`;
/**
 * The main thread's CPU time of the page's longest task in the trace, in ms: on a machine busy
 * with other work a task's length by the clock grows with the wait for a core, its CPU time not.
 * Only the page's own renderer counts (the processes its main frame was in while traced): Chromium
 * runs its internal pages in renderers of their own, whose tasks are not the program's.
 */
function longestTaskCpu(trace) {
  const { traceEvents } = JSON.parse(trace.toString());
  const pagePids = new Set([
    ...traceEvents
      .filter((e) => e.name === 'TracingStartedInBrowser')
      .flatMap((e) => e.args?.data?.frames ?? [])
      .filter((f) => f.isOutermostMainFrame)
      .map((f) => f.processId),
    ...traceEvents
      .filter((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.isOutermostMainFrame)
      .map((e) => e.args.data.processId),
  ]);
  const renderers = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .filter((e) => pagePids.size === 0 || pagePids.has(e.pid))
      .map((e) => `${e.pid} ${e.tid}`),
  );
  const tasks = traceEvents.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && renderers.has(`${e.pid} ${e.tid}`),
  );
  return Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
}
const TRACED = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

const TWO_FRAMES =
  'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))';

const host = await startHost(outDir, webRoot);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const figures = {};
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'da-DK',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const failures = [];
  page.on('pageerror', (e) => failures.push(e.message));
  await page.addInitScript(OBSERVE);
  const settled = async () => {
    await page.evaluate(TWO_FRAMES);
    return page.evaluate(TAKE);
  };
  const nav = page.getByRole('navigation', { name: 'Planens trin' });
  /** What `act` sets going, settled, with the CPU time of its longest task from a trace. */
  const traced = async (act) => {
    await browser.startTracing(page, { categories: TRACED });
    await act();
    const taken = await settled();
    return { ...taken, longestTaskCpu: longestTaskCpu(await browser.stopTracing()) };
  };

  // The load: from the address to the plan's steps on screen, opened from the start screen.
  const start = performance.now();
  await browser.startTracing(page, { categories: TRACED });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Åbn plan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Åbn en plan' });
  await dialog.getByLabel('Filens placering').fill(path);
  await dialog.getByRole('button', { name: 'Åbn plan' }).click();
  await nav.waitFor();
  const loaded = await settled();
  figures.load = {
    ms: performance.now() - start,
    longestTask: loaded.longestTask,
    longestTaskCpu: longestTaskCpu(await browser.stopTracing()),
  };

  const goTo = async (step) => {
    await nav.getByRole('link', { name: new RegExp(`^${step}`) }).click();
    // The step's heading takes focus once the step is drawn. A locator waits for it without a
    // script evaluated in the page, which the program's CSP forbids.
    await page
      .locator(':focus')
      .filter({ hasText: new RegExp(`^${step}$`) })
      .waitFor();
  };
  // Each heavy screen opened the first time, then again after the others: what a screen works
  // out once per plan is done by then, and what is left is what every switch costs.
  for (const round of ['screen', 'again']) {
    for (const [key, step] of Object.entries(SCREENS)) {
      await settled();
      await browser.startTracing(page, { categories: TRACED });
      await goTo(step);
      const taken = await settled();
      const cpu = longestTaskCpu(await browser.stopTracing());
      figures[`${round}-${key}`] = { ...taken, longestTaskCpu: cpu };
      if (pictures && round === 'screen') {
        await page.screenshot({ path: join(pictures, `${basename(path)}-${key}.png`) });
      }
    }
  }

  // Typing in a field: an activity's title, one key at a time, then Tab commits it.
  await goTo(SCREENS.activities);
  const content = page.locator('.plan-content');
  await content.getByRole('option').first().click();
  const title = content.getByRole('textbox', { name: 'Titel', exact: true });
  await title.click();
  await settled();
  await title.press('End');
  figures.typing = await traced(() => title.pressSequentially(' (rettet)'));
  figures.commit = await traced(() => title.press('Tab'));

  // Scrolling the activity list: down through it with the arrow key, as a keyboard user does,
  // and with the wheel.
  await content.getByRole('listbox').focus();
  await settled();
  const keyed = await traced(async () => {
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
  });
  await content.getByRole('listbox').hover();
  const wheeled = await traced(async () => {
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
  });
  figures['scroll-list'] = {
    longestTask: Math.max(keyed.longestTask, wheeled.longestTask),
    worstEvent: keyed.worstEvent,
    longestTaskCpu: Math.max(keyed.longestTaskCpu, wheeled.longestTaskCpu),
  };

  // Filtering the list: the search field, one key at a time.
  const search = content.getByRole('searchbox');
  await search.click();
  await settled();
  figures.filter = await traced(() => search.pressSequentially('hold 12'));
  await search.fill('');

  // Scrolling the timeline with the wheel, over its chart.
  await goTo(SCREENS.timeline);
  // Over the middle of the screen's largest drawing, whatever draws it, kept inside the window.
  const over = await page.evaluate(`(() => {
    const svgs = [...document.querySelectorAll('.plan-content svg')].map((e) => e.getBoundingClientRect());
    const r = svgs.sort((a, b) => b.width * b.height - a.width * a.height)[0];
    if (!r) return null;
    const y = Math.min(Math.max(r.top, 0) + Math.min(r.height, innerHeight) / 2, innerHeight - 10);
    return { x: r.left + r.width / 2, y };
  })()`);
  if (!over) throw new Error('the timeline drew nothing');
  await page.mouse.move(over.x, over.y);
  await settled();
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
  figures['scroll-timeline'] = await settled();

  if (failures.length > 0) throw new Error(`the page failed: ${failures.join('; ')}`);
  await context.close();
} finally {
  await browser.close();
  await host.stop();
}
answer(figures);
