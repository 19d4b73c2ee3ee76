import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTrendsFolder } from '../helpers/trends-folder';
import { axeViolations, screenshot } from './harness';
import { browserSuite, DANISH_1280 } from './session';

/** Text as written here: the figures' no-break spaces (»60 %«, »30.000 kr.«) read as spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** The rows of the table with `caption`, each as its cells' text joined by tabs. */
async function rows(page: Page, caption: string): Promise<string[]> {
  const table = page.getByRole('table', { name: caption });
  return (await table.locator('tbody tr').allInnerTexts()).map((r) =>
    plain(r).replace(/\s*\t\s*/g, '\t'),
  );
}

/**
 * The trends screen in Chromium against the HTTP host, over the folder of plans whose counts are
 * worked out by hand in test/helpers/trends-folder.ts: five plans, an older copy of one, a
 * damaged plan, a plan with an interrupted change, and two files that are not plans.
 */
describe('trends across plans, in Chromium against the HTTP host', () => {
  const suite = browserSuite();
  let root: string;
  let folder: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'omstil-trends-e2e-'));
    folder = writeTrendsFolder(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('counts a folder from the start screen, lists what it skipped, and saves the report', async () => {
    const harness = await suite.harness('none');
    const { page, failures } = await suite.page(DANISH_1280);
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Tendenser på tværs af planer …' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tendenser på tværs af planer' }).waitFor();

    // The folder, and one of its plans named again, typed in; a path added by mistake removed.
    const field = page.getByLabel('Placering af en plan eller en mappe');
    await field.fill(folder);
    await page.getByRole('button', { name: 'Tilføj' }).click();
    await field.fill(join(folder, 'b.omstil'));
    await field.press('Enter');
    await field.fill(join(root, 'forkert'));
    await field.press('Enter');
    await page.getByRole('button', { name: `Fjern ${join(root, 'forkert')} fra listen` }).click();
    expect(await page.locator('.trends-source-path').allInnerTexts()).toEqual([
      folder,
      join(folder, 'b.omstil'),
    ]);
    await page.getByRole('button', { name: 'Tæl planerne' }).click();

    const summary = page.getByText('5 planer er talt med.');
    await summary.waitFor();
    expect(await summary.innerText()).toBe(
      '5 planer er talt med. 4 filer kunne ikke læses og er sprunget over. 2 filer er ikke talt med, fordi deres indhold allerede er talt med.',
    );
    // The reading is over: its bar has given way to the result, whose heading has the focus.
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
      .toBe('Resultat');
    expect(await rows(page, 'Baggrunde og udfordringer: antal planer og andel')).toEqual([
      'Effektivisering\t3\t60 %',
      'Nyt sagssystem (egen)\t2\t40 %',
      'Digital udvikling som strategisk satsning\t1\t20 %',
      'Nye it-systemer/teknologier\t1\t20 %',
      'Big data/anvendelsen af data\t1\t20 %',
      'Nye ændrede opgaver som følge af digitalisering\t0\t0 %',
      'It- eller datasikkerhed\t0\t0 %',
    ]);
    expect(
      await rows(page, 'Målgrupper samlet på tværs af planer, med antal medarbejdere'),
    ).toEqual(['Sagsbehandlere\t2\t40 %\t65', 'Ledere\t1\t20 %\t–']);
    expect(await rows(page, 'Kompetence → målgruppe')).toEqual([
      expect.stringMatching(/\tSagsbehandlere\t2\t40 %$/),
    ]);
    const skipped = await rows(page, 'Filer, der ikke kunne læses, og hvorfor');
    expect(skipped.map((r) => r.split('\t')[0])).toEqual(
      ['afbrudt.omstil', 'andet.json', 'noter.omstil', 'ødelagt.omstil'].map((f) =>
        join(folder, f),
      ),
    );
    expect(skipped[2]).toBe(
      `${join(folder, 'noter.omstil')}\tnoter.omstil er ikke en Omstil-plan: Filen har et ukendt indhold.`,
    );
    expect(
      await rows(page, 'Filer, der ikke er talt med, fordi indholdet allerede er talt med'),
    ).toEqual([
      `${join(folder, 'b.omstil')}\t${join(folder, 'b.omstil')}\tSamme fil er valgt mere end én gang.`,
      `${join(folder, 'a-gammel.omstil')}\t${join(folder, 'a.omstil')}\tSamme plan ligger i flere filer. Den senest ændrede fil er talt med, ved lige den først nævnte.`,
    ]);
    const text = plain(await page.locator('main').innerText());
    expect(text).toContain('Budget\n130.000 kr., heraf brugt 30.000 kr. (2 planer har budget');
    expect(text).toContain('1. jul. 2025 – 29. feb. 2028 (3 planer angiver en periode)');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'trends-1280');
    await page.getByRole('heading', { name: 'Kompetencer', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'trends-tables-1280');
    await page.getByRole('heading', { name: 'Hyppigste sammenhænge' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'trends-links-1280');

    // Anonymous: no file's name and no organisation is left, and the counts stay.
    await page.getByText('Anonymt', { exact: true }).click();
    const anonymous = plain(await page.getByRole('region', { name: 'Resultat' }).innerText());
    for (const name of ['noter.omstil', 'Styrelsen for', 'Bo Ærø', root]) {
      expect(anonymous).not.toContain(name);
    }
    expect(await rows(page, 'Kompetencer: antal planer og andel')).toContain(
      'Kursus for [organisationen] (egen)\t1\t20 %',
    );

    // Saved as JSON in the program's own path dialog; a second time only when told to replace.
    const target = join(harness.dir, 'Tendenser.json');
    for (const replace of [false, true]) {
      await page.getByRole('button', { name: 'Gem som JSON …' }).click();
      const dialog = page.getByRole('dialog', { name: 'Gem rapporten som JSON' });
      await dialog.getByLabel('Filens placering').fill(target);
      await dialog.getByRole('button', { name: 'Gem', exact: true }).click();
      if (replace) {
        await dialog.getByRole('button', { name: 'Erstat filen' }).click();
      }
      await page.getByText(`Rapporten er gemt her: ${target}`).waitFor();
      await expect.poll(() => dialog.count()).toBe(0);
    }
    const saved = JSON.parse(readFileSync(target, 'utf8')) as { plans: string[] };
    expect(saved.plans).toEqual(['Fil 2', 'Fil 5', 'Fil 6', 'Fil 7', 'Fil 8']);

    // 1024×768, by keyboard: back to the start screen and in again.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('heading', { name: 'Resultat' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'trends-1024');
    await page.getByRole('heading', { name: 'Målgrupper' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'trends-groups-1024');
    await page
      .getByRole('heading', { name: 'Filer, der er sprunget over' })
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'trends-skipped-1024');
    await page.getByRole('button', { name: 'Tilbage' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Omstil' }).waitFor();
    expect(failures).toEqual([]);
  });
});
