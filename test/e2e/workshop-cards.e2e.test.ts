import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { browserSuite, goToStep } from './session';
import { UNREADABLE_TEXTS } from './workshop-readable';

const focusedText = (page: Page) =>
  page.evaluate<string>(
    `(document.activeElement?.getAttribute('aria-label') || document.activeElement?.labels?.[0]?.textContent || document.activeElement?.textContent || '').trim()`,
  );

/** Tabs on until what has focus is named `name`: the way a keyboard reaches it, in a few presses. */
async function tabTo(page: Page, name: string, backwards = false): Promise<void> {
  for (let presses = 0; presses < 12; presses += 1) {
    if ((await focusedText(page)) === name) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  expect(await focusedText(page)).toBe(name);
}

/**
 * The room's ideas in workshop mode, in Chromium against the HTTP host and the example plan, at
 * a projector's and a laptop's size: ideas written and acted on by keyboard alone, one taken into
 * the plan, one parked and taken back from the parking lot, the idea field tabbed to from under
 * the timer brought out clear of it, with axe and the workshop's rule of
 * 24 px and 7:1 on the step with cards and on the lot. One browser and one plan for the file.
 */
describe('workshop cards, in Chromium', () => {
  const suite = browserSuite();

  it('writes, takes into the plan and parks ideas by keyboard at 1280×720 and 1024×768', async () => {
    const { page, failures } = await suite.openPlan('example');
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
    ]) {
      const size = `${viewport.width}x${viewport.height}`;
      await page.setViewportSize(viewport);
      await goToStep(page, 'Kompetencer');
      await page.getByRole('button', { name: 'Workshop', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('dialog', { name: /^(Start en|Fortsæt eller start en) workshop$/ })
        .getByRole('button', { name: 'Start »Workshop i samarbejdsudvalget«' })
        .focus();
      await page.keyboard.press('Enter');
      const workshop = page.getByRole('dialog', { name: 'Workshop i samarbejdsudvalget' });
      await workshop.waitFor();
      await page.mouse.move(0, 0);

      await page.keyboard.press('3');
      await workshop.getByRole('heading', { name: 'Kompetencebehov', exact: true }).waitFor();
      await tabTo(page, 'Ny idé');
      for (const idea of [`Klarsprog i breve ${size}`, `Mødeledelse ${size}`]) {
        await page.keyboard.type(idea);
        await page.keyboard.press('Enter');
        await workshop.getByRole('article', { name: idea }).waitFor();
        expect(await focusedText(page)).toBe('Ny idé');
      }

      // A field the room has scrolled under the timer that stays at the top of the step comes
      // out from under it when tabbed to.
      const field = workshop.getByLabel('Ny idé', { exact: true });
      const timer = (await workshop.locator('.workshop-timer').boundingBox())!;
      const below = (box: { y: number } | null) => box!.y - (timer.y + timer.height);
      await page.evaluate(
        `document.querySelector('dialog.workshop .workshop-step').scrollTop += ${below(await field.boundingBox()) + timer.height / 2}`,
      );
      expect(below(await field.boundingBox()), `${size} under the timer`).toBeLessThan(0);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Ny idé');
      expect(below(await field.boundingBox()), `${size} clear of it`).toBeGreaterThanOrEqual(0);
      await screenshot(page, `workshop-field-clear-${size}`);

      // The first into the plan, from the keyboard: the field, its kind, the card's kind, the button.
      await tabTo(page, 'Tag med i planen');
      await page.keyboard.press('Enter');
      const first = workshop.getByRole('article', { name: `Klarsprog i breve ${size}` });
      await first.getByText('Er nu kompetence i planen').waitFor();
      expect(await first.getByRole('button', { name: 'Tag med i planen' }).count()).toBe(0);
      await workshop
        .locator('.workshop-card-title', { hasText: `Klarsprog i breve ${size}` })
        .waitFor();

      // The second to the parking lot.
      await tabTo(page, 'Parkér');
      expect(
        await page.evaluate<string>(
          `document.activeElement.closest('article').querySelector('.workshop-idea-text').textContent`,
        ),
      ).toBe(`Klarsprog i breve ${size}`);
      // Past the first card's actions to the second's.
      await page.keyboard.press('Tab');
      await tabTo(page, 'Parkér');
      await page.keyboard.press('Enter');
      await workshop.getByRole('article', { name: `Mødeledelse ${size}` }).waitFor({
        state: 'detached',
      });
      expect(await focusedText(page)).toBe('Ny idé');
      await workshop
        .getByRole('article', { name: `Klarsprog i breve ${size}` })
        .scrollIntoViewIfNeeded();
      await screenshot(page, `workshop-cards-${size}`);
      expect(await page.evaluate<string[]>(UNREADABLE_TEXTS), `${size} cards`).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      // P, from outside the field, opens the lot from another step.
      await tabTo(page, 'Parkeringspladsen (1)', true);
      await page.keyboard.press('2');
      await workshop
        .getByRole('heading', { name: 'Baggrunde og udfordringer', exact: true })
        .waitFor();
      await page.keyboard.press('p');
      const lot = workshop.getByRole('region', { name: 'Parkeringspladsen' });
      await lot.getByRole('article', { name: `Mødeledelse ${size}` }).waitFor();
      await lot.getByText('Fra trinnet »Kompetencebehov«').waitFor();
      await screenshot(page, `workshop-parking-${size}`);
      expect(await page.evaluate<string[]>(UNREADABLE_TEXTS), `${size} lot`).toEqual([]);
      // The lot is the same cards in another frame: axe once is enough.
      if (viewport.width === 1280) expect(await axeViolations(page)).toEqual([]);
      await tabTo(page, 'Tilbage fra parkering');
      await page.keyboard.press('Enter');
      await lot.getByText('Der er ingen parkerede idéer.').waitFor();

      // Back in its own step, and out of the workshop.
      await page.keyboard.press('p');
      await lot.waitFor({ state: 'detached' });
      await page.keyboard.press('3');
      await workshop.getByRole('article', { name: `Mødeledelse ${size}` }).waitFor();
      await page.keyboard.press('Escape');
      await workshop.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate('document.fullscreenElement === null')).toBe(true);
    }
    expect(failures).toEqual([]);
  });
});
