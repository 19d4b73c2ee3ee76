// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/shared/model/entities';
import { openEvaluationScreen, type RealCore } from './real-core';

/**
 * Seven months after the example plan was made (the in-process core makes it on 27 November
 * 2026, so its period runs 1 October 2026 – 30 September 2027).
 */
const TODAY = '2027-06-30';
const LEADERSHIP = 'Lederforløb i digital ledelse';

async function startThisYear(): Promise<RealCore> {
  const core = await openEvaluationScreen(TODAY);
  fireEvent.click(screen.getByRole('button', { name: 'Start evaluering for 2027' }));
  await screen.findByRole('heading', { name: 'Evaluering 2027' });
  return core;
}

/** The example plan comes with its first period's evaluation (2026) completed; these tests start 2027's. */
const evaluation2027 = (core: RealCore) => core.doc().evaluations.find((e) => e.year === 2027);

const steps = () => screen.getByRole('navigation', { name: 'Evalueringens trin' });
const goTo = (step: string) =>
  fireEvent.click(within(steps()).getByRole('button', { name: new RegExp(step) }));

describe('Årlig evaluering', () => {
  it('starts this year’s evaluation with the suggested period and keeps it in the plan', async () => {
    const core = await openEvaluationScreen(TODAY);
    const history = screen.getByRole('list', { name: 'Planens evalueringer' });
    expect(within(history).getByText('Evaluering 2026')).toBeTruthy();
    expect(within(history).getByText(/Afsluttet 19\. okt\. 2026/)).toBeTruthy();
    // The new period follows on from the 2026 evaluation's, up to today.
    expect(screen.getByLabelText<HTMLInputElement>('Periodens første dag').value).toBe(
      '1. okt. 2026',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Periodens sidste dag').value).toBe(
      '30. jun. 2027',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start evaluering for 2027' }));
    await screen.findByRole('heading', { name: 'Evaluering 2027' });
    expect(evaluation2027(core)).toMatchObject({
      year: 2027,
      periodStart: '2026-10-01',
      periodEnd: TODAY,
      figures: null,
      completedAt: null,
    });
    expect(within(history).getByText('Evaluering 2027')).toBeTruthy();
  });

  it('refuses a second evaluation for the same year with a message, and stores none', async () => {
    const core = await startThisYear();
    // With this year's evaluation started, the form is folded away and offers next year.
    const other = screen.getByText('Start en evaluering for et andet år');
    fireEvent.click(other);
    const form = within(other.closest('details') as HTMLElement);
    const year = form.getByLabelText<HTMLInputElement>('År');
    expect(year.value).toBe('2028');
    expect(form.getByLabelText<HTMLInputElement>('Periodens første dag').value).toBe(
      '1. jul. 2027',
    );
    expect(form.getByLabelText<HTMLInputElement>('Periodens sidste dag').value).toBe(
      '30. jun. 2028',
    );
    fireEvent.change(year, { target: { value: '2027' } });
    fireEvent.click(form.getByRole('button', { name: 'Start evaluering for 2027' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Der findes allerede en evaluering for 2027. Der kan kun være én evaluering pr. år – åbn den i listen over evalueringer.',
    );
    expect(core.doc().evaluations.filter((e) => e.year === 2027)).toHaveLength(1);
  });

  it('freezes the figures when fetched and changes them only when refreshed', async () => {
    const core = await startThisYear();
    expect(screen.getByText(/Tallene er ikke hentet endnu/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hent tal fra planen' }));
    await screen.findByRole('button', { name: 'Opdater tal' });
    const frozen = evaluation2027(core)?.figures;
    expect(frozen?.activities.notCarriedOut.map((a) => a.title)).toContain(LEADERSHIP);

    // The leadership course is marked done elsewhere in the program.
    const activity = core.doc().activities.find((a) => a.title === LEADERSHIP) as Activity;
    const done = await core.api.updateEntity({
      entity: 'activity',
      id: activity.id,
      patch: { status: 'done', progress: 100 },
    });
    expect(done.ok).toBe(true);
    await core.reload();

    await screen.findByText(/Planen er ændret, siden tallene blev hentet/);
    expect(evaluation2027(core)?.figures).toEqual(frozen);
    goTo('Gennemført og ikke gennemført');
    const notDone = screen.getByRole('heading', { name: /^Ikke gennemført/ }).closest('section');
    expect(within(notDone as HTMLElement).getByText(LEADERSHIP)).toBeTruthy();

    goTo('Periode');
    fireEvent.click(screen.getByRole('button', { name: 'Opdater tal' }));
    await waitFor(() => expect(screen.queryByText(/Planen er ændret/)).toBeNull());
    const refreshed = evaluation2027(core)?.figures;
    expect(refreshed?.activities.carriedOut.map((a) => a.title)).toContain(LEADERSHIP);
    expect(refreshed?.activities.notCarriedOut.map((a) => a.title)).not.toContain(LEADERSHIP);
  });

  it('keeps the decisions for next year as a list, in the order written', async () => {
    const core = await startThisYear();
    goTo('Konklusioner og beslutninger');
    const add = screen.getByLabelText('Ny beslutning');
    for (const decision of [
      'Alle ledere gennemfører forløbet i digital ledelse',
      'Nulpunktsmålingen gentages i alle målgrupper',
    ]) {
      fireEvent.change(add, { target: { value: decision } });
      fireEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
      await screen.findByDisplayValue(decision);
    }
    expect(evaluation2027(core)?.decisions).toEqual([
      'Alle ledere gennemfører forløbet i digital ledelse',
      'Nulpunktsmålingen gentages i alle målgrupper',
    ]);
  });

  it('completes only with figures, then locks the texts until reopened', async () => {
    const core = await startThisYear();
    goTo('Afslut');
    expect(screen.getByText('Hent tallene fra planen, før I afslutter evalueringen.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afslut evalueringen' })).toBeNull();
    goTo('Periode');
    fireEvent.click(screen.getByRole('button', { name: 'Hent tal fra planen' }));
    await screen.findByRole('button', { name: 'Opdater tal' });
    goTo('Afslut');
    fireEvent.click(screen.getByRole('button', { name: 'Afslut evalueringen' }));
    await screen.findByText('Evalueringen er afsluttet 30. jun. 2027.');
    expect(evaluation2027(core)?.completedAt).toBe(TODAY);
    goTo('MUS-opfølgning');
    const step = screen.getByRole('region', { name: 'MUS-opfølgning' });
    expect(within(step).queryByRole('textbox')).toBeNull();
    expect(within(step).getByText('Ikke udfyldt.')).toBeTruthy();
    goTo('Periode');
    expect(screen.queryByRole('button', { name: 'Opdater tal' })).toBeNull();
    goTo('Afslut');
    fireEvent.click(screen.getByRole('button', { name: 'Genåbn evalueringen' }));
    await screen.findByRole('button', { name: 'Afslut evalueringen' });
    expect(evaluation2027(core)?.completedAt).toBeNull();
  });

  it('offers to mark an active plan as evaluated once the evaluation is completed', async () => {
    const core = await startThisYear();
    expect(['adopted', 'active']).toContain(core.doc().plan.status);
    fireEvent.click(screen.getByRole('button', { name: 'Hent tal fra planen' }));
    await screen.findByRole('button', { name: 'Opdater tal' });
    goTo('Afslut');
    expect(screen.queryByRole('button', { name: 'Sæt planens status til evalueret' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Afslut evalueringen' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Sæt planens status til evalueret' }),
    );
    await waitFor(() => expect(core.doc().plan.status).toBe('evaluated'));
    const plan = core.doc().plan;
    expect(plan.statusDates.evaluated).toBe(TODAY);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Sæt planens status til evalueret' })).toBeNull(),
    );
  });

  it('starts next year’s plan from the decisions, as seedNextPlan rolls the plan forward', async () => {
    const core = await startThisYear();
    const decisions = ['Lederforløbet gøres færdigt', 'Målingen gentages i marts'];
    const stored = evaluation2027(core);
    await core.api.updateEntity({ entity: 'evaluation', id: stored!.id, patch: { decisions } });
    await core.reload();
    fireEvent.click(screen.getByRole('button', { name: 'Hent tal fra planen' }));
    await screen.findByRole('button', { name: 'Opdater tal' });
    goTo('Afslut');
    fireEvent.click(screen.getByRole('button', { name: 'Afslut evalueringen' }));
    const before = core.doc().plan;

    fireEvent.click(
      await screen.findByRole('button', { name: 'Start næste års plan fra beslutningerne' }),
    );
    // Nothing changes until the committee confirms.
    expect(core.doc().plan).toEqual(before);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, rul planen frem' }));
    await screen.findByText('Planen er rullet frem. 2 beslutninger er føjet til principperne.');

    const plan = core.doc().plan;
    expect(plan.periodStart).toBe('2027-10-01');
    expect(plan.periodEnd).toBe('2028-09-30');
    expect(plan.principles).toEqual([...before.principles, ...decisions]);
    expect(plan.status).toBe('draft');
    expect(core.doc().evaluations).toHaveLength(2);
  });

  it('reads the earlier years in English, locked, with the committee’s words as written', async () => {
    await openEvaluationScreen('2026-12-01', 'en');
    // 2026's evaluation is this year's, so it is the one open; it was completed, so it is read.
    await screen.findByRole('heading', { name: 'Evaluation 2026' });
    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Steps of the evaluation' })).getByRole(
        'button',
        { name: /Conclusions and decisions/ },
      ),
    );
    const step = screen.getByRole('region', { name: 'Conclusions and decisions' });
    expect(within(step).queryByRole('textbox')).toBeNull();
    expect(
      within(step).getByText(
        'Den opfølgende måling gennemføres i den nye periodes første kvartal.',
      ),
    ).toBeTruthy();
  });
});
