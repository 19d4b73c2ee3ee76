import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { browserSuite, goToStep } from './session';
import { UNREADABLE_TEXTS } from './workshop-readable';

const stepTitle = (page: Page) =>
  page.locator('dialog.workshop .workshop-step-title').textContent();

/**
 * Workshop mode in Chromium against the HTTP host and the example plan, at a laptop's and a
 * projector's size: started from the plan's header, its agenda walked by keyboard alone, axe on
 * it, and every text it draws at least 24 px and 7:1 against its background. One browser and one
 * plan for the file.
 */
describe('workshop mode, in Chromium', () => {
  const suite = browserSuite();

  it('walks both workshops by keyboard at 1280×720 and 1024×768, readable from the back of the room', async () => {
    const { page, failures } = await suite.openPlan('example');
    const runs = [
      {
        viewport: { width: 1280, height: 720 },
        format: 'Workshop i samarbejdsudvalget',
        from: 'Kompetencer',
        titles: [
          'Velkomst og rammer',
          'Baggrunde og udfordringer',
          'Kompetencebehov',
          'Pause',
          'Metoder',
          'Principper',
          'Prioritering',
          'Opsamling og næste skridt',
        ],
        shots: { 2: 'drivers', 3: 'competences' },
      },
      {
        viewport: { width: 1024, height: 768 },
        format: 'Gruppeudviklingssamtale (GRUS)',
        from: 'Indsatser',
        titles: [
          'Velkomst og rammer',
          'Mål og opgaver',
          'Teamets kompetencebehov',
          'Pause',
          'Sådan lærer teamet',
          'Gruppeudviklingsplanen',
          'Opfølgning',
        ],
        shots: { 1: 'opening', 6: 'activities' },
      },
    ] as const;

    for (const run of runs) {
      const size = `${run.viewport.width}x${run.viewport.height}`;
      await page.setViewportSize(run.viewport);
      await goToStep(page, run.from);

      // Into the workshop by keyboard: »Workshop«, then the format's start button.
      await page.getByRole('button', { name: 'Workshop', exact: true }).focus();
      await page.keyboard.press('Enter');
      const chooser = page.getByRole('dialog', { name: 'Start en workshop' });
      await chooser.waitFor();
      await screenshot(page, `workshop-choice-${size}`);
      if (run === runs[0]) expect(await axeViolations(page)).toEqual([]);
      await chooser.getByRole('button', { name: `Start »${run.format}«` }).focus();
      await page.keyboard.press('Enter');
      const workshop = page.getByRole('dialog', { name: run.format });
      await workshop.waitFor();
      // The pointer rests where it hovers nothing, as in a room run from the keyboard.
      await page.mouse.move(0, 0);
      // The whole screen, or where the browser refuses that, the whole window.
      const box = await workshop.boundingBox();
      expect(box).toEqual({ x: 0, y: 0, ...run.viewport });

      const agenda = workshop.getByRole('navigation', { name: 'Program' });
      expect(await agenda.getByRole('button').count()).toBe(run.titles.length);
      for (const [index, title] of run.titles.entries()) {
        if (index > 0) await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'PageDown');
        await expect.poll(() => stepTitle(page)).toBe(title);
        expect(await workshop.getByRole('status').textContent()).toBe(
          `Trin ${index + 1} af ${run.titles.length}`,
        );
        expect(
          await page.evaluate<string[]>(UNREADABLE_TEXTS),
          `${size} step ${index + 1}`,
        ).toEqual([]);
        const shot = (run.shots as Record<number, string>)[index + 1];
        if (shot) await screenshot(page, `workshop-${shot}-${size}`);
      }
      // Jump by number and back by arrow, as a facilitator answers a question from the room.
      await page.keyboard.press('3');
      await expect.poll(() => stepTitle(page)).toBe(run.titles[2]);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => stepTitle(page)).toBe(run.titles[1]);
      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.press('Escape');
      await workshop.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate('document.fullscreenElement === null')).toBe(true);
      // Back in the editor on the screen it came from, with focus on »Workshop«.
      await page.getByRole('heading', { name: run.from, exact: true }).waitFor();
      await expect
        .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
        .toBe('Workshop');
      await screenshot(page, `workshop-after-${size}`);
    }
    expect(failures).toEqual([]);
  });
});
