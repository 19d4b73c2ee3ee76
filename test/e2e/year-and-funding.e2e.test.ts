import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { formatters } from '../../src/renderer/i18n/format';
import { axeViolations, screenshot, type Harness } from './harness';
import { browserSuite, goToStep, planNav } from './session';

/** The committee's "today" as the renderer counts it (the local calendar day). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe('the committee’s year in the browser: årshjul, the fund and the status flow', () => {
  const suite = browserSuite();
  let harness: Harness | null = null;
  let page: Page;
  let failures: string[] = [];
  let settle: () => Promise<void>;

  const doc = () => readPlanReadOnly(harness!.planPath).document;
  const nav = () => planNav(page);
  const go = (step: string) => goToStep(page, step);

  async function openExample() {
    ({ harness, page, failures, settle } = await suite.openPlan('example'));
  }

  it('shows the årshjul as a wheel and a list, restores the default items and selects from the wheel', async () => {
    await openExample();
    await go('Årshjul');
    const screen = page.getByRole('region', { name: 'Årshjul' });
    await screen.getByRole('img', { name: /^Årshjulet som tegning/ }).waitFor();

    // The example has the whole default wheel, so there is nothing to restore until one goes.
    const restoreButton = screen.getByRole('button', { name: /standardårshjul$/ });
    expect(await restoreButton.count()).toBe(0);
    const before = doc().yearItems.length;
    await screen
      .getByRole('button', { name: 'Slet »SU-møde: kompetenceplanen sættes i gang«' })
      .click();
    await settle();
    await expect.poll(() => doc().yearItems.length).toBe(before - 1);
    await screen.getByRole('button', { name: 'Gendan standardårshjul' }).click();
    await settle();
    await screen.getByText('1 punkt fra standardårshjulet er tilføjet.').waitFor();
    expect(doc().yearItems.length).toBe(before);
    expect(await restoreButton.count()).toBe(0);
    await screen.getByText(/^Næste punkt: /).waitFor();

    // A dot in the drawing selects its item in the list, which takes focus.
    const first = doc().yearItems[0]!;
    await page.locator(`svg [data-item-id="${first.id}"]`).click();
    await expect
      .poll(() =>
        page.evaluate<string>('document.activeElement?.getAttribute("aria-current") ?? ""'),
      )
      .toBe('true');

    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'year-wheel-1280');
    await screenshot(page, 'year-wheel-full-1280', true);

    // A new item lands in its month and in the file.
    await screen.getByLabel('Titel på det nye punkt').fill('Temadag om kunstig intelligens');
    await screen.getByLabel('Måned', { exact: true }).last().selectOption({ label: 'Oktober' });
    await screen.getByRole('button', { name: 'Tilføj punkt' }).click();
    await settle();
    await expect
      .poll(() => doc().yearItems.find((i) => i.title === 'Temadag om kunstig intelligens')?.month)
      .toBe(10);
    await page
      .getByRole('region', { name: /^Oktober/ })
      .getByText('Temadag om kunstig intelligens')
      .waitFor();

    // Its fields open in the list; an activity is linked with the keyboard through the combobox.
    await screen.getByRole('button', { name: 'Redigér »Temadag om kunstig intelligens«' }).click();
    const links = screen.getByRole('group', { name: 'Indsatser' });
    const combobox = links.getByRole('combobox', { name: 'Knyt en indsats til punktet' });
    await combobox.fill('Lederforløb');
    await combobox.press('Enter');
    await settle();
    await links.getByText('Lederforløb i digital ledelse', { exact: true }).waitFor();
    const added = () => doc().yearItems.find((i) => i.title === 'Temadag om kunstig intelligens');
    const leaders = doc().activities.find((a) => a.title === 'Lederforløb i digital ledelse');
    expect(added()?.activityIds).toEqual([leaders?.id]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'year-wheel-edit-1280');
    expect(failures).toEqual([]);
  });

  it('assesses funding readiness, changes the verdict with an answer, keeps it in the file and follows an edited rule', async () => {
    await openExample();
    await go('Kompetencefonden');
    const screen = page.getByRole('region', { name: 'Kompetencefonden' });
    await screen.getByText('Sidst kontrolleret 27. nov. 2026').waitFor();
    const card = screen.getByRole('listitem').filter({ hasText: 'Lederforløb i digital ledelse' });
    await card.getByText('Vurdering: Kræver flere oplysninger').waitFor();

    await card
      .getByRole('button', {
        name: 'Udfyld ansøgningsoplysninger for »Lederforløb i digital ledelse«',
      })
      .click();
    const obliged = card.getByRole('group', {
      name: 'Er arbejdspladsen forpligtet til at tilbyde aktiviteten, fx efter lovgivningen?',
    });
    await obliged.getByLabel('Ja').check();
    await settle();
    await card.getByText('Vurdering: Sandsynligvis ikke støtteberettiget').waitFor();
    await card.getByText('Arbejdspladsen er forpligtet.', { exact: true }).waitFor();
    await card
      .getByLabel('Udbyder', { exact: true })
      .fill('Center for Offentlig Kompetenceudvikling');
    await card.getByLabel('Udbyder', { exact: true }).press('Tab');
    await settle();

    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'funding-1280');
    await screenshot(page, 'funding-full-1280', true);

    const saved = () =>
      doc().activities.find((a) => a.title === 'Lederforløb i digital ledelse')?.fundingApplication;
    await expect.poll(() => saved()?.obligatory).toBe(true);
    expect(saved()).toMatchObject({
      provider: 'Center for Offentlig Kompetenceudvikling',
      title: 'Lederforløb i digital ledelse',
    });

    // After a reload the answer is still there: it came from the file.
    await page.reload();
    await nav().waitFor();
    await go('Kompetencefonden');
    const again = page
      .getByRole('region', { name: 'Kompetencefonden' })
      .getByRole('listitem')
      .filter({ hasText: 'Lederforløb i digital ledelse' });
    await again.getByText('Vurdering: Sandsynligvis ikke støtteberettiget').waitFor();

    // Bad JSON is refused with the path named and nothing saved; a valid edit changes the verdict.
    await page.getByRole('button', { name: 'Redigér reglerne som JSON' }).click();
    const text = page.getByLabel('Reglerne som JSON');
    const rules = JSON.parse(await text.inputValue()) as {
      rules: { id: string; effect: string }[];
    };
    await text.fill(JSON.stringify({ ...rules, approvalReminderDays: 'tredive' }, null, 2));
    await page.getByRole('button', { name: 'Gem regler' }).click();
    await page.getByText(/^approvalReminderDays: Antallet af dage skal være et helt tal/).waitFor();
    expect(doc().plan.fundingRules).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'funding-rules-error-1280');

    const softened = rules.rules.map((r) =>
      r.id === 'obligatory' ? { ...r, effect: 'check' } : r,
    );
    await text.fill(JSON.stringify({ ...rules, rules: softened }, null, 2));
    await page.getByRole('button', { name: 'Gem regler' }).click();
    await settle();
    await page.getByText('Reglerne er gemt. Vurderingerne er opdateret.').waitFor();
    await again.getByText('Vurdering: Kræver flere oplysninger').waitFor();
    expect(doc().plan.fundingRules?.rules.find((r) => r.id === 'obligatory')?.effect).toBe('check');

    await page.getByRole('button', { name: 'Brug standardreglerne igen' }).click();
    await settle();
    await again.getByText('Vurdering: Sandsynligvis ikke støtteberettiget').waitFor();
    expect(doc().plan.fundingRules).toBeNull();
    expect(failures).toEqual([]);
  });

  it('moves the plan’s status back to “Drøftet i SU” and on again, recording the dates', async () => {
    await openExample();
    const today = localToday();
    const steps = page.getByRole('list', { name: 'Faser i planens forløb' });
    await expect
      .poll(() => steps.locator('[aria-current="step"]').textContent())
      .toContain('Vedtaget');
    // The example is made as of today, so its decision date is read from the plan it shows.
    expect(await page.getByLabel('Vedtaget i SU den').inputValue()).toBe(
      formatters('da').date(doc().plan.decisionDate!),
    );

    await page.getByRole('button', { name: 'Tilbage til »Drøftet i SU«' }).click();
    await settle();
    await expect.poll(() => doc().plan.status).toBe('discussed');
    expect(doc().plan.statusDates.discussed).toBe(today);
    expect(doc().plan.statusDates.adopted).toBeNull();
    expect(doc().plan.decisionDate).toBeNull();
    expect(await steps.locator('[aria-current="step"]').textContent()).toContain('Drøftet i SU');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'status-stepper-1280');

    await page.getByRole('button', { name: 'Gå videre til »Vedtaget«' }).click();
    await settle();
    await expect.poll(() => doc().plan.status).toBe('adopted');
    expect(doc().plan.statusDates.adopted).toBe(today);
    expect(doc().plan.decisionDate).toBe(today);

    // The recorded date can be corrected; the decision date follows the adopted step.
    const adopted = page.getByLabel('Vedtaget i SU den');
    await adopted.fill('2026-08-21');
    await adopted.press('Enter');
    await settle();
    await expect.poll(() => doc().plan.decisionDate).toBe('2026-08-21');
    expect(doc().plan.statusDates.adopted).toBe('2026-08-21');

    // The start screen says where the plan stands, read from the file without opening it.
    await page.getByRole('button', { name: 'Luk plan' }).click();
    const recent = page.getByRole('region', { name: 'Senest åbnede planer' });
    await recent.getByText('Status: Vedtaget').waitFor();
    await recent.getByText(/^Næste punkt i årshjulet: /).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'start-year-status-1280');
    expect(failures).toEqual([]);
  });
});
