import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { axeViolations, screenshot, type Harness } from './harness';
import { browserSuite, goToStep, planNav } from './session';

const ACTIVITY = 'Lederforløb i digital ledelse';

describe('marking a status between meetings, in Chromium against a real plan file', () => {
  const suite = browserSuite();
  let harness: Harness | null = null;
  let page: Page;
  let failures: string[];
  let settle: () => Promise<void>;

  async function openExample() {
    ({ harness, page, failures, settle } = await suite.openPlan('example'));
  }

  const section = () => page.getByRole('group', { name: 'Status fra møde til møde' });
  const stored = () => readPlanReadOnly(harness!.planPath).document.statusSnapshots;

  const nav = () => planNav(page);
  const go = (step: string) => goToStep(page, step);

  async function mark(note: string) {
    await section().getByLabel('Bemærkning (valgfri)').fill(note);
    await section().getByRole('button', { name: 'Markér status' }).click();
    await settle();
    await expect.poll(() => section().getByRole('cell', { name: note }).count()).toBe(1);
  }

  it('marks a status, marks another after a change, shows what moved and keeps both', async () => {
    await openExample();
    const before = stored().length;

    await go('Fremdrift');
    await mark('Før ændringen');
    expect(stored()).toHaveLength(before + 1);

    // The committee's secretary records that the leadership course has come further.
    await go('Indsatser');
    await page
      .getByRole('listbox', { name: 'Indsatser' })
      .getByRole('option', { name: new RegExp(ACTIVITY) })
      .click();
    const form = page.getByRole('region', { name: `Indsatsen »${ACTIVITY}«` });
    const progress = form.getByLabel('Fremdrift');
    const was = Number(await progress.inputValue());
    const now = was === 95 ? 90 : 95;
    await progress.fill(String(now));
    await progress.press('Tab');
    await settle();

    await go('Fremdrift');
    await mark('Efter ændringen');
    await section()
      .getByRole('table', { name: 'Markerede statusser' })
      .getByRole('row')
      .last()
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'status-snapshots-list-1280');
    const marks = stored().filter(
      (s) => s.note === 'Før ændringen' || s.note === 'Efter ændringen',
    );
    expect(marks.map((s) => s.note)).toEqual(['Før ændringen', 'Efter ændringen']);
    expect(marks[1]!.data.activities.find((a) => a.title === ACTIVITY)?.progress).toBe(now);

    // Both were marked today: the lists tell them apart by their number that day.
    const from = section().getByLabel('Sammenlign fra');
    const fromLabel = (await from.locator('option').allTextContents()).find((o) =>
      o.endsWith(', nr. 1'),
    )!;
    const toLabel = fromLabel.replace(', nr. 1', ', nr. 2');
    await from.selectOption({ label: fromLabel });
    await section().getByLabel('Til').selectOption({ label: toLabel });
    const diff = page.locator('.snapshot-diff');
    // Read as text: Intl puts a no-break space before the per cent sign.
    const read = async () => (await diff.innerText()).replace(/[\s\u00a0\u202f]+/g, ' ');
    await expect.poll(read).toContain(`${ACTIVITY}: fremdrift ${String(was)} % → ${String(now)} %`);
    expect(await axeViolations(page)).toEqual([]);
    await diff.scrollIntoViewIfNeeded();
    await screenshot(page, 'status-snapshots-1280');

    // Closed and opened again: both statuses are still there, read from the file.
    await page.reload();
    await nav().waitFor();
    await go('Fremdrift');
    const list = section().getByRole('table', { name: 'Markerede statusser' });
    await expect.poll(() => list.getByRole('row').count()).toBe(before + 2 + 1);
    expect(await list.getByRole('cell', { name: 'Før ændringen' }).count()).toBe(1);
    expect(await list.getByRole('cell', { name: 'Efter ændringen' }).count()).toBe(1);
    expect(failures).toEqual([]);
  });
});
