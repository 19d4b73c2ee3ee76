// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { StatusSnapshotEntity } from '../../../src/shared/model/entities';
import { createSnapshot } from '../../../src/shared/progress';
import { ids } from '../fixtures';
import { more, progressDocument, TODAY } from './fixture';
import { normalise, openStep } from './render';

/** What the plan looked like at the March meeting: the course not yet cancelled, less done. */
const march: PlanDocument = {
  ...progressDocument,
  activities: progressDocument.activities
    .filter((a) => a.id !== more.meeting)
    .map((a) =>
      a.id === ids.superusers
        ? { ...a, progress: 10, spent: 100_000, participantsReached: 2 }
        : a.id === more.course
          ? { ...a, status: 'planned' as const, spent: 0 }
          : a,
    ),
};

const marchStatus: StatusSnapshotEntity = {
  id: '40000000-0000-4000-8000-000000000001',
  date: '2026-03-10',
  note: 'SU-mødet i marts',
  data: createSnapshot(march, '2026-03-10'),
  updatedAt: '2026-03-10T12:00:00.000Z',
};

/** The plan as it is on TODAY, with the March status stored in it. */
const withMarch: PlanDocument = { ...progressDocument, statusSnapshots: [marchStatus] };

const section = () => screen.getByRole('group', { name: 'Status fra møde til møde' });
const list = () => within(section()).getByRole('table', { name: 'Markerede statusser' });

