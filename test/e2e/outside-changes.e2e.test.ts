import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { OmstilError } from '../../src/shared/errors';
import {
  breakOutsideOmstil,
  changeOutsideOmstil,
  leaveStrayJournal,
} from '../helpers/tampered-files';
import { axeViolations, screenshot, type Harness } from './harness';
import { browserSuite, DANISH_1280, openPlan, openThroughStartScreen } from './session';

/** The code of the refusal reading the plan file gives now, or null when it reads. */
function refusalOf(path: string): string | null {
  try {
    readPlanReadOnly(path);
    return null;
  } catch (e) {
    if (e instanceof OmstilError) return e.appError.code;
    throw e;
  }
}

describe('a plan changed outside Omstil, in Chromium against the HTTP host', () => {
  const suite = browserSuite();
  let page: Page;
  let failures: string[];

  async function start(): Promise<Harness> {
    const harness = await suite.harness('example');
    ({ page, failures } = await suite.page(DANISH_1280));
    await page.goto(harness.url);
    return harness;
  }

  const warning = () =>
    page.getByRole('alert').filter({ hasText: 'Planen er ændret uden for Omstil' });
  const focused = () => page.evaluate<string>('document.activeElement?.textContent ?? ""');

  it('shows what changed and makes a clean copy beside it without the changed rows', async () => {
    const { dir, planPath } = await start();
    const activities = readPlanReadOnly(planPath).document.activities.length;
    changeOutsideOmstil(planPath);

    await openPlan(page, planPath);
    await warning().waitFor();
    expect(await warning().textContent()).toContain(
      'fordi 2 indsatser og planens oplysninger er ændret uden for Omstil',
    );
    expect(await page.getByLabel('Organisation').getAttribute('readonly')).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'outside-changes-1280');

    // By keyboard, from the notice's first action.
    await warning().getByRole('button', { name: 'Lav en ren kopi…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', {
      name: 'Lav en ren kopi uden de ændrede oplysninger',
    });
    await dialog.waitFor();
    const cleanPath = join(dir, 'Kompetenceplan (ren kopi).omstil');
    expect(await dialog.getByLabel('Gem den rene kopi som').inputValue()).toBe(cleanPath);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'outside-clean-copy-dialog-1280');
    await page.keyboard.press('Enter');

    await page.getByText(`Den rene kopi er gemt og åbnet: ${cleanPath}.`).waitFor();
    expect(await warning().count()).toBe(0);
    expect(await page.getByLabel('Organisation').getAttribute('readonly')).toBeNull();
    await screenshot(page, 'outside-clean-copy-opened-1280');
    expect(readPlanReadOnly(cleanPath).document.activities).toHaveLength(activities - 2);
    // The original is left as it was found.
    expect(refusalOf(planPath)).toBe('changed-outside');
    expect(failures).toEqual([]);
  });

  it('accepts the content only once the user confirms, with cancel as the default', async () => {
    const { planPath } = await start();
    changeOutsideOmstil(planPath);
    await openPlan(page, planPath);
    await warning().waitFor();

    const accept = warning().getByRole('button', { name: 'Godkend indholdet…' });
    await accept.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Godkend indholdet, som det er?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Godkendelsen kan ikke fortrydes');
    expect(await focused()).toBe('Annuller');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'outside-accept-dialog-1280');

    // Enter gives the safe answer, and focus goes back where it was.
    await page.keyboard.press('Enter');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await focused()).toBe('Godkend indholdet…');
    expect(refusalOf(planPath)).toBe('changed-outside');

    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Godkend indholdet');
    await page.keyboard.press('Enter');

    const done = page.getByText('Indholdet er godkendt, som det er, og du kan nu redigere planen.');
    await done.waitFor();
    expect(await warning().count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'outside-accepted-1280');
    expect(refusalOf(planPath)).toBeNull();
    expect(readPlanReadOnly(planPath).document.plan.title).toBe('Planen med en anden titel');

    const organisation = page.getByLabel('Organisation');
    await organisation.fill('Styrelsen for IT og Læring');
    await organisation.press('Tab');
    await expect
      .poll(() => readPlanReadOnly(planPath).document.plan.organisation)
      .toBe('Styrelsen for IT og Læring');
    expect(failures).toEqual([]);
  });

  it('says it in English, with the confirmation in English too', async () => {
    const { planPath } = await start();
    changeOutsideOmstil(planPath);
    await openPlan(page, planPath);
    await warning().waitFor();
    await page.getByRole('button', { name: 'English' }).click();

    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'The plan was changed outside Omstil' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'because 2 activities and the plan’s details were changed outside Omstil',
    );
    await notice.getByRole('button', { name: 'Accept the content…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Accept the content as it is?' });
    await confirm.waitFor();
    expect(await focused()).toBe('Cancel');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'outside-accept-dialog-en-1280');
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    await screenshot(page, 'outside-changes-en-1280');
    expect(refusalOf(planPath)).toBe('changed-outside');
    expect(failures).toEqual([]);
  });

  it('refuses a plan whose changes break the rules, and offers the clean copy', async () => {
    const { dir, planPath } = await start();
    breakOutsideOmstil(planPath);

    await openThroughStartScreen(page, planPath);
    const offer = page.getByRole('button', { name: 'Gem en ren kopi af planens indhold…' });
    await offer.waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'ikke længere følger Omstils regler',
    );
    expect(await page.getByText('Planen kan ikke åbnes', { exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'outside-refused-1280');

    await offer.click();
    const dialog = page.getByRole('dialog', { name: 'Gem en ren kopi af planens indhold' });
    expect(await dialog.getByLabel('Planen, der ikke kunne åbnes').inputValue()).toBe(planPath);
    const cleanPath = join(dir, 'Kompetenceplan (ren kopi).omstil');
    expect(await dialog.getByLabel('Gem den rene kopi som').inputValue()).toBe(cleanPath);
    await dialog.getByRole('button', { name: 'Gem og åbn den rene kopi' }).click();

    await page.getByText(`Den rene kopi er gemt og åbnet: ${cleanPath}.`).waitFor();
    expect(refusalOf(cleanPath)).toBeNull();
    expect(failures).toEqual([]);
  });

  it('says on an editable plan that a stray journal beside it was moved aside', async () => {
    const { planPath } = await start();
    leaveStrayJournal(planPath);

    await openPlan(page, planPath);
    const notice = page.getByRole('status').filter({ hasText: 'Om planfilen' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('En fremmed journalfil lå ved siden af planen');
    expect(await page.getByLabel('Organisation').getAttribute('readonly')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journal-moved-aside-1280');
    expect(failures).toEqual([]);
  });
});
