import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../src/shared/api';
import { axeViolations, screenshot } from './harness';
import { browserSuite, goToStep } from './session';
import { UNREADABLE_TEXTS } from './workshop-readable';

/**
 * A call to the host as the page's own client makes it. It sets the scene the capture of cards
 * would (another part of the screen): the store reads the plan afresh at its next edit, which
 * moving to the next step is.
 */
async function call<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([n, i]) => {
      const response = await fetch(`api/${n}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(i),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const plan = (page: Page) => call<PlanSnapshot>(page, 'getPlan', {}).then((s) => s.document);

async function startWorkshop(page: Page, from: string, format: string) {
  await goToStep(page, from);
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  await page.getByRole('button', { name: `Start »${format}«` }).click();
  const workshop = page.getByRole('dialog', { name: format });
  await workshop.waitFor();
  await page.mouse.move(0, 0);
  const doc = await plan(page);
  const id = doc.workshops.find((w) => w.title === format)!.id;
  const card = (stepId: string, kind: string, text: string) =>
    call<{ id: string }>(page, 'createEntity', {
      entity: 'workshopCard',
      values: { workshopId: id, stepId, kind, text },
    }).then((c) => c.id);
  return { workshop, card };
}

const stepTitle = (workshop: Locator) => workshop.locator('.workshop-step-title').textContent();

/** Every text in workshop mode readable from the back of the room, and axe content, as it is shown. */
async function lookAt(page: Page, name: string, shown: Locator) {
  await shown.scrollIntoViewIfNeeded();
  expect(await page.evaluate<string[]>(UNREADABLE_TEXTS), name).toEqual([]);
  await screenshot(page, name);
}

const itemsOf = (list: Locator) => list.getByRole('listitem').allTextContents();

/**
 * The room's prioritising in Chromium against the HTTP host: the SU's dot vote at 1280×720 and
 * the team's at 1024×768, hidden and then revealed with a tie, the ranking written into the plan
 * and taken back, and the 2×2 grid by keyboard — readable, and axe content, in each state. One
 * browser and one plan for the file.
 */
describe('prioritising in workshop mode, in Chromium', () => {
  const suite = browserSuite();

  it('reveals hidden votes with a tie, applies and undoes the ranking, and places cards on the grid by keyboard, at both sizes', async () => {
    const { page, failures } = await suite.openPlan('example');

    // The SU at a laptop's size, one participant at a time.
    const su = await startWorkshop(page, 'Kompetencer', 'Workshop i samarbejdsudvalget');
    const data = await su.card('su-competences', 'competence', 'Brug af data');
    const ai = await su.card('su-competences', 'competence', 'Kunstig intelligens');
    await su.card('su-competences', 'competence', 'Klarsprog');
    await su.card('su-drivers', 'driver', 'Nye it-systemer');
    const entries = await Promise.all(
      [data, ai].map((cardId) =>
        call<{ promoted: { id: string } }>(page, 'promoteCard', { cardId }).then(
          (p) => p.promoted.id,
        ),
      ),
    );
    await page.keyboard.press('7');
    await expect.poll(() => stepTitle(su.workshop)).toBe('Prioritering');
    const votes = su.workshop.getByRole('region', { name: 'Prikafstemning' });
    const entry = votes.getByRole('form', { name: 'Indtast stemmer' });
    await entry.getByLabel('Prikker på »Klarsprog«').waitFor();
    for (const [name, dots] of [
      ['Anne', { 'Brug af data': 2, 'Kunstig intelligens': 1 }],
      ['Bo', { 'Kunstig intelligens': 2, 'Brug af data': 1 }],
    ] as const) {
      await entry.getByLabel('Deltagerens navn').fill(name);
      for (const [text, n] of Object.entries(dots)) {
        await entry.getByLabel(`Prikker på »${text}«`).fill(String(n));
      }
      await entry.getByRole('button', { name: 'Gem stemmerne' }).click();
      await entry.getByText(`Stemmerne fra ${name} er gemt.`).waitFor();
    }
    const voters = votes.getByRole('region', { name: 'Har stemt' });
    expect(await itemsOf(voters)).toEqual(['Anne: 3 af 3 prikker', 'Bo: 3 af 3 prikker']);
    expect(await votes.getByText(/plads/).count()).toBe(0);
    await lookAt(page, 'votes-hidden-1280x720', voters);
    expect(await axeViolations(page)).toEqual([]);

    // Fewer dots than Anne and Bo have given: refused in the room, saying who gave how many.
    const allowance = votes.getByLabel('Prikker pr. deltager');
    await allowance.fill('2');
    await allowance.press('Enter');
    const refusal = votes.getByRole('alert').filter({ hasText: 'kan ikke sættes ned til 2' });
    await lookAt(page, 'votes-lower-refused-1280x720', refusal);
    expect(await refusal.textContent()).toContain('Anne har allerede givet 3 og Bo 3.');
    expect(await allowance.inputValue()).toBe('3');

    await votes.getByRole('button', { name: 'Vis stemmerne' }).click();
    const ranking = votes.getByRole('region', { name: 'Resultat' });
    const competences = ranking.getByRole('region', { name: 'Kompetencer' });
    await expect
      .poll(() => itemsOf(competences))
      .toEqual([
        'Delt 1. pladsBrug af data3 prikkerI planen',
        'Delt 1. pladsKunstig intelligens3 prikkerI planen',
        '3. pladsKlarsprog0 prikkerIkke i planen endnu',
      ]);
    await lookAt(page, 'votes-revealed-1280x720', competences);
    expect(await axeViolations(page)).toEqual([]);

    const priorities = async () => {
      const doc = await plan(page);
      return entries.map((id) => doc.competences.find((c) => c.id === id)?.priority);
    };
    expect(await priorities()).toEqual([2, 2]);
    await ranking.getByRole('button', { name: 'Skriv prioriteringen ind i planen' }).click();
    await ranking.getByText('Prioriteringen er skrevet ind i planen.').waitFor();
    expect(await priorities()).toEqual([1, 1]);
    await ranking.getByRole('button', { name: 'Fortryd' }).click();
    await ranking.getByText('Prioriteringen er taget ud af planen igen.').waitFor();
    expect(await priorities()).toEqual([2, 2]);

    await placeOnGrid(page, su.workshop, 'Prioritering', ['Brug af data', 'Klarsprog'], '1280x720');

    await page.keyboard.press('Escape');
    await su.workshop.waitFor({ state: 'detached' });

    // The team at a projector's size, with the room's totals counted from the wall.
    await page.setViewportSize({ width: 1024, height: 768 });
    const team = await startWorkshop(page, 'Indsatser', 'Gruppeudviklingssamtale (GRUS)');
    for (const text of ['Digital sagsbehandling', 'Konflikthåndtering', 'Mødeledelse']) {
      await team.card('team-competences', 'competence', text);
    }
    await team.card('team-activities', 'activity', 'Makkerordning');
    await team.card('team-activities', 'activity', 'Kursus i regneark');
    await page.keyboard.press('3');
    await expect.poll(() => stepTitle(team.workshop)).toBe('Teamets kompetencebehov');
    const teamVotes = team.workshop.getByRole('region', { name: 'Prikafstemning' });
    const teamEntry = teamVotes.getByRole('form', { name: 'Indtast stemmer' });
    await teamEntry.getByRole('radio', { name: 'Samlet optælling pr. kort' }).check();
    for (const [text, n] of [
      ['Digital sagsbehandling', 4],
      ['Konflikthåndtering', 2],
      ['Mødeledelse', 4],
    ] as const) {
      await teamEntry.getByLabel(`Prikker på »${text}«`).fill(String(n));
    }
    await teamEntry.getByRole('button', { name: 'Gem optællingen' }).click();
    await teamEntry.getByText('Optællingen er gemt.').waitFor();
    const teamVoters = teamVotes.getByRole('region', { name: 'Har stemt' });
    expect(await itemsOf(teamVoters)).toEqual(['Samlet optælling indtastet for 3 kort']);
    await lookAt(page, 'votes-hidden-1024x768', teamVoters);

    await teamVotes.getByRole('button', { name: 'Vis stemmerne' }).click();
    const teamRanking = teamVotes.getByRole('region', { name: 'Resultat' });
    await expect
      .poll(() => itemsOf(teamRanking.getByRole('region', { name: 'Kompetencer' })))
      .toEqual([
        'Delt 1. pladsDigital sagsbehandling4 prikkerIkke i planen endnu',
        'Delt 1. pladsMødeledelse4 prikkerIkke i planen endnu',
        '3. pladsKonflikthåndtering2 prikkerIkke i planen endnu',
      ]);
    await lookAt(page, 'votes-revealed-1024x768', teamRanking);
    expect(await axeViolations(page)).toEqual([]);

    await teamVotes.getByRole('button', { name: 'Skjul igen' }).focus();
    await page.keyboard.press('6');
    await expect.poll(() => stepTitle(team.workshop)).toBe('Gruppeudviklingsplanen');
    await placeOnGrid(
      page,
      team.workshop,
      'Gruppeudviklingsplanen',
      ['Makkerordning', 'Kursus i regneark'],
      '1024x768',
    );
    expect(failures).toEqual([]);
  });
});

/**
 * Shows the step's 2×2 grid, places a card in two squares by the arrow keys alone, and drags
 * another into a third.
 */
async function placeOnGrid(
  page: Page,
  workshop: Locator,
  step: string,
  [text, dragged]: readonly [string, string],
  size: string,
) {
  await workshop.getByRole('button', { name: 'Vis som 2×2' }).click();
  const grid = workshop.getByRole('region', { name: 'Effekt og indsats' });
  const square = (name: string) => grid.getByRole('group', { name, exact: true });
  await square('Ikke placeret').getByRole('button', { name: text }).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await square('Stor effekt, lille indsats').getByRole('button', { name: text }).waitFor();
  await expect
    .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
    .toBe(text);
  await page.keyboard.press('ArrowRight');
  await square('Stor effekt, stor indsats').getByRole('button', { name: text }).waitFor();
  // The arrows moved the card, not the workshop.
  expect(await stepTitle(workshop)).toBe(step);
  await square('Ikke placeret')
    .getByRole('button', { name: dragged })
    .dragTo(square('Lille effekt, lille indsats'));
  await square('Lille effekt, lille indsats').getByRole('button', { name: dragged }).waitFor();
  await lookAt(page, `grid-${size}`, grid);
  expect(await axeViolations(page)).toEqual([]);
}
