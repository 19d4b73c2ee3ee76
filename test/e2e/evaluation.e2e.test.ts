import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { formatters } from '../../src/renderer/i18n/format';
import { formatLongDate } from '../../src/shared/year-wheel/labels';
import { pdfPages, pdfPageText, pdfText } from '../main/export/poppler';
import { axeViolations, RESULTS, screenshot, type Harness } from './harness';
import { browserSuite, planNav } from './session';

const MUS =
  'Lederne brugte forårets MUS til at aftale, hvem der skal på kurset i det nye sagsbehandlingssystem.';
const CONCLUSIONS =
  'Sagsbehandlerne er godt i gang, men lederforløbet blev forsinket og skal gøres færdigt.';
const DECISIONS = [
  'Lederforløbet i digital ledelse gøres færdigt inden 1. oktober 2027.',
  'Den opfølgende måling gentages for alle målgrupper i marts 2028.',
];

describe('the annual evaluation in the browser, from start to PDF', () => {
  const suite = browserSuite();
  let harness: Harness | null = null;
  let page: Page;
  let failures: string[] = [];
  let settle: () => Promise<void>;

  const doc = () => readPlanReadOnly(harness!.planPath).document;
  /**
   * The committee's "today": the last day of the example's period. The example is made as of the
   * real today, with its first period's evaluation completed; the year its current period ends in
   * has none yet, so that is the one to start.
   */
  let today = '';
  let year = 0;
  const evaluationOfYear = () => doc().evaluations.find((e) => e.year === year);

  async function openEvaluation() {
    ({ harness, page, failures, settle } = await suite.openPlan('example', {
      beforeLoad: (p, h) => {
        today = readPlanReadOnly(h.planPath).document.plan.periodEnd!;
        year = Number(today.slice(0, 4));
        return p.clock.setFixedTime(new Date(`${today}T10:00:00`));
      },
    }));
    await planNav(page)
      .getByRole('link', { name: /^Årlig evaluering/ })
      .click();
  }

  /** The step is on screen, axe finds nothing, and the screen is kept for a look. */
  async function checkStep(n: number, name: string) {
    const step = page.getByRole('region', { name });
    await step.waitFor();
    await settle();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `evaluation-step-${n}-1280`, true);
    return step;
  }

  const next = () => page.getByRole('button', { name: 'Næste trin' }).click();

  it('starts the year’s evaluation, fetches the figures, records the committee’s answers, completes and saves the PDF', async () => {
    await openEvaluation();
    const screen = page.getByRole('region', { name: 'Årlig evaluering' });
    await screen.getByRole('heading', { name: 'Evalueringer' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'evaluation-start-1280', true);

    expect(doc().evaluations.map((e) => e.year)).toEqual([year - 1]);
    await screen.getByRole('button', { name: `Start evaluering for ${year}` }).click();
    await screen.getByRole('heading', { name: `Evaluering ${year}` }).waitFor();
    await settle();
    // It follows on from the first period's evaluation: the plan's current period, up to today.
    const { periodStart } = doc().plan;
    expect(evaluationOfYear()).toMatchObject({ periodStart, periodEnd: today });

    // 1 Periode: the figures are fetched and frozen.
    let step = await checkStep(1, 'Periode');
    await step.getByRole('button', { name: 'Hent tal fra planen' }).click();
    await step.getByRole('button', { name: 'Opdater tal' }).waitFor();
    await settle();
    expect(evaluationOfYear()?.figures?.periodEnd).toBe(today);
    await screenshot(page, 'evaluation-step-1-1280', true);

    // 2 Gennemført og ikke gennemført: what was not carried out is named.
    await next();
    step = await checkStep(2, 'Gennemført og ikke gennemført');
    await step.getByText('Lederforløb i digital ledelse').waitFor();

    // 3 Økonomi, 4 Deltagere, 5 Effektkæden.
    await next();
    step = await checkStep(3, 'Økonomi');
    await step.getByText('Andel af budgettet brugt').waitFor();
    await next();
    await checkStep(4, 'Deltagere');
    await next();
    step = await checkStep(5, 'Effektkæden');
    await step
      .getByText(/Blindt led/)
      .first()
      .waitFor();

    // 6 MUS-opfølgning: the committee's own answer, saved when the field is left.
    await next();
    step = await checkStep(6, 'MUS-opfølgning');
    const mus = step.getByLabel(/Hvordan er MUS/);
    await mus.fill(MUS);
    await mus.press('Tab');
    await expect.poll(() => evaluationOfYear()?.musFollowUp).toBe(MUS);

    // 7 Konklusioner og beslutninger: the conclusions and two decisions.
    await next();
    step = await checkStep(7, 'Konklusioner og beslutninger');
    const conclusions = step.getByLabel('Samarbejdsudvalgets konklusioner');
    await conclusions.fill(CONCLUSIONS);
    await conclusions.press('Tab');
    for (const decision of DECISIONS) {
      await step.getByLabel('Ny beslutning').fill(decision);
      await step.getByLabel('Ny beslutning').press('Enter');
      await step.getByRole('textbox', { name: /Punkt/ }).last().waitFor();
      await settle();
    }
    await expect.poll(() => evaluationOfYear()?.decisions).toEqual(DECISIONS);
    expect(evaluationOfYear()?.conclusions).toBe(CONCLUSIONS);
    await screenshot(page, 'evaluation-step-7-1280', true);

    // 8 Afslut.
    await next();
    step = await checkStep(8, 'Afslut');
    await step.getByRole('button', { name: 'Afslut evalueringen' }).click();
    await step.getByText(`Evalueringen er afsluttet ${formatters('da').date(today)}.`).waitFor();
    await settle();
    expect(evaluationOfYear()?.completedAt).toBe(today);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'evaluation-step-8-1280', true);

    // The PDF, through the program's own path dialog (the browser has no native one).
    await screen.getByRole('button', { name: 'Gem evaluering som PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gem evalueringen som PDF' });
    const path = dialog.getByLabel('Filens placering');
    const pdfPath = join(harness!.dir, `Årlig evaluering ${year}.pdf`);
    expect(await path.inputValue()).toBe(pdfPath);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'evaluation-pdf-dialog-1280');
    await dialog.getByRole('button', { name: 'Gem PDF' }).click();
    const saved = screen.getByRole('status').filter({ hasText: 'Evalueringen er gemt som PDF' });
    await saved.waitFor();
    await screenshot(page, 'evaluation-pdf-saved-1280');
    expect(existsSync(pdfPath)).toBe(true);

    const pages = pdfPages(pdfPath);
    expect(await saved.textContent()).toContain(`(${pages} sider)`);
    const cover = pdfPageText(pdfPath, 1);
    expect(cover).toContain(`Årlig evaluering ${year}`);
    expect(cover).toContain('Styrelsen for Tilskud og Registre');
    expect(cover).toContain(`${formatLongDate(periodStart!).da} – ${formatLongDate(today).da}`);
    const text = pdfText(pdfPath);
    expect(text).toContain(MUS);
    expect(text).toContain(CONCLUSIONS);
    for (const decision of DECISIONS) expect(text).toContain(decision);
    expect(text).toContain(`Side 1 af ${pages}`);
    // Kept beside the screenshots, to be looked at.
    mkdirSync(RESULTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(RESULTS, 'evaluation-pdf')]);

    // Saving again to the same place asks before replacing.
    await screen.getByRole('button', { name: 'Gem evaluering som PDF…' }).click();
    await dialog.getByRole('button', { name: 'Gem PDF' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'findes allerede' }).waitFor();
    await dialog.getByRole('button', { name: 'Erstat filen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await saved.waitFor();

    expect(failures).toEqual([]);
  }, 180_000);
});