describe('marking a status and seeing what moved', () => {
  it('compares the status stored in the plan with the plan as it is today', async () => {
    await openStep('Fremdrift', withMarch, { today: TODAY });
    const heading = await screen.findByRole('heading', {
      name: 'Fra 10. mar. 2026 til 15. maj 2026 (66 dage)',
    });
    const diff = heading.parentElement!;
    const text = normalise(diff.textContent);
    expect(text).toContain('Samlet fremdrift9 % → 16 % (+7 procentpoint)');
    // The course's budget is freed when it is cancelled; what it spent stays spent.
    expect(text).toContain('Budget1.340.000 kr. → 1.310.000 kr. (−30.000 kr.)');
    expect(text).toContain('Forbrugt118.500 kr. → 333.500 kr. (+215.000 kr.)');
    expect(text).toContain('Deltagere nået8 → 14 (+6)');
    expect(text).toContain(
      'Superbrugeruddannelse i sagsbehandlingssystemet: fremdrift 10 % → 40 %, forbrug +210.000 kr., deltagere nået +6',
    );
    expect(text).toContain('Kursus i sagsstyring: status Planlagt → Aflyst, forbrug +5.000 kr.');
    expect(text).toContain('Nye indsatserOpfølgningsmøde om phishing (Planlagt)');
    expect(text).toContain(
      'Har overskredet slutdatoen siden sidstSuperbrugeruddannelse i sagsbehandlingssystemet (I gang)',
    );
    expect(text).toContain('Fremdrift pr. kompetenceOptimering af arbejdsgange: 26 % → 60 %');
    const byStatus = within(diff).getByRole('table', {
      name: 'Indsatser fordelt på status, før og efter',
    });
    expect(normalise(within(byStatus).getByRole('row', { name: /^Aflyst/ }).textContent)).toBe(
      'Aflyst01+1',
    );
    expect(normalise(within(list()).getAllByRole('row')[1]?.textContent)).toBe(
      '10. mar. 20269 %118.500 kr.8SU-mødet i martsSlet',
    );
  });

  it('stores a marked status in the plan through createEntity, lists it and compares with it', async () => {
    const api = await openStep('Fremdrift', withMarch, { today: TODAY });
    await screen.findByRole('heading', { name: /^Fra 10. mar. 2026/ });
    fireEvent.change(within(section()).getByLabelText('Bemærkning (valgfri)'), {
      target: { value: 'SU-mødet i maj' },
    });
    fireEvent.click(within(section()).getByRole('button', { name: 'Markér status' }));
    await screen.findByText('Status pr. 15. maj 2026 er gemt.');

    expect(api.calls.createEntity).toEqual([
      {
        entity: 'statusSnapshot',
        values: {
          date: TODAY,
          note: 'SU-mødet i maj',
          data: createSnapshot(progressDocument, TODAY),
        },
      },
    ]);
    const stored = api.doc().statusSnapshots;
    expect(stored.map((s) => [s.date, s.note])).toEqual([
      ['2026-03-10', 'SU-mødet i marts'],
      ['2026-05-15', 'SU-mødet i maj'],
    ]);
    await waitFor(() => expect(within(list()).getAllByRole('row')).toHaveLength(3));
    expect(normalise(within(list()).getAllByRole('row')[2]?.textContent)).toBe(
      '15. maj 202616 %333.500 kr.14SU-mødet i majSlet',
    );
    // The latest status is now the one compared with today: nothing has moved since.
    expect(
      await screen.findByRole('heading', { name: 'Fra 15. maj 2026 til 15. maj 2026 (0 dage)' }),
    ).toBeTruthy();
    expect(normalise(section().textContent)).toContain(
      'Ingen indsatser har flyttet sig i perioden.',
    );
    expect(within(section()).getByLabelText('Bemærkning (valgfri)')).toHaveProperty('value', '');

    // Comparing the two stored statuses shows the March → May movement again.
    fireEvent.change(within(section()).getByLabelText('Sammenlign fra'), {
      target: { value: marchStatus.id },
    });
    fireEvent.change(within(section()).getByLabelText('Til'), {
      target: { value: stored[1]!.id },
    });
    expect(
      await screen.findByRole('heading', { name: 'Fra 10. mar. 2026 til 15. maj 2026 (66 dage)' }),
    ).toBeTruthy();
  });

  it('deletes a status through deleteEntity and offers to undo it', async () => {
    const api = await openStep('Fremdrift', withMarch, { today: TODAY });
    fireEvent.click(
      await within(section()).findByRole('button', { name: 'Slet status pr. 10. mar. 2026' }),
    );
    await waitFor(() => expect(api.doc().statusSnapshots).toEqual([]));
    expect(api.calls.deleteEntity).toEqual([{ entity: 'statusSnapshot', id: marchStatus.id }]);
    expect(
      await within(section()).findByText('Der er endnu ikke markeret nogen status.'),
    ).toBeTruthy();
    // The toast names what was deleted, as it does for every other kind of row.
    expect(normalise(document.querySelector('.undo-toast-text')?.textContent)).toBe(
      'Statusmarkeringen »10. mar. 2026« er slettet.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Fortryd sletningen af »10. mar. 2026«' }));
    await waitFor(() => expect(api.doc().statusSnapshots).toHaveLength(1));
    expect(
      await within(section()).findByRole('table', { name: 'Markerede statusser' }),
    ).toBeTruthy();
  });

  it('shows a read-only plan’s history but offers no marking or deleting', async () => {
    await openStep('Fremdrift', withMarch, { today: TODAY, readOnly: true });
    await screen.findByRole('heading', { name: /^Fra 10. mar. 2026/ });
    expect(within(list()).getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Markér status' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Slet status/ })).toBeNull();
  });

  it('compares two statuses of one day from the one marked first, whichever way they are picked', async () => {
    const morning: StatusSnapshotEntity = {
      ...marchStatus,
      id: '40000000-0000-4000-8000-000000000002',
      note: 'Før mødet',
    };
    const afternoon: StatusSnapshotEntity = {
      id: '40000000-0000-4000-8000-000000000003',
      date: '2026-03-10',
      note: 'Efter mødet',
      data: createSnapshot(progressDocument, '2026-03-10'),
      updatedAt: '2026-03-10T15:00:00.000Z',
    };
    await openStep(
      'Fremdrift',
      { ...progressDocument, statusSnapshots: [morning, afternoon] },
      { today: TODAY },
    );
    await screen.findByRole('heading', { name: /^Fra 10. mar. 2026, nr. 2 til 15. maj 2026/ });
    // Picked the wrong way round: the later status as "from", the earlier as "to".
    fireEvent.change(within(section()).getByLabelText('Sammenlign fra'), {
      target: { value: afternoon.id },
    });
    fireEvent.change(within(section()).getByLabelText('Til'), { target: { value: morning.id } });
    const heading = await screen.findByRole('heading', {
      name: 'Fra 10. mar. 2026, nr. 1 til 10. mar. 2026, nr. 2 (0 dage)',
    });
    // What happened between them reads forwards: the course was cancelled, not revived.
    expect(normalise(heading.parentElement!.textContent)).toContain(
      'Kursus i sagsstyring: status Planlagt → Aflyst',
    );
  });

  it('fetches the figures a comparison asks for, says so while they come, and offers to try again', async () => {
    const morning: StatusSnapshotEntity = {
      ...marchStatus,
      id: '40000000-0000-4000-8000-000000000004',
    };
    const api = await openStep(
      'Fremdrift',
      { ...progressDocument, statusSnapshots: [morning, { ...marchStatus, date: '2026-04-10' }] },
      { today: TODAY },
    );
    await screen.findByRole('heading', { name: /^Fra 10. apr. 2026 til 15. maj 2026/ });
    // The window's copy holds summaries only: the figures came through the contract.
    expect(api.calls.statusFigures).toEqual([{ ids: [marchStatus.id] }]);

    // Stand-ins: the real core answers at once and never loses the connection.
    api.standIns.statusFigures = () =>
      Promise.resolve({
        ok: false,
        error: { code: 'io-error', message: { da: 'Ingen forbindelse.', en: 'No connection.' } },
      });
    fireEvent.change(within(section()).getByLabelText('Sammenlign fra'), {
      target: { value: morning.id },
    });
    const alert = await within(section()).findByRole('alert');
    expect(normalise(alert.textContent)).toBe(
      'Tallene fra den markerede status kunne ikke hentes, og sammenligningen kan derfor ikke vises.Ingen forbindelse.Prøv igen',
    );

    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    api.standIns.statusFigures = async (input) => {
      await answered;
      return api.scene.statusFigures(input);
    };
    fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(normalise((await within(section()).findByRole('status')).textContent)).toBe(
      'Henter tallene fra den markerede status …',
    );
    answer();
    expect(
      await screen.findByRole('heading', { name: /^Fra 10. mar. 2026 til 15. maj 2026/ }),
    ).toBeTruthy();
    expect(within(section()).queryByRole('alert')).toBeNull();
  });

  it('shows the comparison at once when the screen is opened again, without fetching its figures again', async () => {
    const api = await openStep('Fremdrift', withMarch, { today: TODAY });
    await screen.findByRole('heading', { name: /^Fra 10. mar. 2026 til 15. maj 2026/ });
    const nav = screen.getByRole('navigation', { name: 'Planens trin' });
    fireEvent.click(within(nav).getByRole('link', { name: /^Tidslinje/ }));
    await screen.findByRole('heading', { name: 'Tidslinje', level: 2 });
    fireEvent.click(within(nav).getByRole('link', { name: /^Fremdrift/ }));
    // Drawn with the screen, not after a fetch: a plan's figures are as long as its activities.
    expect(
      screen.getByRole('heading', { name: /^Fra 10. mar. 2026 til 15. maj 2026/ }),
    ).toBeTruthy();
    expect(api.calls.statusFigures).toEqual([{ ids: [marchStatus.id] }]);
  });

  it('says so when no status has been marked', async () => {
    await openStep('Fremdrift', progressDocument, { today: TODAY });
    expect(
      await within(section()).findByText('Der er endnu ikke markeret nogen status.'),
    ).toBeTruthy();
  });
});
