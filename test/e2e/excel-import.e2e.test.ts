import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { committeeList } from '../helpers/committee-workbook';
import { axeViolations, screenshot } from './harness';
import { browserSuite, goToStep } from './session';

describe('»Importér fra Excel …«, in Chromium against the HTTP host', () => {
  const suite = browserSuite();

  it('maps a committee’s list, shows the rows as read and the bad one, imports them as one step, and undoes it', async () => {
    const { page, failures, harness } = await suite.openPlan('empty');
    const workbook = join(harness.dir, 'Aktivitetsliste.xlsx');
    await committeeList(workbook);
    const titles = () => readPlanReadOnly(harness.planPath).document.activities.map((a) => a.title);
    await goToStep(page, 'Indsatser');

    // 1280×720: the workbook typed in and read; the table's sheet, header row and columns found.
    const open = page.getByRole('button', { name: 'Importér fra Excel …' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Importér indsatser fra Excel' });
    await dialog.getByLabel('Regnearket').fill(workbook);
    await dialog.getByRole('button', { name: 'Læs regnearket' }).click();
    await expect
      .poll(() => dialog.getByLabel('Ark', { exact: true }).inputValue())
      .toBe('Aktiviteter 2027');
    expect(await dialog.getByLabel('Overskriftsrækken').inputValue()).toBe('2');
    // The merged »Periode« heads both columns: the first read as the start, the second the end.
    expect(await dialog.getByLabel('Kolonne D (Periode)').inputValue()).toBe('start');
    expect(await dialog.getByLabel('Kolonne E (Periode)').inputValue()).toBe('end');

    const table = dialog.getByRole('table', { name: /^De første 3 af 3 rækker/ });
    await table.waitFor();
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows[1]).toContain('Kursus i Excel');
    expect(rows[1]).toContain('12.500');
    expect(rows[2]).toContain('1. maj 2027');
    const problems = dialog.getByRole('heading', { name: 'Rækker, der ikke kan læses (1)' });
    await problems.waitFor();
    expect(await dialog.getByRole('listitem').allInnerTexts()).toContain(
      'Række 6, Start: »31.02.2027« kan ikke læses som en dato. Skriv fx 31.12.2027 eller dec. 2027.',
    );
    expect(
      await dialog.getByRole('group', { name: 'Navne, planen ikke har' }).innerText(),
    ).toContain('Bo Ørsted');
    await screenshot(page, 'excel-mapping-1280');
    await dialog.getByRole('button', { name: 'Importér 3 indsatser' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'excel-preview-1280');
    expect(await axeViolations(page)).toEqual([]);

    // Without the new names, only the row naming none of them would come along.
    const create = dialog.getByLabel('Opret disse navne ved importen');
    await create.uncheck();
    await dialog.getByRole('button', { name: 'Importér 1 indsats' }).waitFor();
    await create.check();
    expect(titles()).toEqual([]);
    await dialog.getByRole('button', { name: 'Importér 3 indsatser' }).click();

    const notice = page
      .getByRole('status')
      .filter({ hasText: 'importeret fra Aktivitetsliste.xlsx' });
    await expect
      .poll(() => notice.innerText())
      .toContain('3 indsatser er importeret fra Aktivitetsliste.xlsx.');
    expect(await notice.innerText()).toContain('Række 6, Start: »31.02.2027«');
    expect(titles()).toEqual(['Kursus i Excel', 'Workshop om kunstig intelligens', 'Peer-læring']);
    await screenshot(page, 'excel-imported-1280');
    expect(await axeViolations(page)).toEqual([]);

    // One Ctrl+Z takes all of it back, and the word on the import goes with it.
    await page.keyboard.press('Control+z');
    await page.getByText('Fortrudt: 3 indsatser importeret fra Excel').waitFor();
    await expect.poll(titles).toEqual([]);
    await expect.poll(() => notice.count()).toBe(0);

    // 1024×768, by keyboard: the mapping the import used is found again, Escape gives focus back.
    await page.setViewportSize({ width: 1024, height: 768 });
    await open.focus();
    await page.keyboard.press('Enter');
    const field = await dialog.getByLabel('Regnearket').getAttribute('id');
    await expect.poll(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toBe(field);
    await page.keyboard.type(workbook);
    await page.keyboard.press('Enter');
    await dialog.getByText('Kolonnerne er sat op, som du gjorde sidst').waitFor();
    await dialog.getByRole('button', { name: 'Importér 3 indsatser' }).waitFor();
    await screenshot(page, 'excel-mapping-1024');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
      .toBe('Importér fra Excel …');
    await screenshot(page, 'excel-activities-1024');
    expect(titles()).toEqual([]);

    // Imported at 1024 px: the toolbar wraps, the search on a line of its own, nothing cut.
    await open.click();
    await dialog.getByLabel('Regnearket').fill(workbook);
    await dialog.getByRole('button', { name: 'Læs regnearket' }).click();
    await dialog.getByRole('button', { name: 'Importér 3 indsatser' }).click();
    await expect.poll(() => notice.count()).toBe(1);
    await screenshot(page, 'excel-imported-1024');
    expect(titles()).toHaveLength(3);
    expect(failures).toEqual([]);
  });
});
