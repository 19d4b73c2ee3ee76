import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, startHarness, workerBrowser, type Harness } from './harness';
import { DANISH_1280, openPlan, planNav, watchPage, type WatchedPage } from './session';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
] as const;

/** The plan's screens in the navigation's order, by the ids their links point at. */
const PLAN_VIEWS = [
  'overview',
  'drivers',
  'targetGroups',
  'competences',
  'methods',
  'activities',
  'measurements',
  'progress',
  'timeline',
  'effect',
  'impactMap',
  'yearWheel',
  'funding',
  'evaluation',
] as const;
type PlanView = (typeof PLAN_VIEWS)[number];
const sectionId = (view: PlanView) => `screen-${view}`;

/** The screens whose picture is looked at by eye after a run, under test-results/. */
const PICTURED: readonly PlanView[] = ['overview', 'competences', 'activities'];

/**
 * Every screen of the program, each dialog and the help panel through axe at the small laptop's
 * and the projector's size, on the example plan. One browser, one host and, per size, one page
 * that the tests walk through in order with in-app navigation only, so the run stays short;
 * the steps are separate tests so that a failure names the part of the program it is in.
 */
describe('axe on every screen, at 1024×768 and 1280×720, in Chromium', () => {
  let browser: Browser;
  let harness: Harness;
  let theirsPath: string;

  beforeAll(async () => {
    browser = await workerBrowser();
    harness = await startHarness('example');
    // An unchanged copy is enough to open the merge dialog.
    theirsPath = join(harness.dir, 'Kopi.omstil');
    copyFileSync(harness.planPath, theirsPath);
  });
  afterAll(async () => {
    await harness.stop();
  });

  for (const viewport of SIZES) {
    const size = `${String(viewport.width)}x${String(viewport.height)}`;

    describe(`at ${size}`, () => {
      let context: BrowserContext;
      let watched: WatchedPage;
      let page: Page;
      /** Axe's findings on the page as it is now, each named by where it was found. */
      const check = async (where: string) =>
        (await axeViolations(page)).map((violation) => `${where}: ${violation}`);

      beforeAll(async () => {
        context = await browser.newContext({ ...DANISH_1280, viewport });
        watched = await watchPage(await context.newPage());
        page = watched.page;
        await page.goto(harness.url);
      });
      afterAll(async () => {
        await context.close();
      });

      it('finds nothing on the start screen and in the new-plan dialog', async () => {
        const newPlan = page.getByRole('button', { name: 'Ny plan…' });
        await newPlan.waitFor();
        const found = await check('start screen');
        await newPlan.click();
        const dialog = page.getByRole('dialog', { name: 'Opret en ny plan' });
        await dialog.waitFor();
        found.push(...(await check('new-plan dialog')));
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        expect(found).toEqual([]);
      });

      it('leaves the plan’s title a fair share of the header', async () => {
        await openPlan(page, harness.planPath);
        const title = await page.getByRole('heading', { level: 1 }).boundingBox();
        expect(title!.width).toBeGreaterThan(viewport.width * 0.4);
        // A screen added to the program is a screen this test has to visit.
        expect(await planNav(page).getByRole('link').count()).toBe(PLAN_VIEWS.length);
      });

      for (const part of [PLAN_VIEWS.slice(0, 7), PLAN_VIEWS.slice(7)]) {
        it(`finds nothing on ${part.join(', ')}`, async () => {
          const found: string[] = [];
          for (const view of part) {
            await goTo(page, view);
            found.push(...(await check(view)));
            if (view === 'competences') {
              await page.getByRole('button', { name: 'I matrix med metoderne' }).click();
              await page.locator('.matrix-scroll').waitFor();
              found.push(...(await check('competence×method matrix')));
            }
            if (PICTURED.includes(view)) await screenshot(page, `axe-${view}-${size}`);
          }
          expect(found).toEqual([]);
        });
      }

      it('finds nothing in the help panel and the export and merge dialogs', async () => {
        await goTo(page, 'competences');
        await page.keyboard.press('F1');
        const help = page.getByRole('dialog', { name: /^Hjælp: / });
        await help.waitFor();
        const found = await check('help panel');
        await screenshot(page, `axe-help-${size}`);
        await page.keyboard.press('Escape');
        await help.waitFor({ state: 'detached' });

        await page.getByRole('button', { name: 'Eksportér …' }).click();
        const exporting = page.getByRole('dialog', { name: 'Eksportér planen' });
        await exporting.waitFor();
        found.push(...(await check('export dialog')));
        await page.keyboard.press('Escape');
        await exporting.waitFor({ state: 'detached' });

        await page.getByRole('button', { name: 'Flet med en kopi…' }).click();
        const ask = page.getByRole('dialog', { name: 'Flet med en kopi' });
        await ask.waitFor();
        found.push(...(await check('merge: choosing the copy')));
        await ask.getByLabel('Kopien, der skal flettes med').fill(theirsPath);
        await ask.getByRole('button', { name: 'Sammenlign' }).click();
        const merge = page.locator('dialog.merge-dialog');
        await merge.waitFor();
        found.push(...(await check('merge dialog')));
        await page.keyboard.press('Escape');
        await merge.waitFor({ state: 'detached' });
        expect(found).toEqual([]);
      });

      it('finds nothing in the guide, and closes the plan again', async () => {
        await planNav(page).getByRole('button', { name: 'Kom i gang-guide' }).click();
        await page.getByRole('heading', { level: 2, name: /^Trin 1 af / }).waitFor();
        const found = await check('guide');
        await page.evaluate('window.scrollTo(0, 0)');
        await screenshot(page, `axe-guide-${size}`);
        expect(found).toEqual([]);

        // The host keeps a plan open across page loads; the next size starts on the start screen.
        await page.getByRole('button', { name: 'Luk plan' }).click();
        await page.getByRole('button', { name: 'Ny plan…' }).waitFor();
        expect(watched.failures).toEqual([]);
      });
    });
  }
});

/** A step by its link's address, not its name, which the catalogue may word differently. */
async function goTo(page: Page, view: PlanView): Promise<void> {
  await planNav(page)
    .locator(`a[href="#${sectionId(view)}"]`)
    .click();
  await expect
    .poll(() => page.evaluate<string>('document.activeElement?.closest("section")?.id ?? ""'))
    .toBe(sectionId(view));
}
