import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { browserSuite } from './session';

/**
 * Closing the plan, and closing the browser's tab, with a refused value in a field: in Chromium
 * against the HTTP host and a real plan file.
 */
describe('a refused value and closing, in Chromium', () => {
  const suite = browserSuite();

  it('asks before the plan is closed, and before the tab is closed', async () => {
    const { page, failures } = await suite.openPlan('example');
    const unit = page.getByLabel(/^Enhed/);
    await unit.fill('x'.repeat(201));
    await unit.press('Tab');
    await page.getByText('Ikke gemt: ret »Enhed«').waitFor();

    await page.getByRole('button', { name: 'Luk plan' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Værdien er ikke gemt' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'refused-close-plan-1280x720');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await unit.inputValue()).toBe('x'.repeat(201));

    // Closing the tab: the browser's own question, which the page asked it to put.
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      });
    });
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    await page.getByRole('button', { name: 'Luk plan' }).click();
    await dialog.getByRole('button', { name: 'Kassér og gå videre' }).click();
    await page.getByRole('button', { name: 'Ny plan…' }).waitFor();
    expect(failures).toEqual([]);
  });
});
