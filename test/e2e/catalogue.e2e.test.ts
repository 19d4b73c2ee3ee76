import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { catalogEntry, competenceMethodMatch } from '../../src/shared/catalog';
import { axeViolations, screenshot, type Harness } from './harness';
import { browserSuite, openThroughStartScreen, waitForPlanHeading } from './session';

const COMPETENCE = catalogEntry('competence', 'workflow-optimisation')!;
const METHOD = catalogEntry('method', 'courses-in-practice')!;
const RATIONALE = competenceMethodMatch('workflow-optimisation', 'courses-in-practice')!.rationale;

describe('the catalogue and the suggestions, in Chromium against the HTTP host', () => {
  const suite = browserSuite();
  let harness: Harness | null = null;
  let page: Page;
  let failures: string[];

  async function openPlan(plan: 'empty' | 'example') {
    harness = await suite.harness(plan);
    ({ page, failures } = await suite.page({ viewport: { width: 1280, height: 720 } }));
    await page.goto(harness.url);
    await openThroughStartScreen(page, harness.planPath);
    await waitForPlanHeading(page);
  }

  async function goToCompetences() {
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Kompetencer/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Kompetencer' }).waitFor();
  }

  it('adds a competence from the catalogue and adopts a suggested method with its reason', async () => {
    await openPlan('empty');
    await goToCompetences();

    await page.getByRole('button', { name: 'Tilføj kompetence…' }).click();
    const picker = page.getByRole('dialog', { name: 'Tilføj en kompetence' });
    await picker.waitFor();
    // English words find the Danish title.
    await picker.getByRole('searchbox').fill('workflows');
    await expect.poll(() => picker.getByRole('status').textContent()).toMatch(/af 11/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'catalogue-picker-1280');
    await picker.getByRole('button', { name: `Tilføj ${COMPETENCE.title.da}` }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: COMPETENCE.title.da }),
    });
    await expect.poll(() => page.locator(':focus').textContent()).toBe(COMPETENCE.title.da);

    const suggestions = card.getByRole('group', { name: 'Foreslåede metoder' });
    await suggestions.getByRole('button', { name: `Brug metoden: ${METHOD.title.da}` }).click();
    const adopted = suggestions.getByRole('listitem').filter({ hasText: METHOD.title.da });
    await expect.poll(() => adopted.getByText('I brug').count()).toBe(1);
    // The competence's heading at the top, so the picture shows what the reason is about.
    await page.evaluate(
      "document.querySelector('.entity-card').scrollIntoView({ block: 'start' })",
    );
    await expect.poll(() => adopted.textContent()).toContain(RATIONALE.da);
    await screenshot(page, 'catalogue-suggestion-1280');

    const { document } = readPlanReadOnly(harness!.planPath);
    expect(document.competences).toHaveLength(1);
    const competence = document.competences[0]!;
    expect(competence).toMatchObject({
      catalogKey: 'workflow-optimisation',
      title: COMPETENCE.title.da,
      description: COMPETENCE.description.da,
    });
    const method = document.methods.find((m) => m.catalogKey === 'courses-in-practice');
    expect(method).toMatchObject({ title: METHOD.title.da, description: METHOD.description.da });
    expect(competence.methodIds).toEqual([method!.id]);

    expect(await axeViolations(page)).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('shows the whole match as a matrix and toggles a pair with the keyboard', async () => {
    await openPlan('example');
    await goToCompetences();
    await page.getByRole('button', { name: 'I matrix med metoderne' }).click();
    const grid = page.getByRole('grid', { name: 'Kompetencer og metoder' });
    await grid.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'catalogue-matrix-top-1280');

    const before = readPlanReadOnly(harness!.planPath).document;
    const first = before.competences[0]!;
    const firstMethod = before.methods[0]!;
    const secondMethod = before.methods[1]!;
    const cells = grid.getByRole('gridcell').getByRole('button');
    await cells.first().focus();
    await page.keyboard.press('ArrowRight');
    const secondCell = grid
      .getByRole('row')
      .nth(1)
      .getByRole('gridcell')
      .nth(1)
      .getByRole('button');
    expect(await secondCell.and(page.locator(':focus')).count()).toBe(1);
    const wasUsed = first.methodIds.includes(secondMethod.id);
    await page.keyboard.press('Space');
    await expect
      .poll(() => readPlanReadOnly(harness!.planPath).document.competences[0]!.methodIds)
      .toEqual(
        wasUsed
          ? first.methodIds.filter((id) => id !== secondMethod.id)
          : [...first.methodIds, secondMethod.id],
      );
    // One press, one change: the button's own activation must not toggle it back.
    await expect
      .poll(() => page.locator(':focus').getAttribute('aria-pressed'))
      .toBe(String(!wasUsed));
    expect(firstMethod.id).not.toBe(secondMethod.id);

    await page
      .getByRole('checkbox', { name: 'Vis også katalogets metoder, som ikke er i planen endnu' })
      .check();
    await expect.poll(() => grid.getByText('Ikke i planen').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await grid.scrollIntoViewIfNeeded();
    await screenshot(page, 'matrix-1280');
    expect(failures).toEqual([]);
  });

  it('suggests competences beside each driver and lists the methods, without axe violations', async () => {
    await openPlan('example');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: /^Baggrunde/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Baggrunde' }).waitFor();
    await expect
      .poll(() => page.getByRole('group', { name: 'Foreslåede kompetencer' }).count())
      .toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'catalogue-drivers-1280');

    await nav.getByRole('link', { name: /^Metoder/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Metoder' }).waitFor();
    await expect.poll(() => page.getByText(/^Bruges til:/).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'catalogue-methods-1280');
    expect(failures).toEqual([]);
  });
});
