import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import type { PlanDocument } from '../../src/shared/model/document';
import { axeViolations, screenshot, type Harness } from './harness';
import { browserSuite, DANISH_1280, goToStep, planNav } from './session';

type Step =
  | 'Overblik'
  | 'Baggrunde'
  | 'Målgrupper'
  | 'Kompetencer'
  | 'Metoder'
  | 'Indsatser'
  | 'Målinger'
  | 'Fremdrift';

describe('the planner, in Chromium against the HTTP host and a real plan file', () => {
  // Danish Chromium, so date fields read dd.mm.åååå as on a Danish desktop.
  const suite = browserSuite('danish');
  let harness: Harness | null = null;
  let page: Page;
  let failures: string[];
  let settle: () => Promise<void>;

  async function openFresh(plan: 'empty' | 'example', viewport = { width: 1280, height: 720 }) {
    ({ harness, page, failures, settle } = await suite.openPlan(plan, {
      context: { ...DANISH_1280, viewport },
    }));
  }

  const nav = () => planNav(page);
  const doc = (): PlanDocument => readPlanReadOnly(harness!.planPath).document;
  const go = (step: Step) => goToStep(page, step);

  /**
   * Types a new value and saves it: Tab leaves a text field; in a date field Tab only moves from
   * day to month to year, so Enter saves there.
   */
  async function edit(field: Locator, value: string) {
    await field.fill(value);
    const isDate = (await field.getAttribute('type')) === 'date';
    await field.press(isDate ? 'Enter' : 'Tab');
    await settle();
  }

  async function checkScreen(name: string, fullPage = false) {
    if (process.env['OMSTIL_E2E_TRACE']) console.log('screen', name);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, name, fullPage);
  }

  it('builds a plan from an empty file through the interface alone, and finds it all again', async () => {
    await openFresh('empty');

    // Overview: the plan's facts, the SU's principles and the committee.
    await checkScreen('planner-empty-overview-1280');
    await edit(page.getByLabel('Planens titel'), 'Kompetenceplan 2026–2027');
    await edit(page.getByLabel('Organisation'), 'Styrelsen for Tilskud og Registre');
    await edit(page.getByLabel('Enhed'), 'Tilskudskontoret');
    await edit(page.getByLabel('Planen gælder fra'), '2026-01-01');
    await edit(page.getByLabel('Planen gælder til'), '2027-06-30');
    await edit(
      page.getByLabel('Formål'),
      'Alle medarbejdere skal kunne bruge det nye sagsbehandlingssystem sikkert.',
    );
    await page.getByLabel('Status').selectOption({ label: 'Vedtaget' });
    await settle();
    await edit(page.getByLabel('Vedtaget i SU den'), '2025-11-27');

    // A refusal shows beside the field, and the typed text stays for correcting.
    const end = page.getByLabel('Planen gælder til');
    await edit(end, '2025-01-01');
    await expect.poll(() => page.getByText('Slutdatoen ligger før startdatoen.').count()).toBe(1);
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    await checkScreen('planner-refusal-1280');
    await edit(end, '2027-06-30');
    await expect.poll(() => page.getByText('Slutdatoen ligger før startdatoen.').count()).toBe(0);

    const principles = page.getByRole('group', { name: 'Principper' });
    for (const text of [
      'Kompetenceudvikling sker tæt på opgaverne.',
      'Alle drøfter deres udvikling i MUS.',
      'Vi deler viden, før vi køber kurser.',
    ]) {
      await principles.getByLabel('Nyt princip').fill(text);
      await principles.getByLabel('Nyt princip').press('Enter');
      await settle();
    }
    await principles
      .getByRole('button', { name: 'Flyt »Vi deler viden, før vi køber kurser.« op' })
      .click();
    await settle();
    await edit(
      principles.getByLabel('Punkt 1'),
      'Kompetenceudvikling sker tæt på opgaverne og i arbejdstiden.',
    );
    await principles
      .getByRole('button', { name: 'Fjern »Alle drøfter deres udvikling i MUS.«' })
      .click();
    await settle();

    const addMember = page.getByRole('form', { name: 'Tilføj et medlem' });
    for (const [name, role] of [
      ['Lone Holm', 'Ledelsesrepræsentant'],
      ['Jens Brand', 'Medarbejderrepræsentant'],
      ['Mette Aagaard', 'HR'],
      ['Karim Nielsen', 'Tillidsrepræsentant'],
    ] as const) {
      await addMember.getByLabel('Navn').fill(name);
      await addMember.getByLabel('Rolle').selectOption({ label: role });
      await addMember.getByRole('button', { name: 'Tilføj medlem' }).click();
      await settle();
    }
    await edit(page.getByRole('group', { name: 'Jens Brand' }).getByLabel('Navn'), 'Jens Brandt');
    await page.getByRole('button', { name: 'Flyt »Mette Aagaard« op' }).click();
    await settle();
    await page.getByRole('button', { name: 'Slet »Karim Nielsen«' }).click();
    await settle();
    const toast = page.getByText('Medlemmet »Karim Nielsen« er slettet.');
    await expect.poll(() => toast.count()).toBe(1);
    await checkScreen('planner-delete-toast-1280');
    await page.getByRole('button', { name: 'Fortryd sletningen af »Karim Nielsen«' }).click();
    await settle();
    await expect.poll(() => page.getByRole('group', { name: 'Karim Nielsen' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Slet »Karim Nielsen«' }).click();
    await settle();
    await checkScreen('planner-overview-1280', true);

    // Target groups: add, edit, move with the keyboard, delete, undo and redo from the header.
    await go('Målgrupper');
    const addGroup = page.getByRole('form', { name: 'Tilføj en målgruppe' });
    for (const name of ['Sagsbehandlere', 'Ledere', 'Midlertidig gruppe']) {
      await addGroup.getByLabel('Navn på målgruppen').fill(name);
      await addGroup.getByLabel('Navn på målgruppen').press('Enter');
      await settle();
    }
    const caseworkers = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Sagsbehandlere' }),
    });
    await edit(caseworkers.getByLabel('Antal medarbejdere'), '85');
    await edit(caseworkers.getByLabel('Beskrivelse'), 'Behandler ansøgninger om tilskud.');
    const leaders = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Ledere' }) });
    await leaders.getByLabel('Navn').press('Alt+ArrowUp');
    await settle();
    await page.getByRole('button', { name: 'Slet »Midlertidig gruppe«' }).click();
    await settle();
    await page.getByRole('button', { name: 'Fortryd', exact: true }).click();
    await settle();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Midlertidig gruppe' }).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Gentag', exact: true }).click();
    await settle();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Midlertidig gruppe' }).count())
      .toBe(0);
    await checkScreen('planner-target-groups-1280');

    // A competence through the catalogue (issue 3's screen), so activities and measurements
    // have something to link to.
    await go('Kompetencer');
    await page.getByRole('button', { name: 'Tilføj kompetence…' }).click();
    const picker = page.getByRole('dialog', { name: 'Tilføj en kompetence' });
    await picker.getByLabel('Titel på kompetencen').fill('Digital sagsbehandling');
    await picker.getByRole('button', { name: 'Tilføj egen kompetence' }).click();
    await settle();
    // The picker closes by itself once the competence is in the plan.
    await picker.waitFor({ state: 'hidden' });

    // Activities: add, fill in, link, move, search, delete with undo.
    await go('Indsatser');
    await checkScreen('planner-activities-empty-1280');
    const addActivity = async (title: string) => {
      // Made only once it has a title: the button alone makes nothing.
      const count = doc().activities.length;
      await page.getByRole('button', { name: 'Tilføj indsats' }).click();
      await settle();
      expect(doc().activities).toHaveLength(count);
      await page.getByLabel('Titel på den nye indsats').fill(title);
      await page.getByLabel('Titel på den nye indsats').press('Enter');
      await settle();
      const field = page.getByRole('region', { name: /^Indsatsen/ }).getByLabel(/^Titel/);
      await expect
        .poll(() => page.evaluate<string>('document.activeElement?.value ?? ""'))
        .toBe(title);
      expect(await field.inputValue()).toBe(title);
    };
    await addActivity('Superbrugeruddannelse');
    const form = page.getByRole('region', { name: 'Indsatsen »Superbrugeruddannelse«' });
    await form.getByLabel('Ansvarlig').selectOption({ label: 'Mette Aagaard' });
    await settle();
    await form.getByLabel('Status').selectOption({ label: 'I gang' });
    await settle();
    await edit(form.getByLabel('Start'), '2026-02-02');
    await edit(form.getByLabel('Slut'), '2026-04-30');
    await edit(form.getByLabel('Fremdrift'), '40');
    await edit(form.getByLabel('Budget'), '1.250.000');
    await edit(form.getByLabel('Forbrugt'), '310.000');
    await edit(form.getByLabel('Finansiering'), 'Den Statslige Kompetencefond');
    await edit(form.getByLabel('Deltagere, planlagt'), '12');
    await edit(form.getByLabel('Deltagere, nået'), '8');
    await edit(form.getByLabel('Beskrivelse'), 'Superbrugere lærer fra sig i teamet.');
    const linkTo = async (group: string, box: string, text: string) => {
      const combobox = form
        .getByRole('group', { name: group })
        .getByRole('combobox', { name: box });
      await combobox.fill(text);
      await combobox.press('Enter');
      await settle();
    };
    await linkTo('Målgrupper', 'Tilføj målgruppe', 'Sags');
    await linkTo('Målgrupper', 'Tilføj målgruppe', 'Ledere');
    await linkTo('Kompetencer', 'Tilføj kompetence', 'digital');
    await form
      .getByRole('group', { name: 'Målgrupper' })
      .getByRole('button', { name: 'Fjern »Ledere«' })
      .click();
    await settle();
    expect(await form.getByLabel('Budget').inputValue()).toBe('1.250.000');
    await form.getByRole('group', { name: 'Kompetencer' }).getByRole('combobox').fill('');
    await form.getByRole('group', { name: 'Kompetencer' }).getByRole('combobox').press('ArrowDown');
    await checkScreen('planner-activity-combobox-1280');
    await form.getByRole('group', { name: 'Kompetencer' }).getByRole('combobox').press('Escape');

    await addActivity('Øvelse i at genkende phishing');
    await addActivity('Slettes igen');
    const list = page.getByRole('listbox', { name: 'Indsatser' });
    await list.getByRole('option', { name: /Øvelse i at genkende phishing/ }).click();
    await list.press('Alt+ArrowUp');
    await settle();
    await list.getByRole('option', { name: /Slettes igen/ }).click();
    await list.press('Delete');
    await settle();
    await expect.poll(() => page.getByText('Indsatsen »Slettes igen« er slettet.').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await settle();
    await expect.poll(() => list.getByRole('option', { name: /Slettes igen/ }).count()).toBe(1);
    await list.getByRole('option', { name: /Slettes igen/ }).click();
    await page
      .getByRole('region', { name: 'Indsatsen »Slettes igen«' })
      .getByRole('button', { name: 'Slet »Slettes igen«' })
      .click();
    await settle();

    await page.getByLabel('Søg', { exact: true }).fill('phishing');
    await expect.poll(() => page.getByText('Viser 1 af 2 indsatser').count()).toBe(1);
    await page.getByRole('button', { name: 'Filtre', exact: true }).click();
    await page
      .getByLabel('Ansvarlig', { exact: true })
      .first()
      .selectOption({ label: 'Uden ansvarlig' });
    await checkScreen('planner-activities-filtered-1280');
    await page.getByRole('button', { name: 'Ryd søgning og filtre' }).click();
    await expect.poll(() => page.getByText('Viser 2 af 2 indsatser').count()).toBe(1);
    await list.getByRole('option', { name: /Superbrugeruddannelse/ }).click();
    await checkScreen('planner-activities-1280');

    // Measurements: add, edit, move, delete.
    await go('Målinger');
    const addMeasurement = page.getByRole('form', { name: 'Tilføj en måling' });
    await addMeasurement.getByLabel('Dato').fill('2026-01-15');
    await addMeasurement.getByRole('button', { name: 'Tilføj måling' }).click();
    await settle();
    await addMeasurement.getByLabel('Dato').fill('2026-06-15');
    await addMeasurement.getByLabel('Måling').selectOption({ label: 'Opfølgende måling' });
    await addMeasurement.getByRole('button', { name: 'Tilføj måling' }).click();
    await settle();
    await addMeasurement.getByLabel('Dato').fill('2026-09-01');
    await addMeasurement.getByRole('button', { name: 'Tilføj måling' }).click();
    await settle();
    const first = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Digital sagsbehandling, 15. jan. 2026' }),
    });
    await first.getByLabel('Målgruppe').selectOption({ label: 'Sagsbehandlere' });
    await settle();
    await edit(first.getByLabel('Niveau'), '2,4');
    await edit(first.getByLabel('Besvarelser'), '38');
    await page
      .getByRole('button', { name: 'Flyt »Digital sagsbehandling, 15. jun. 2026« op' })
      .click();
    await settle();
    await page.getByRole('button', { name: 'Slet »Digital sagsbehandling, 1. sep. 2026«' }).click();
    await settle();
    await checkScreen('planner-measurements-1280', true);

    await go('Fremdrift');
    // Intl puts a no-break space before "kr.", so the amount never breaks over two lines.
    const progress = (await page.getByRole('region', { name: 'Fremdrift' }).innerText()).replace(
      /\u00a0/g,
      ' ',
    );
    expect(progress).toContain('1.250.000 kr.');
    expect(progress).toContain('310.000 kr.');
    await checkScreen('planner-progress-1280');

    // Undo and redo on the keyboard, from outside any field.
    await go('Overblik');
    await edit(page.getByLabel('Enhed', { exact: true }), 'Forkert enhed');
    await page.getByRole('heading', { level: 2, name: 'Overblik' }).click();
    await page.keyboard.press('Control+z');
    await settle();
    await expect
      .poll(() => page.getByLabel('Enhed', { exact: true }).inputValue())
      .toBe('Tilskudskontoret');
    await page.keyboard.press('Control+Shift+z');
    await settle();
    await expect
      .poll(() => page.getByLabel('Enhed', { exact: true }).inputValue())
      .toBe('Forkert enhed');
    await page.keyboard.press('Control+z');
    await settle();
    // Inside a field with uncommitted typing, Ctrl+Z is the field's own.
    const organisation = page.getByLabel('Organisation');
    await organisation.click();
    await organisation.press('End');
    await organisation.pressSequentially(' X');
    await organisation.press('Control+z');
    await settle();
    expect(await page.getByLabel('Enhed', { exact: true }).inputValue()).toBe('Tilskudskontoret');
    await organisation.press('Escape');
    expect(failures).toEqual([]);

    // Reload the page: everything comes back from the file.
    await page.reload();
    await nav().waitFor();
    expect(await page.getByLabel('Organisation').inputValue()).toBe(
      'Styrelsen for Tilskud og Registre',
    );
    expect(
      await nav()
        .getByRole('link', { name: /^Indsatser/ })
        .innerText(),
    ).toContain('2');

    // And the file itself, read without the program.
    const saved = doc();
    expect(saved.plan).toMatchObject({
      title: 'Kompetenceplan 2026–2027',
      organisation: 'Styrelsen for Tilskud og Registre',
      unit: 'Tilskudskontoret',
      periodStart: '2026-01-01',
      periodEnd: '2027-06-30',
      purpose: 'Alle medarbejdere skal kunne bruge det nye sagsbehandlingssystem sikkert.',
      status: 'adopted',
      decisionDate: '2025-11-27',
      principles: [
        'Kompetenceudvikling sker tæt på opgaverne og i arbejdstiden.',
        'Vi deler viden, før vi køber kurser.',
      ],
    });
    expect(saved.members.map((m) => [m.name, m.role])).toEqual([
      ['Lone Holm', 'management'],
      ['Mette Aagaard', 'hr'],
      ['Jens Brandt', 'employee-rep'],
    ]);
    expect(saved.targetGroups.map((g) => [g.name, g.headcount])).toEqual([
      ['Ledere', null],
      ['Sagsbehandlere', 85],
    ]);
    expect(saved.targetGroups[1]?.description).toBe('Behandler ansøgninger om tilskud.');
    const [competence] = saved.competences;
    expect(competence?.title).toBe('Digital sagsbehandling');
    const caseworkersId = saved.targetGroups[1]!.id;
    const metteId = saved.members[1]!.id;
    expect(saved.activities.map((a) => a.title)).toEqual([
      'Øvelse i at genkende phishing',
      'Superbrugeruddannelse',
    ]);
    expect(saved.activities[1]).toMatchObject({
      description: 'Superbrugere lærer fra sig i teamet.',
      ownerId: metteId,
      start: '2026-02-02',
      end: '2026-04-30',
      status: 'in-progress',
      progress: 40,
      budget: 1_250_000,
      spent: 310_000,
      funding: 'Den Statslige Kompetencefond',
      participantsPlanned: 12,
      participantsReached: 8,
      targetGroupIds: [caseworkersId],
      competenceIds: [competence!.id],
    });
    expect(saved.measurements.map((m) => [m.date, m.kind])).toEqual([
      ['2026-06-15', 'follow-up'],
      ['2026-01-15', 'baseline'],
    ]);
    expect(saved.measurements[1]).toMatchObject({
      competenceId: competence!.id,
      targetGroupId: caseworkersId,
      level: 2.4,
      respondents: 38,
    });

    // One screen in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('navigation', { name: 'Steps of the plan' })
      .getByRole('link', { name: /^Activities/ })
      .click();
    await page
      .getByRole('listbox', { name: 'Activities' })
      .getByRole('option', { name: /Superbrugeruddannelse/ })
      .click();
    expect(await page.getByLabel('Budget').inputValue()).toBe('1,250,000');
    await checkScreen('planner-activities-en-1280');
    expect(failures).toEqual([]);
  }, 240_000);

  // Every step at 1024×768 and 1280×720 is axe-checked in axe-every-screen.e2e.test.ts.
  it('has the example plan clean under axe at 1920×1080', async () => {
    await openFresh('example', { width: 1920, height: 1080 });
    await go('Indsatser');
    await page.getByRole('listbox', { name: 'Indsatser' }).getByRole('option').first().click();
    await checkScreen('planner-example-activities-1920');
    await go('Overblik');
    await checkScreen('planner-example-overview-1920');
    expect(failures).toEqual([]);
  }, 120_000);

  it('creates an activity and links it to a competence with the keyboard alone', async () => {
    await openFresh('example');
    const before = doc();
    const competence = before.competences.find((c) => c.catalogKey === 'digital-leadership')!;

    /** Presses Tab until focus is on the element with this accessible text, like a user would. */
    async function tabTo(matches: (el: { text: string; label: string }) => boolean, limit = 80) {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press('Tab');
        // A string, as this file is compiled without the DOM's types.
        const here = await page.evaluate<{ text: string; label: string }>(`(() => {
          const el = document.activeElement;
          const labelled = el && el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
          return {
            text: ((el && el.textContent) || '').trim(),
            label: ((el && el.getAttribute('aria-label')) || (labelled && labelled.textContent) || '').trim(),
          };
        })()`);
        if (matches(here)) return;
      }
      throw new Error('focus never got there');
    }

    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo((el) => el.text.startsWith('Indsatser'));
    await page.keyboard.press('Enter');
    await tabTo((el) => el.label === 'Titel på den nye indsats');
    await screenshot(page, 'planner-keyboard-focus-1280');
    // The new activity is named first, then made, and opens in the form.
    await page.keyboard.type('Ledelsesforløb i digital ledelse');
    await page.keyboard.press('Enter');
    await settle();
    await expect
      .poll(() => page.evaluate<string>('document.activeElement.value'))
      .toBe('Ledelsesforløb i digital ledelse');
    await tabTo((el) => el.label === 'Tilføj kompetence');
    await page.keyboard.type('digital ledelse');
    await page.keyboard.press('Enter');
    await settle();
    await checkScreen('planner-keyboard-linked-1280');

    const created = doc().activities.find((a) => a.title === 'Ledelsesforløb i digital ledelse');
    expect(created?.competenceIds).toEqual([competence.id]);
    expect(doc().activities).toHaveLength(before.activities.length + 1);
    expect(failures).toEqual([]);
  });
});
