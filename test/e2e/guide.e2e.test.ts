import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { catalogEntry, type CompetenceKey, type DriverKey } from '../../src/shared/catalog';
import type { PlanDocument } from '../../src/shared/model/document';
import { axeViolations, screenshot, type Harness } from './harness';
import { browserSuite, openThroughStartScreen, waitForPlanHeading } from './session';

const driver = (key: DriverKey) => catalogEntry('driver', key)!.title.da;
const competence = (key: CompetenceKey) => catalogEntry('competence', key)!.title.da;

const OFFER = 'Kom i gang med en guide';
const NOT_WIRED =
  'The plan screen of a new, empty plan shows no region "Kom i gang med en guide". The guide is ' +
  'built (src/renderer/screens/guide) but not yet wired: render <GuideOffer> at the top of the ' +
  'Overblik screen while useGuideState().offer is true, and <GuidedStart> instead of the screen ' +
  'content while useGuideState().open is true (see the guide engineer’s report).';

describe('the guided start, in Chromium against the HTTP host and a real plan file', () => {
  const suite = browserSuite();
  let harness: Harness | null = null;
  let page: Page;
  let failures: string[];

  async function openNewPlan() {
    harness = await suite.harness('empty');
    ({ page, failures } = await suite.page({ viewport: { width: 1280, height: 720 } }));
    await page.goto(harness.url);
    await openThroughStartScreen(page, harness.planPath);
    await waitForPlanHeading(page);
  }

  /** The offer on the overview; a clear failure, not a timeout, while it is not wired in. */
  async function findOffer(name: string): Promise<Locator> {
    const offer = page.getByRole('region', { name });
    try {
      await offer.waitFor({ timeout: 5_000 });
    } catch {
      throw new Error(NOT_WIRED);
    }
    return offer;
  }

  const plan = (): PlanDocument => readPlanReadOnly(harness!.planPath).document;

  async function atStep(n: number, heading: string) {
    const name = `Trin ${String(n)} af 6: ${heading}`;
    await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    // Each step starts with focus on its heading, so the keyboard starts at the top.
    await expect.poll(() => page.locator('h2:focus').count()).toBe(1);
  }

  /** Axe on the whole step, and what a projector shows of it before any scrolling. */
  async function check(n: number) {
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, `guide-step-${String(n)}-1280`);
  }

  async function next() {
    await page.getByRole('button', { name: 'Næste', exact: true }).click();
  }

  async function back() {
    await page.getByRole('button', { name: 'Tilbage', exact: true }).click();
  }

  it('walks a new plan from the offer to a linked draft, resuming after a reload', async () => {
    await openNewPlan();
    const offer = await findOffer(OFFER);
    expect(await offer.getByRole('button', { name: 'Spring over' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'guide-offer-1280');
    await offer.getByRole('button', { name: 'Start guiden' }).click();

    // 1: the frame of the plan, with a period offered; Enter in a field moves on.
    await atStep(1, 'Planens navn og periode');
    expect(await page.getByLabel('Planen gælder fra').inputValue()).toMatch(
      /^1\. [a-z]{3}\.? \d{4}$/,
    );
    await page.getByLabel('Organisation').fill('Styrelsen for Data og Service');
    await page.getByLabel('Enhed').fill('Center for Sagsbehandling');
    await check(1);
    await page.getByLabel('Enhed').press('Enter');

    // 2: drivers from the catalogue and one of the workplace's own.
    await atStep(2, 'Hvorfor skal I omstille jer?');
    await page.getByRole('checkbox', { name: driver('new-systems') }).check();
    await page.getByRole('checkbox', { name: driver('security') }).check();
    await page
      .getByRole('combobox', { name: `Prioritet for »${driver('new-systems')}«` })
      .selectOption('1');
    const own = page.getByLabel('Jeres egen baggrund');
    await own.fill('Sammenlægning af to kontorer');
    await own.press('Enter');
    await page.getByRole('checkbox', { name: 'Sammenlægning af to kontorer' }).waitFor();
    await check(2);
    await next();

    // 3: target groups from the quick choices, then "save and continue later".
    await atStep(3, 'Hvem gælder planen for?');
    await page.getByRole('button', { name: 'Tilføj målgruppen »Sagsbehandlere«' }).click();
    await page
      .getByRole('group', { name: 'Målgruppe 1' })
      .getByLabel('Antal medarbejdere')
      .fill('42');
    await page.getByRole('button', { name: 'Tilføj målgruppen »Ledere«' }).click();
    await page
      .getByRole('group', { name: 'Målgruppe 2' })
      .getByLabel('Antal medarbejdere')
      .fill('6');
    await check(3);
    await page.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
    // The guide closes once the step is saved, and the overview offers to continue it.
    await findOffer('Guiden er i gang');
    expect(plan().targetGroups.map((g) => [g.name, g.headcount])).toEqual([
      ['Sagsbehandlere', 42],
      ['Ledere', 6],
    ]);

    // Closed and opened again: the offer is still there, at the step the secretary left.
    await page.reload();
    const resume = await findOffer('Guiden er i gang');
    expect(await resume.textContent()).toContain('I er nået til trin 3 af 6');
    await resume.getByRole('button', { name: 'Fortsæt guiden' }).click();
    await atStep(3, 'Hvem gælder planen for?');
    for (const [n, name] of [
      [1, 'Sagsbehandlere'],
      [2, 'Ledere'],
    ] as const) {
      const row = page.getByRole('group', { name: `Målgruppe ${String(n)}` });
      expect(await row.getByLabel(/^Navn/).inputValue()).toBe(name);
    }
    await next();

    // 4: competences the drivers call for; the best fits are ticked. One more, by keyboard.
    await atStep(4, 'Hvilke kompetencer skal medarbejderne udvikle?');
    for (const key of ['general-skills', 'trainer-skills', 'it-security'] as const) {
      expect(await page.getByRole('checkbox', { name: competence(key) }).isChecked()).toBe(true);
    }
    const workflows = page.getByRole('checkbox', { name: competence('workflow-optimisation') });
    await workflows.focus();
    await page.keyboard.press('Space');
    expect(await workflows.isChecked()).toBe(true);
    // Where staff stand today and where they should be, for each chosen competence.
    await page.getByLabel(`Niveau i dag for »${competence('it-security')}«`).selectOption('2');
    await page.getByLabel(`Målniveau for »${competence('it-security')}«`).selectOption('4');
    await check(4);
    await screenshot(page, 'guide-step-4-levels-1280', true);
    await next();
    await atStep(5, 'Hvilke metoder vil I bruge?');
    const security = plan().competences.find((c) => c.catalogKey === 'it-security');
    expect([security?.currentLevel, security?.targetLevel]).toEqual([2, 4]);

    // 5: methods per competence; then back to drop a competence, which takes it out of the plan.
    await atStep(5, 'Hvilke metoder vil I bruge?');
    await page
      .getByRole('group', { name: `Metoder til »${competence('it-security')}«` })
      .getByRole('checkbox', { name: catalogEntry('method', 'courses-in-practice')!.title.da })
      .waitFor();
    await check(5);
    await back();
    await atStep(4, 'Hvilke kompetencer skal medarbejderne udvikle?');
    await page.getByRole('checkbox', { name: competence('workflow-optimisation') }).uncheck();
    await next();
    await atStep(5, 'Hvilke metoder vil I bruge?');
    expect(plan().competences.map((c) => c.catalogKey)).not.toContain('workflow-optimisation');
    await next();

    // 6: the draft, and where to go from here.
    await atStep(6, 'Udkastet er klar');
    const summary = page.getByRole('region', { name: 'Det har guiden lagt i planen' });
    expect(await summary.textContent()).toContain('Sagsbehandlere (42 medarbejdere)');
    expect(await summary.textContent()).toContain('Ledere (6 medarbejdere)');
    await check(6);

    const doc = plan();
    expect(doc.plan).toMatchObject({
      organisation: 'Styrelsen for Data og Service',
      unit: 'Center for Sagsbehandling',
    });
    expect(doc.plan.periodStart).not.toBeNull();
    expect(doc.drivers.map((d) => [d.catalogKey, d.title, d.priority])).toEqual([
      ['new-systems', driver('new-systems'), 1],
      ['security', driver('security'), 2],
      [null, 'Sammenlægning af to kontorer', 2],
    ]);
    const driverId = (key: DriverKey) => doc.drivers.find((d) => d.catalogKey === key)!.id;
    const groupIds = doc.targetGroups.map((g) => g.id);
    expect(
      doc.competences.map((c) => [c.catalogKey, c.title, c.driverIds, c.targetGroupIds]),
    ).toEqual([
      ['general-skills', competence('general-skills'), [driverId('new-systems')], groupIds],
      ['trainer-skills', competence('trainer-skills'), [driverId('new-systems')], groupIds],
      ['it-security', competence('it-security'), [driverId('security')], groupIds],
    ]);
    const methodIds = new Set(doc.methods.map((m) => m.id));
    for (const c of doc.competences) {
      expect(c.methodIds.length, c.title).toBeGreaterThan(0);
      for (const id of c.methodIds) expect(methodIds.has(id)).toBe(true);
    }
    // One method row per catalogue key, however many competences use it.
    const keys = doc.methods.map((m) => m.catalogKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('courses-in-practice');
    expect(doc.methods.every((m) => doc.competences.some((c) => c.methodIds.includes(m.id)))).toBe(
      true,
    );

    await page.getByRole('button', { name: 'Gå til planens overblik' }).click();
    await page.getByRole('heading', { level: 2, name: 'Overblik' }).waitFor();
    expect(
      await page
        .getByRole('region', { name: /^(Kom i gang med en guide|Guiden er i gang)$/ })
        .count(),
    ).toBe(0);
    expect(failures).toEqual([]);
  });

  it('skips the guide for good: the offer stays away after a reload', async () => {
    await openNewPlan();
    const offer = await findOffer(OFFER);
    await offer.getByRole('button', { name: 'Spring over' }).click();
    await expect.poll(() => page.getByRole('region', { name: OFFER }).count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Overblik' }).waitFor();
    expect(await page.getByRole('region', { name: OFFER }).count()).toBe(0);
    expect(plan().drivers).toEqual([]);
    expect(failures).toEqual([]);
  });
});
