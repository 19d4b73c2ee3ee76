import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { axeViolations } from './harness';
import { browserSuite, DANISH_1280, goToStep } from './session';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
] as const;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
}

/** The box of the first element `selector` finds, as the page lays it out. */
const box = (page: Page, selector: string) =>
  page.evaluate<Box>(`(() => {
    const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  })()`);

describe('dates and small screens, in Chromium against the HTTP host and a real plan file', () => {
  // Chromium in its default English: the machine's locale must not decide how dates read.
  const suite = browserSuite('english');

  it('stores "31.12.2027" typed on an English (en-US) browser as 31 December 2027', async () => {
    const { page, harness, failures, settle } = await suite.openPlan('example', {
      context: { viewport: { width: 1280, height: 720 }, locale: 'en-US' },
    });
    const end = page.getByLabel('Planen gælder til', { exact: true });
    await end.fill('31.12.2027');
    await end.press('Tab');
    await settle();
    expect(readPlanReadOnly(harness.planPath).document.plan.periodEnd).toBe('2027-12-31');
    expect(await end.inputValue()).toBe('31. dec. 2027');

    // Tab went on to the calendar button, whose focus ring is plain to see.
    expect(
      await page.evaluate<string>(`(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return [el.title, style.outlineStyle, style.outlineWidth].join(' | ');
      })()`),
    ).toBe('Vælg dato i kalenderen: Planen gælder til | solid | 3px');

    // The calendar, by keyboard alone: one week on from 31 December, chosen with Enter.
    await page.keyboard.press('Enter');
    const calendar = page.getByRole('dialog', { name: 'Kalender: Planen gælder til' });
    await calendar.getByText('december 2027').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await settle();
    expect(readPlanReadOnly(harness.planPath).document.plan.periodEnd).toBe('2028-01-07');
    expect(await end.inputValue()).toBe('7. jan. 2028');
    expect(failures).toEqual([]);
  });

  for (const size of SIZES) {
    it(`keeps the plan header within 96 px at ${size.width}×${size.height}, the title on one line`, async () => {
      const { page, harness } = await suite.openPlan('example', {
        context: { ...DANISH_1280, viewport: size },
      });
      const header = await box(page, '.plan-header');
      expect(header.height).toBeLessThanOrEqual(96);
      const title = page.getByRole('heading', { level: 1 });
      // The example's title names its period's years, which move with today.
      const full = readPlanReadOnly(harness.planPath).document.plan.title;
      // Whole for a screen reader and on hover, however much of it the line shows.
      expect(await title.textContent()).toBe(full);
      expect(await title.getAttribute('title')).toBe(full);
      const lines = await page.evaluate<number>(`(() => {
        const el = document.querySelector('h1');
        return el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight);
      })()`);
      expect(Math.round(lines)).toBe(1);
      // Each screen opens on its content: the step's heading sits in the top third.
      for (const step of ['Overblik', 'Kompetencer', 'Indsatser']) {
        await goToStep(page, step);
        const heading = await box(page, 'h2.plan-screen-heading');
        expect(heading.bottom).toBeLessThan(size.height / 3);
      }
    });
  }

  it('shows the undo offer where it covers no control, wherever the page is scrolled', async () => {
    const { page, settle } = await suite.openPlan('example', {
      context: { ...DANISH_1280, viewport: { width: 1024, height: 768 } },
    });
    await goToStep(page, 'Baggrunde');
    const remove = page.getByRole('button', { name: /^Slet/ }).nth(2);
    await remove.scrollIntoViewIfNeeded();
    await remove.click();
    await settle();
    await page.locator('.undo-toast').waitFor();
    const covered = await page.evaluate<string[]>(`(() => {
      const el = document.querySelector('.undo-toast');
      const t = el.getBoundingClientRect();
      const controls = document.querySelectorAll(
        'button, a[href], input, select, textarea, [tabindex="0"]',
      );
      return [...controls]
        .filter((c) => !el.contains(c) && c.getClientRects().length > 0)
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.left < t.right && r.right > t.left && r.top < t.bottom && r.bottom > t.top;
        })
        .map((c) => c.textContent.trim() || c.getAttribute('aria-label') || c.tagName);
    })()`);
    expect(covered).toEqual([]);
    // In view although the page was scrolled down to the card.
    const seen = await box(page, '.undo-toast');
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.bottom).toBeLessThanOrEqual(768);
    expect(await page.evaluate<number>('window.scrollY')).toBeGreaterThan(0);
  });

  it('says that more methods lie to the right of the matrix, until the last is in view', async () => {
    const { page } = await suite.openPlan('example', {
      context: { ...DANISH_1280, viewport: { width: 1024, height: 768 } },
    });
    await goToStep(page, 'Kompetencer');
    await page.getByRole('button', { name: 'I matrix med metoderne' }).click();
    const hint = page.getByText(/^Flere metoder til højre/);
    await hint.waitFor();
    expect(await page.locator('.matrix-frame.more-right').count()).toBe(1);
    await page.evaluate(`(() => {
      const el = document.querySelector('.matrix-scroll');
      el.scrollTo({ left: el.scrollWidth });
    })()`);
    await expect.poll(() => page.locator('.matrix-frame.more-right').count()).toBe(0);
    expect(await hint.count()).toBe(0);
  });

  for (const size of SIZES) {
    it(`gives a competence’s objectives the card’s width and its levels one row at ${size.width}×${size.height}`, async () => {
      const { page } = await suite.openPlan('example', {
        context: { ...DANISH_1280, viewport: size },
      });
      await goToStep(page, 'Kompetencer');
      const card = page.locator('.entity-card').first();
      const current = await card.getByLabel('Nuværende niveau').boundingBox();
      const target = await card.getByLabel('Målniveau').boundingBox();
      expect(current?.y).toBe(target?.y);
      const cardBox = await card.boundingBox();
      const objectives = await card.getByRole('group', { name: 'Læringsmål' }).boundingBox();
      expect(objectives!.width).toBeGreaterThan(cardBox!.width * 0.85);
    });

    it(`never cuts a date in the activity list mid-word at ${size.width}×${size.height}`, async () => {
      const { page } = await suite.openPlan('example', {
        context: { ...DANISH_1280, viewport: size },
      });
      await goToStep(page, 'Indsatser');
      await page.getByRole('option').first().click();
      // A period on the visible line must end inside it; one that did not fit wrapped away whole.
      const cut = await page.evaluate<number>(`(() => {
      let cut = 0;
      for (const meta of document.querySelectorAll('.activity-row-meta')) {
        const m = meta.getBoundingClientRect();
        // The period is the part with a year in it.
        for (const period of [...meta.children].filter((c) => /\\d{4}/.test(c.textContent))) {
          const r = period.getBoundingClientRect();
          if (r.top < m.bottom && r.right > m.right + 0.5) cut += 1;
        }
      }
      return cut;
    })()`);
      expect(cut).toBe(0);
    });
  }

  it('puts the steps above the screen in a narrow window', async () => {
    const { page } = await suite.openPlan('example', {
      context: { ...DANISH_1280, viewport: { width: 900, height: 700 } },
    });
    const nav = await box(page, '.plan-nav');
    const content = await box(page, '.plan-content');
    expect(nav.bottom).toBeLessThanOrEqual(content.top);
    expect(nav.right - nav.left).toBeGreaterThan(600);
  });
});
