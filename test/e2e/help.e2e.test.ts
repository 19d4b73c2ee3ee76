import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../main/export/poppler';
import { axeViolations, screenshot } from './harness';
import { browserSuite, DANISH_1280, goToStep, openPlan, planNav } from './session';

const OWN_STEP_TWO = 'Har prøvet det sammen med en superbruger';

/**
 * Help beside the screen and the level scale in the committee's own words, in Chromium against
 * the HTTP host with a real plan file: F1 and Hjælp, axe on the panel at the laptop's and the
 * projector's size, and a meaning that outlives closing the plan and reaches the PDF.
 */
describe('help and the level scale, in Chromium', () => {
  const suite = browserSuite();

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`opens the help for the screen with F1 at ${size}, passes axe, and Esc gives focus back`, async () => {
      const { page, failures } = await suite.openPlan('example', {
        context: { ...DANISH_1280, viewport },
      });
      await goToStep(page, 'Kompetencer');
      await screenshot(page, `help-closed-${size}`);
      const target = page.getByLabel('Målniveau').first();
      await target.focus();

      await page.keyboard.press('F1');

      const panel = page.getByRole('dialog', { name: 'Hjælp: Kompetencer' });
      await panel.waitFor();
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Hjælp: Kompetencer');
      // The panel sits inside the window, and its close button can be reached.
      const box = await panel.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await expect
        .poll(() => panel.getByRole('button', { name: 'Luk hjælpen' }).isVisible())
        .toBe(true);
      // The scale's five steps, then the glossary.
      const terms = await panel.getByRole('term').allTextContents();
      expect(terms.slice(0, 5)).toEqual([
        'Niveau 1',
        'Niveau 2',
        'Niveau 3',
        'Niveau 4',
        'Niveau 5',
      ]);
      expect(terms.slice(5)).toEqual([
        'SU',
        'Kompetenceaftalen § 8',
        'MUS',
        'GRUS',
        'Effektkæde',
        'Årshjul',
        'Den Statslige Kompetencefond',
        'Virkningskort',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `help-panel-${size}`);

      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      // Focus is back on the field it was in when F1 was pressed.
      const targetId = await target.getAttribute('id');
      expect(targetId).toBeTruthy();
      expect(await page.evaluate('document.activeElement?.id')).toBe(targetId);
      expect(failures).toEqual([]);
    });
  }

  it('keeps a meaning the committee wrote through closing and opening the plan, and prints it', async () => {
    const { page, failures, settle, harness } = await suite.openPlan('example');
    const header = page.getByRole('button', { name: 'Hjælp' });
    await header.click();
    await page.getByRole('dialog', { name: 'Hjælp: Overblik' }).waitFor();
    await page.getByRole('button', { name: 'Luk hjælpen' }).click();

    const scale = page.getByRole('region', { name: 'Niveauernes betydning' });
    await scale.getByLabel('Niveau 2').fill(OWN_STEP_TWO);
    await scale.getByLabel('Niveau 2').press('Tab');
    await settle();
    await scale.scrollIntoViewIfNeeded();
    await screenshot(page, 'level-meanings-overview-1280x720');

    await page.getByRole('button', { name: 'Luk plan' }).click();
    await openPlan(page, harness.planPath);
    expect(
      await page
        .getByRole('region', { name: 'Niveauernes betydning' })
        .getByLabel('Niveau 2')
        .inputValue(),
    ).toBe(OWN_STEP_TWO);
    await planNav(page)
      .getByRole('link', { name: /^Kompetencer/ })
      .click();
    await page.getByText(`Niveau 2: ${OWN_STEP_TWO}`).first().waitFor();

    await page.getByRole('button', { name: 'Eksportér …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér planen' });
    await dialog.waitFor();
    const pdf = join(harness.dir, 'Skala.pdf');
    await dialog.getByRole('textbox', { name: 'Gem som' }).fill(pdf);
    await dialog.getByRole('textbox', { name: 'Gem som' }).press('Enter');
    await dialog.getByText(`Gemt som ${pdf}`).waitFor({ timeout: 45_000 });
    expect(existsSync(pdf)).toBe(true);
    const text = pdfText(pdf);
    expect(text).toContain('Niveauskalaen');
    expect(text).toContain(`2 ${OWN_STEP_TWO}`);
    expect(failures).toEqual([]);
  });
});
