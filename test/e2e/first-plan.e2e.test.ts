import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { axeViolations, screenshot } from './harness';
import { browserSuite, waitForPlanHeading } from './session';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
] as const;

/** Axe at both sizes, and a picture of each for a look. */
async function checkAtBothSizes(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${name}-${String(size.width)}`);
  }
}

describe('the start and a first plan, in Chromium against the HTTP host', () => {
  const suite = browserSuite();

  it('forgets a plan that is gone, names a new plan first in the proposed folder, and asks the guide’s new questions', async () => {
    const harness = await suite.harness('none');
    const gone = join(harness.dir, 'Gammel plan.omstil');
    writeFileSync(
      join(harness.dir, 'settings', 'recent-files.json'),
      JSON.stringify([{ path: gone, openedAt: '2026-10-01T09:00:00.000Z' }]),
    );
    const { page, failures } = await suite.page({ viewport: SIZES[1], locale: 'da-DK' });
    await page.goto(harness.url);
    const recent = page.getByRole('region', { name: 'Senest åbnede planer' });
    await recent.getByText('Filen findes ikke længere').waitFor();
    await checkAtBothSizes(page, 'start-screen');

    await recent
      .getByRole('button', {
        name: 'Fjern Gammel plan.omstil fra listen over senest åbnede planer',
      })
      .click();
    await recent.getByText('Du har ikke åbnet nogen planer endnu.').waitFor();
    await expect
      .poll(() => page.evaluate('document.activeElement?.className'))
      .toBe('recent-empty');

    await page.getByRole('button', { name: 'Ny plan…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Opret en ny plan' });
    const title = dialog.getByLabel(/^Planens titel/);
    const path = dialog.getByLabel(/^Filens placering/);
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.id ?? ""'))
      .toBe(await title.getAttribute('id'));
    expect(await path.inputValue()).toBe(join(harness.dir, 'Ny plan.omstil'));
    await title.fill('Kompetenceplan for HR');
    expect(await path.inputValue()).toBe(join(harness.dir, 'Kompetenceplan for HR.omstil'));
    await checkAtBothSizes(page, 'new-plan-dialog');
    await dialog.getByRole('button', { name: 'Opret plan' }).click();
    await waitForPlanHeading(page);
    const planPath = join(harness.dir, 'Kompetenceplan for HR.omstil');
    expect(existsSync(planPath)).toBe(true);

    await page
      .getByRole('region', { name: 'Kom i gang med en guide' })
      .getByRole('button', { name: 'Start guiden' })
      .click();
    const members = page.getByRole('region', { name: 'Hvem sidder i samarbejdsudvalget?' });
    await members.getByRole('button', { name: 'Tilføj medlem' }).click();
    await members.getByText('Skriv medlemmets navn.').waitFor();
    await members.getByLabel('Medlemmets navn').fill('Mette Aagaard');
    await members.getByLabel('Rolle i udvalget').selectOption('employee-rep');
    await members.getByLabel('Medlemmets navn').press('Enter');
    await members.getByText('Mette Aagaard (Medarbejderrepræsentant)').waitFor();
    expect(readPlanReadOnly(planPath).document.members.map((m) => m.name)).toEqual([
      'Mette Aagaard',
    ]);
    await page.evaluate('window.scrollTo(0, 0)');
    await checkAtBothSizes(page, 'guide-step-1');
    // The members lie under the plan's frame: the whole step, to see them with it.
    await screenshot(page, 'guide-step-1-members-1280', true);
    expect(failures).toEqual([]);
  });

  it('opens the example made earlier again rather than a copy more each time', async () => {
    const harness = await suite.harness('none');
    const { page, failures } = await suite.page({ viewport: SIZES[1], locale: 'da-DK' });
    await page.goto(harness.url);
    for (let round = 0; round < 2; round += 1) {
      await page.getByRole('button', { name: 'Åbn eksempelplan' }).click();
      await waitForPlanHeading(page);
      await page.getByRole('button', { name: 'Luk plan' }).click();
      await page.getByRole('button', { name: 'Åbn eksempelplan' }).waitFor();
    }
    expect(readdirSync(harness.dir).filter((f) => f.endsWith('.omstil'))).toEqual([
      'Eksempelplan.omstil',
    ]);
    expect(failures).toEqual([]);
  });
});
