import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { axeViolations, screenshot } from './harness';
import { browserSuite, goToStep } from './session';

const SURVEYXACT = join(__dirname, '../main/core/survey/fixtures/surveyxact-baseline.csv');

/** The plan file's measurements as it holds them: level, respondents and distribution. */
function measured(planPath: string) {
  return readPlanReadOnly(planPath).document.measurements.map((m) => [
    m.level,
    m.respondents,
    m.distribution,
  ]);
}

describe('survey results in, as group-level figures, in Chromium against the HTTP host', () => {
  const suite = browserSuite();

  it('maps a SurveyXact export, shows the figures and the refused groups, imports and undoes', async () => {
    const { page, harness } = await suite.openPlan('example');
    const before = measured(harness.planPath);
    await goToStep(page, 'Målinger');

    // 1280×720: the export typed in, read; its questions mapped to two of the plan's competences.
    await page.getByRole('button', { name: 'Indlæs resultater fra et spørgeskema …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indlæs resultater fra et spørgeskema' });
    await dialog.getByLabel('Udtrækkets placering').fill(SURVEYXACT);
    await dialog.getByRole('button', { name: 'Læs filen' }).click();
    await dialog.getByText('surveyxact-baseline.csv: 11 besvarelser.').waitFor();
    // The department column is found as the target group column; the e-mails are no question.
    expect(await dialog.getByLabel('Kolonne med målgruppe').inputValue()).toBe('2');
    expect(await dialog.getByLabel('E-mail').count()).toBe(0);
    await dialog
      .getByLabel('Jeg bruger de digitale systemer sikkert i mine daglige opgaver')
      .selectOption({ label: 'Sagsbehandling i det nye sagsbehandlingssystem' });
    await dialog
      .getByLabel('Jeg kan finde nye måder at løse opgaverne på med digitale værktøjer')
      .selectOption({ label: 'Nye underviserkompetencer i forhold til digitale værktøjer' });
    await dialog.getByLabel('Dato for målingen').fill('2027-01-15');
    await dialog.getByRole('button', { name: 'Vis tallene' }).click();

    // The figures per group (worked out by hand in the core's test), and why Ledere are left out.
    const table = dialog.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/^Kompetence\tMålgruppe\tNiveau\tFordeling 1–5\tBesvarelser$/),
      'Sagsbehandling i det nye sagsbehandlingssystem\tSagsbehandlere\t3,7\t1: 0 · 2: 1 · 3: 1 · 4: 3 · 5: 1\t6',
      'Nye underviserkompetencer i forhold til digitale værktøjer\tSagsbehandlere\t3,4\t1: 0 · 2: 1 · 3: 2 · 4: 1 · 5: 1\t5',
    ]);
    const text = await dialog.innerText();
    expect(text).toContain(
      'Sagsbehandling i det nye sagsbehandlingssystem, Ledere: Gemmes ikke: gruppen har kun 3 besvarelser, og planens anonymitetsgrænse er 5.',
    );
    expect(text).toContain('»Kantinen« (1 besvarelse) – rækken springes over.');
    expect(measured(harness.planPath)).toEqual(before);
    await dialog.getByRole('button', { name: 'Indlæs 2 målinger' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'survey-preview-1280');
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Indlæs 2 målinger' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '2 målinger er indlæst fra spørgeskemaet.' })
      .waitFor();
    await expect
      .poll(() => measured(harness.planPath))
      .toEqual([...before, [3.67, 6, [0, 1, 1, 3, 1]], [3.4, 5, [0, 1, 2, 1, 1]]]);
    const bytes = readFileSync(harness.planPath);
    for (const answer of ['pivottabeller', 'mette.jensen@example.dk', 'Hemmelig kommentar']) {
      expect(bytes.includes(Buffer.from(answer, 'utf8')), answer).toBe(false);
    }
    await screenshot(page, 'survey-imported-1280');

    // One Ctrl+Z takes both back.
    await page.keyboard.press('Control+z');
    await page
      .getByText('Fortrudt: resultaterne fra en spørgeskemaundersøgelse indlæst som målinger')
      .waitFor();
    await expect.poll(() => measured(harness.planPath)).toEqual(before);

    // 1024×768, by keyboard: Enter reads the file, Escape closes and gives focus back.
    await page.setViewportSize({ width: 1024, height: 768 });
    const open = page.getByRole('button', { name: 'Indlæs resultater fra et spørgeskema …' });
    await open.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(SURVEYXACT);
    await page.keyboard.press('Enter');
    await dialog.getByText('surveyxact-baseline.csv: 11 besvarelser.').waitFor();
    await dialog.getByText('Hele filen gælder én målgruppe', { exact: true }).click();
    await dialog.getByLabel('Målgruppe for hele filen').selectOption({ label: 'Ledere' });
    await dialog
      .getByLabel('Jeg bruger de digitale systemer sikkert i mine daglige opgaver')
      .selectOption({ label: 'Digital ledelse' });
    await dialog.getByRole('button', { name: 'Vis tallene' }).press('Enter');
    await dialog.getByRole('button', { name: 'Indlæs 1 måling' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'survey-preview-1024');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
      .toBe('Indlæs resultater fra et spørgeskema …');

    // The threshold is the plan's own, set on its overview.
    await goToStep(page, 'Overblik');
    const threshold = page.getByLabel('Anonymitetsgrænse');
    await threshold.fill('7');
    await threshold.press('Tab');
    await expect
      .poll(() => readPlanReadOnly(harness.planPath).document.plan.anonymityThreshold)
      .toBe(7);
    await threshold.scrollIntoViewIfNeeded();
    await screenshot(page, 'survey-threshold-1024');
  });
});
