import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdfWorker } from '../main/export/build-worker';
import { readCalendar } from '../main/export/ics-events';
import { bodyParagraphs, readDocx } from '../main/export/docx-reader';
import { pdfPages, pdfText } from '../main/export/poppler';
import {
  axeViolations,
  RESULTS,
  screenshot,
  startHarness,
  type Harness,
  workerBrowser,
} from './harness';
import { watchPage } from './session';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';

/**
 * Exporting through the dialog, in Chromium against the HTTP host with a real plan file and the
 * PDF laid out in the real worker thread: the preview is pdf.js drawing the PDF the core made.
 */
describe('export dialog, in Chromium against the HTTP host', () => {
  let context: BrowserContext;
  let page: Page;
  let harness: Harness;
  // The example is made as of today, and its title names its period's years.
  const title = () => readPlanReadOnly(harness.planPath).document.plan.title;
  let workerFile: string;
  let failures: string[];

  beforeAll(async () => {
    workerFile = await buildPdfWorker(`export-e2e-${process.pid}`);
    harness = await startHarness('example', { pdfWorkerFile: workerFile, openPlan: true });
    const browser = await workerBrowser();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'da-DK',
    });
    // A CSP violation (pdf.js's worker, its fonts) shows up here as a console error.
    ({ page, failures } = await watchPage(await context.newPage()));
  });

  afterAll(async () => {
    await context?.close();
    await harness?.stop();
    rmSync(dirname(workerFile), { recursive: true, force: true });
  });

  /**
   * How many pixels of the third preview page are not white: a drawn page has text and lines.
   * Written as page source, since this file is typed for Node, not the DOM.
   */
  const INKED_THIRD_PAGE = `(() => {
    const canvas = document.querySelectorAll('.export-preview-page')[2];
    if (!canvas || canvas.width === 0) return 0;
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 200) inked += 1;
    return inked;
  })()`;

  it('exports the PDF without two sections, with a preview of its first pages', async () => {
    await page.goto(harness.url);
    await page.getByRole('heading', { level: 1, name: title() }).waitFor();
    const button = page.getByRole('button', { name: 'Eksportér …' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér planen' });
    await dialog.waitFor();

    await dialog.getByRole('checkbox', { name: 'Baggrunde og udfordringer' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Tidsplan' }).uncheck();

    // The first three pages, drawn by pdf.js from the PDF with the two sections left out.
    const pages = dialog.getByRole('img', { name: /^Side \d+ af \d+$/ });
    await pages.nth(2).waitFor({ timeout: 45_000 });
    expect(await pages.count()).toBe(3);
    // Polled from here: Playwright re-runs a string predicate inside the page with eval, which the
    // app's CSP (rightly) refuses once the page is not inked at the first look.
    await expect
      .poll(async () => Number(await page.evaluate(INKED_THIRD_PAGE)), { timeout: 30_000 })
      .toBeGreaterThan(500);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'export-dialog-1280');

    const target = join(harness.dir, 'Til direktionen.pdf');
    await dialog.getByRole('textbox', { name: 'Gem som' }).fill(target);
    await dialog.getByRole('textbox', { name: 'Gem som' }).press('Enter');
    await dialog.getByText(`Gemt som ${target}`).waitFor({ timeout: 45_000 });
    const pagesText = await dialog.getByText(/PDF’en har \d+ sider/).textContent();

    expect(existsSync(target)).toBe(true);
    const text = pdfText(target);
    expect(text).toContain(title());
    expect(text).toContain('Sammenfatning');
    expect(text).not.toContain('Baggrunde og udfordringer');
    expect(text).not.toContain('Tidsplan');
    expect(pagesText).toContain(`${pdfPages(target)} sider`);
    // The preview said how many pages the PDF would have; the saved one has as many.
    expect(await dialog.getByText(/De første 3 af \d+ sider/).textContent()).toContain(
      `af ${pdfPages(target)} sider`,
    );

    // The three pages as PNGs, to look at.
    mkdirSync(RESULTS, { recursive: true });
    spawnSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '3',
      target,
      join(RESULTS, 'export-pdf'),
    ]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Eksportér …');
    expect(failures).toEqual([]);
  });

  it('remembers the unticked sections for the plan after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title() }).waitFor();
    await page.getByRole('button', { name: 'Eksportér …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér planen' });
    await dialog.waitFor();
    expect(
      await dialog.getByRole('checkbox', { name: 'Baggrunde og udfordringer' }).isChecked(),
    ).toBe(false);
    expect(await dialog.getByRole('checkbox', { name: 'Tidsplan' }).isChecked()).toBe(false);
    expect(await dialog.getByRole('checkbox', { name: 'Sammenfatning' }).isChecked()).toBe(true);
    // The browser host cannot hand a file to another program, so there is no print button.
    expect(await dialog.getByRole('button', { name: 'Udskriv …' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(failures).toEqual([]);
  });

  it('saves the plan as a calendar file, with no sections to choose, on a laptop screen', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Eksportér …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér planen' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Kalenderfil til Outlook (.ics)' }).check();
    expect(await dialog.getByRole('checkbox').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'export-calendar-1280x720');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, 'export-calendar-1024x768');

    const target = join(harness.dir, 'Kalender.ics');
    await dialog.getByRole('textbox', { name: 'Gem som' }).fill(target);
    await dialog.getByRole('textbox', { name: 'Gem som' }).press('Enter');
    await dialog.getByText(`Gemt som ${target}`).waitFor();
    const { document } = readPlanReadOnly(harness.planPath);
    const { name, events } = readCalendar(readFileSync(target));
    expect(name).toBe(document.plan.title);
    expect(events.size).toBe(document.activities.length + document.yearItems.length);
    await page.keyboard.press('Escape');
    expect(failures).toEqual([]);
  });

  it('exports a Word document with the PDF’s section choices, at 1024 and 1280 px', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('button', { name: 'Eksportér …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér planen' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Word-dokument' }).check();
    const sections = dialog.getByRole('group', { name: 'Afsnit i Word-dokumentet' });
    await sections.getByRole('checkbox', { name: 'Tidsplan' }).uncheck();
    await sections.getByRole('checkbox', { name: 'Sammenfatning' }).check();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'export-docx-1024');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'export-docx-1280');

    const target = join(harness.dir, 'Til skabelonen.docx');
    await dialog.getByRole('textbox', { name: 'Gem som' }).fill(target);
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.getByText(`Gemt som ${target}`).waitFor({ timeout: 45_000 });
    const word = await readDocx(readFileSync(target));
    const headings = bodyParagraphs(word).filter((p) => p.style === 'Heading1');
    expect(headings.map((p) => p.text)).toContain('Sammenfatning');
    expect(headings.map((p) => p.text)).not.toContain('Tidsplan');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(failures).toEqual([]);
  });
});
