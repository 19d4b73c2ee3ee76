import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { browserSuite, goToStep, planNav } from './session';
import { unreadableTexts } from './workshop-readable';

const stepTitle = (page: Page) =>
  page.locator('dialog.workshop .workshop-step-title').textContent();

/** The step's timer as the room reads it: the figures and the words under them. */
const timerShown = (page: Page) =>
  page.locator('dialog.workshop .workshop-timer [role="timer"]').textContent();
const timerState = (page: Page) =>
  page.locator('dialog.workshop .workshop-timer-state').textContent();

/**
 * The page's clock held still an hour ahead, so the timer shows exactly what the test moves it
 * by; the page's own time still runs until then, so loading and saving are not held up.
 */
const holdClock = async (page: Page) =>
  page.clock.pauseAt((await page.evaluate<number>('Date.now()')) + 60 * 60 * 1000);

/**
 * Workshop mode in Chromium against the HTTP host and the example plan, at a laptop's and a
 * projector's size: started from the plan's header, its agenda walked by keyboard alone, axe on
 * it, and every text it draws at least 24 px and 7:1 against its background. One browser and one
 * plan for the file.
 */
describe('workshop mode, in Chromium', () => {
  const suite = browserSuite();

  it('walks both workshops by keyboard at 1280×720 and 1024×768, readable from the back of the room', async () => {
    const { page, failures, settle } = await suite.openPlan('example', {
      beforeLoad: (p) => p.clock.install(),
    });
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
        shots: { 2: 'drivers', 3: 'competences', 8: 'closing' },
        // Step 2's 30 minutes: after 61 seconds, and with 5 more.
        timer: ['30:00', '28:59', '33:59'],
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
        timer: ['25:00', '23:59', '28:59'],
      },
    ] as const;

    for (const run of runs) {
      const size = `${run.viewport.width}x${run.viewport.height}`;
      await page.setViewportSize(run.viewport);
      await goToStep(page, run.from);

      // Into the workshop by keyboard: »Workshop«, then the format's start button.
      await page.getByRole('button', { name: 'Workshop', exact: true }).focus();
      await page.keyboard.press('Enter');
      // The second finds the first left open, offered first to be taken up.
      const chooser = page.getByRole('dialog', {
        name: run === runs[0] ? 'Start en workshop' : 'Fortsæt eller start en workshop',
      });
      await chooser.waitFor();
      await screenshot(page, `workshop-choice-${size}`);
      if (run === runs[1]) {
        expect(await chooser.getByRole('button', { name: /^Fortsæt/ }).count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
      }
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
        expect(await workshop.locator('.workshop-position').textContent()).toBe(
          `Trin ${index + 1} af ${run.titles.length}`,
        );
        expect(
          await page.evaluate<string[]>(unreadableTexts()),
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

      // The step's timer by keyboard: T starts, Space pauses, + gives five minutes more.
      await holdClock(page);
      expect(await timerShown(page)).toBe(run.timer[0]);
      await page.keyboard.press('t');
      await expect.poll(() => timerState(page)).toBe('Tiden løber');
      await page.clock.runFor('01:01');
      await expect.poll(() => timerShown(page)).toBe(run.timer[1]);
      await screenshot(page, `workshop-timer-running-${size}`);
      await page.keyboard.press(' ');
      await expect.poll(() => timerState(page)).toBe('Sat på pause');
      await page.clock.runFor('05:00');
      expect(await timerShown(page)).toBe(run.timer[1]);
      await page.keyboard.press('+');
      await expect.poll(() => timerShown(page)).toBe(run.timer[2]);
      // A length of one's own; keys typed in the field stay in it.
      await workshop.getByRole('button', { name: 'Indstil tiden' }).click();
      await workshop.getByRole('textbox', { name: 'Minutter' }).fill('1');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('t');
      expect(await stepTitle(page)).toBe(run.titles[1]);
      // Esc there leaves the field for the step, not the room.
      await page.keyboard.press('Escape');
      await expect
        .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
        .toBe(run.titles[1]);
      expect(await workshop.isVisible()).toBe(true);
      await workshop.getByRole('textbox', { name: 'Minutter' }).fill('1');
      await page.keyboard.press('Enter');
      await expect.poll(() => timerShown(page)).toBe('01:00');
      expect(await timerState(page)).toBe('Klar til start');
      await page.keyboard.press('t');
      await expect.poll(() => timerState(page)).toBe('Tiden løber');
      await page.clock.runFor('00:20');
      await expect.poll(() => timerShown(page)).toBe('00:40');

      if (run === runs[0]) {
        // A reload in the middle, timer paused: the plan takes it up at the same step and time.
        await page.keyboard.press('t');
        await expect.poll(() => timerState(page)).toBe('Sat på pause');
        await settle();
        await page.clock.resume();
        await page.reload();
        await planNav(page).waitFor();
        await goToStep(page, run.from);
        await page.getByRole('button', { name: 'Workshop', exact: true }).click();
        const again = page.getByRole('dialog', { name: 'Fortsæt eller start en workshop' });
        await again.waitFor();
        expect(await again.getByText(/Står ved trin 2 af 8: Baggrunde/).count()).toBe(1);
        await screenshot(page, `workshop-resume-${size}`);
        expect(await axeViolations(page)).toEqual([]);
        await again.getByRole('button', { name: `Fortsæt »${run.format}«` }).click();
        await workshop.waitFor();
        await page.mouse.move(0, 0);
        await expect.poll(() => stepTitle(page)).toBe(run.titles[1]);
        expect(await timerShown(page)).toBe('00:40');
        expect(await timerState(page)).toBe('Sat på pause');
        await holdClock(page);
        await page.keyboard.press('t');
        await expect.poll(() => timerState(page)).toBe('Tiden løber');
      }
      // The end: the box changes and says so, and the room's screen reader hears it.
      await page.clock.runFor('00:40');
      await expect.poll(() => timerState(page)).toBe('Tiden er gået');
      expect(await timerShown(page)).toBe('00:00');
      expect(await workshop.locator('.workshop-timer [aria-live="polite"]').textContent()).toBe(
        `Tiden til »${run.titles[1]}« er gået.`,
      );
      await screenshot(page, `workshop-timer-end-${size}`);
      // Time runs again (axe waits on timers); past the end the timer shows the same.
      await page.clock.resume();
      expect(await page.evaluate<string[]>(unreadableTexts()), `${size} time up`).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      // F1: the workshop's help over the step, in the same large type.
      await page.keyboard.press('F1');
      const help = page.getByRole('dialog', { name: 'Hjælp til workshoppen' });
      await help.waitFor();
      await screenshot(page, `workshop-help-${size}`);
      expect(
        await page.evaluate<string[]>(unreadableTexts('dialog.workshop-help')),
        `${size} help`,
      ).toEqual([]);
      if (run === runs[0]) expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });
      expect(await stepTitle(page)).toBe(run.titles[1]);

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
