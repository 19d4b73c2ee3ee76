import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import type { PlanDocument } from '../../src/shared/model/document';
import { axeViolations, screenshot, type Harness } from './harness';
import { browserSuite, DANISH_1280, goToStep, planNav } from './session';

const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 720 } },
  { name: '1024', viewport: { width: 1024, height: 768 } },
] as const;

describe('undo that means what the user thinks, and no typing lost unseen, in Chromium', () => {
  const suite = browserSuite('danish');
  let harness: Harness;
  let page: Page;
  let settle: () => Promise<void>;

  async function open(viewport: { width: number; height: number } = DANISH_1280.viewport!) {
    ({ harness, page, settle } = await suite.openPlan('example', {
      context: { ...DANISH_1280, viewport },
    }));
  }
  const doc = (): PlanDocument => readPlanReadOnly(harness.planPath).document;
  const focusedLabel = () =>
    page.evaluate<string>(
      "document.activeElement?.labels?.[0]?.textContent ?? document.activeElement?.textContent ?? ''",
    );

  it('undoes the typing in a field with Ctrl+Z, however often, and leaves the plan file as it was', async () => {
    await open();
    const organisation = page.getByLabel('Organisation');
    await organisation.fill('Styrelsen for Tilskud');
    await organisation.press('Tab');
    await settle();
    await expect.poll(() => doc().plan.organisation).toBe('Styrelsen for Tilskud');
    const before = doc();

    const unit = page.getByLabel('Enhed');
    const saved = await unit.inputValue();
    await unit.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' og Kontoret for Puljer');
    // The typing goes with the first presses; the rest must not reach the plan's history.
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Control+z');
    await settle();
    expect(await unit.inputValue()).toBe(saved);
    expect(doc()).toEqual(before);
    await page.keyboard.press('Tab');
    await settle();
    expect(doc()).toEqual(before);
  });

  for (const size of SIZES) {
    it(`says what an undo did, offers Gentag, and returns focus, at ${size.name}`, async () => {
      await open(size.viewport);
      const organisation = page.getByLabel('Organisation');
      const was = await organisation.inputValue();
      await organisation.fill('Styrelsen for Tilskud');
      await organisation.press('Tab');
      await settle();
      await expect.poll(() => doc().plan.organisation).toBe('Styrelsen for Tilskud');

      const what = 'organisation sat til »Styrelsen for Tilskud«';
      expect(
        await page.getByRole('button', { name: 'Fortryd', exact: true }).getAttribute('title'),
      ).toBe(`Fortryd: ${what} (Ctrl+Z)`);
      await page.keyboard.press('Control+z');
      const message = page.getByText(`Fortrudt: ${what}`);
      await message.waitFor();
      // The message goes by itself after eight seconds unless the pointer rests on it, as a user's
      // would who means to press Gentag; the checks below may take longer than that on a busy
      // machine.
      await message.hover();
      await expect.poll(() => doc().plan.organisation).toBe(was);
      await expect.poll(focusedLabel).toBe('Organisation');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `u-undo-message-${size.name}`);

      await page.getByRole('button', { name: `Gentag: ${what}` }).click();
      await expect.poll(() => doc().plan.organisation).toBe('Styrelsen for Tilskud');
      await page.getByText(`Gentaget: ${what}`).waitFor();
    });

    it(`keeps a refused value across a change of screen only with consent, at ${size.name}`, async () => {
      await open(size.viewport);
      await goToStep(page, 'Målgrupper');
      const before = doc();
      const headcount = page.getByLabel(/^Antal medarbejdere/).first();
      await headcount.fill('mange');
      await headcount.press('Tab');
      await page.getByText('Skriv et tal, fx 25.').waitFor();
      await page.getByText('Ikke gemt: ret »Antal medarbejdere«').waitFor();
      expect(await page.getByText('Gemt', { exact: true }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `u-undo-refused-${size.name}`);
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, `u-undo-refused-header-${size.name}`);

      await planNav(page)
        .getByRole('link', { name: /^Indsatser/ })
        .click();
      const dialog = page.getByRole('alertdialog', { name: 'Værdien er ikke gemt' });
      await dialog.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `u-undo-leave-dialog-${size.name}`);
      // Enter answers with the button that has focus: "Fortsæt redigering".
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(focusedLabel).toMatch(/^Antal medarbejdere/);
      expect(await headcount.inputValue()).toBe('mange');
      await page.getByRole('heading', { level: 2, name: 'Målgrupper' }).waitFor();

      await planNav(page)
        .getByRole('link', { name: /^Indsatser/ })
        .click();
      await dialog.getByRole('button', { name: 'Kassér og gå videre' }).click();
      await page.getByRole('heading', { level: 2, name: 'Indsatser' }).waitFor();
      expect(await page.getByText(/Ikke gemt/).count()).toBe(0);
      expect(doc()).toEqual(before);
    });
  }
});
