// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressScreen } from '../../../src/renderer/screens/progress/overview/ProgressScreen';
import type { SnapshotStore } from '../../../src/renderer/screens/progress/snapshots/snapshot-store';
import { TodayContext } from '../../../src/renderer/screens/progress/today';
import { resetAppStore, useAppStore } from '../../../src/renderer/store';
import type { PlanDocument } from '../../../src/shared/model/document';
import { createSnapshot, type StatusSnapshot } from '../../../src/shared/progress';
import { createFakeApi } from '../fake-api';
import { ids, snapshotOf } from '../fixtures';
import { more, progressDocument, TODAY } from './fixture';
import { normalise } from './render';

afterEach(cleanup);

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

/** Stands in for the plan file's table of snapshots, which the contract does not reach yet. */
function memoryStore(initial: StatusSnapshot[], fail = false) {
  const saved = [...initial];
  const store: SnapshotStore = {
    list: () => (fail ? Promise.reject(new Error('nej')) : Promise.resolve([...saved])),
    add: (s) => {
      saved.push(s);
      return Promise.resolve();
    },
  };
  return { store, saved };
}

function renderProgress(store: SnapshotStore, readOnly = false) {
  resetAppStore(createFakeApi().api, 'da');
  const snapshot = snapshotOf(progressDocument);
  snapshot.file.readOnly = readOnly;
  useAppStore.setState({ snapshot });
  render(
    <TodayContext value={TODAY}>
      <ProgressScreen snapshotStore={store} />
    </TodayContext>,
  );
}

const section = () => screen.getByRole('group', { name: 'Status fra møde til møde' });

describe('marking a status and seeing what moved', () => {
  it('compares the latest marked status with the plan as it is today', async () => {
    const { store } = memoryStore([createSnapshot(march, '2026-03-10')]);
    renderProgress(store);
    const heading = await screen.findByRole('heading', {
      name: 'Fra 10. marts 2026 til 15. maj 2026 (66 dage)',
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
  });

  it('marks a status for today with the figures of the plan, and lists it', async () => {
    const { store, saved } = memoryStore([createSnapshot(march, '2026-03-10')]);
    renderProgress(store);
    await screen.findByRole('heading', { name: /^Fra 10. marts 2026/ });
    fireEvent.click(within(section()).getByRole('button', { name: 'Markér status' }));
    await screen.findByText('Status pr. 15. maj 2026 er gemt.');
    expect(saved).toHaveLength(2);
    expect(saved[1]).toEqual(createSnapshot(progressDocument, TODAY));
    const list = within(section()).getByRole('table', { name: 'Markerede statusser' });
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(3));
    expect(normalise(within(list).getAllByRole('row')[2]?.textContent)).toBe(
      '15. maj 202616 %333.500 kr.14',
    );
    expect(normalise(section().textContent)).toContain('Status pr. 15. maj 2026 er gemt.');
  });

  it('says so when the store cannot be read, and offers no marking in a read-only plan', async () => {
    renderProgress(memoryStore([], true).store, true);
    expect(normalise((await screen.findByRole('alert')).textContent)).toBe(
      'Status kunne ikke hentes eller gemmes. Prøv igen.',
    );
    expect(screen.queryByRole('button', { name: 'Markér status' })).toBeNull();
  });
});
