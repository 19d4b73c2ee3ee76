// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CallInput, MergeConflict } from '../../../src/shared/api';
import { errors } from '../../../src/shared/errors';
import { planDocument, snapshotOf } from '../fixtures';
import { renderApp } from '../render-app';
import { conflicts, createSharingApi, fail, ok, previewOf, theirsPath } from './sharing-api';

const mergedPath = '/home/sekretariat/Dokumenter/Kompetenceplan 2026 (flettet).omstil';
const [budget, status, periodEnd, sprints] = conflicts as [
  MergeConflict,
  MergeConflict,
  MergeConflict,
  MergeConflict,
];
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function mergeApi(found: MergeConflict[], complete?: (input: CallInput<'completeMerge'>) => void) {
  return createSharingApi(snapshotOf(), {
    previewMerge: () => ok(previewOf(found)),
    completeMerge: (input) => {
      complete?.(input);
      return ok({
        path: input.outPath,
        conflicts: found.length,
        takenFromTheirs: 3,
        snapshot: snapshotOf(planDocument, input.outPath),
      });
    },
  });
}

/** "Flet med en kopi…", the copy's path, and the comparison it leads to. */
async function compareWithTheirs() {
  const button = await screen.findByRole('button', { name: 'Flet med en kopi…' });
  // A click focuses a button in a browser; jsdom needs telling.
  button.focus();
  fireEvent.click(button);
  const ask = screen.getByRole('dialog', { name: 'Flet med en kopi' });
  const path = within(ask).getByLabelText<HTMLInputElement>(/Kopien, der skal flettes med/);
  // Copies usually lie side by side, so the question starts in the plan's folder.
  expect(path.value).toBe('/home/sekretariat/Dokumenter/');
  fireEvent.change(path, { target: { value: theirsPath } });
  fireEvent.click(within(ask).getByRole('button', { name: 'Sammenlign' }));
  // The comparison replaces the question; both carry the step's name.
  await screen.findByText('Deres kopi');
  return screen.getByRole('dialog', { name: 'Flet med en kopi' });
}

const conflictGroup = (dialog: HTMLElement, name: RegExp) =>
  within(dialog).getByRole('group', { name });

describe('merging two copies', () => {
  it('shows what comes from their copy and merges at once when nothing conflicts', async () => {
    const fake = mergeApi([]);
    renderApp(fake);
    const dialog = await compareWithTheirs();
    expect(fake.calls.previewMerge).toEqual([{ theirsPath }]);
    expect(dialog.textContent).toContain('3 ændringer fra deres kopi kommer med uden videre.');
    expect(dialog.textContent).toContain('Der er ingen konflikter');
    expect(within(dialog).getByText('Kompetenceplan 2026 fra Jens.omstil')).toBeTruthy();
    const out = within(dialog).getByLabelText<HTMLInputElement>(/Gem den flettede plan som/);
    expect(out.value).toBe(mergedPath);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));
    expect(
      await screen.findByText(
        `Den flettede plan er gemt og åbnet: ${mergedPath}. Ingen af de to kopier er ændret.`,
      ),
    ).toBeTruthy();
    expect(fake.calls.completeMerge).toEqual([
      { theirsPath, outPath: mergedPath, resolutions: {}, open: true },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Kompetenceplan 2026 (flettet).omstil')).toBeTruthy();
  });

  it('shows each conflict in the editor’s words and sends the choices made', async () => {
    const fake = mergeApi(conflicts);
    renderApp(fake);
    const dialog = await compareWithTheirs();
    expect(dialog.textContent).toContain('4 ting er ændret forskelligt i de to kopier.');
    expect(within(dialog).getByRole('status').textContent).toBe('0 af 4 konflikter er afgjort.');

    const money = conflictGroup(
      dialog,
      /^Indsats «Superbrugeruddannelse i sagsbehandlingssystemet» – Budget/,
    );
    const mine = within(money).getByRole('radio', { name: 'Min version' });
    const theirs = within(money).getByRole('radio', { name: 'Deres version' });
    expect(
      plain(document.getElementById(mine.getAttribute('aria-describedby')!)!.textContent),
    ).toBe('1.250.000 kr.');
    expect(
      plain(document.getElementById(theirs.getAttribute('aria-describedby')!)!.textContent),
    ).toBe('1.400.000 kr.');
    const state = conflictGroup(dialog, /– Status$/);
    expect(state.textContent).toContain('I gang');
    expect(state.textContent).toContain('Gennemført');
    const period = conflictGroup(dialog, /^Planen – Planen gælder til$/);
    expect(period.textContent).toContain('30. juni 2027');
    expect(period.textContent).toContain('31. december 2027');
    const deleted = conflictGroup(dialog, /^Metode «Sprints»$/);
    expect(deleted.textContent).toContain('Slettet i din kopi, ændret i deres.');
    expect(within(deleted).getByRole('radio', { name: 'Min version' })).toBeTruthy();
    expect(deleted.textContent).toContain('To ugers sprints med en fast rytme.');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Vælg min version for alle' }));
    fireEvent.click(theirs);
    fireEvent.click(within(deleted).getByRole('radio', { name: 'Deres version' }));
    expect(within(dialog).getByRole('status').textContent).toBe('4 af 4 konflikter er afgjort.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));

    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.completeMerge).toEqual([
      {
        theirsPath,
        outPath: mergedPath,
        resolutions: {
          [budget.id]: 'theirs',
          [status.id]: 'mine',
          [periodEnd.id]: 'mine',
          [sprints.id]: 'theirs',
        },
        open: true,
      },
    ]);
  });

  it('says so in words when their copy deleted what mine changed, in English too', async () => {
    const gone: MergeConflict = {
      ...sprints,
      mine: sprints.theirs,
      theirs: null,
    };
    renderApp(mergeApi([budget, gone]), { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Merge with a copy…' }));
    const ask = screen.getByRole('dialog', { name: 'Merge with a copy' });
    fireEvent.change(within(ask).getByLabelText(/The copy to merge with/), {
      target: { value: theirsPath },
    });
    fireEvent.click(within(ask).getByRole('button', { name: 'Compare' }));
    await screen.findByText('Their copy');
    const dialog = screen.getByRole('dialog', { name: 'Merge with a copy' });
    const method = within(dialog).getByRole('group', { name: /^Method “Sprints”$/ });
    expect(method.textContent).toContain('Changed in your copy, deleted in theirs.');
    const theirs = within(method).getByRole('radio', { name: 'Their version' });
    expect(document.getElementById(theirs.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Deleted',
    );
    const money = within(dialog).getByRole('group', { name: /– Budget$/ });
    expect(plain(money.textContent)).toContain('DKK 1,250,000');
  });

  it('says which conflicts still need a choice and takes the user to the first', async () => {
    const fake = mergeApi(conflicts);
    renderApp(fake);
    const dialog = await compareWithTheirs();
    fireEvent.click(
      within(conflictGroup(dialog, /– Budget$/)).getByRole('radio', { name: 'Deres version' }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('3 konflikter mangler et valg.');
    const state = conflictGroup(dialog, /– Status$/);
    expect(document.activeElement).toBe(within(state).getByRole('radio', { name: 'Min version' }));
    expect(state.textContent).toContain('Vælg en version.');
    expect(fake.calls.completeMerge).toBeUndefined();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Vælg deres for alle' }));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));
    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.completeMerge?.[0]?.resolutions).toEqual(
      Object.fromEntries(conflicts.map((c) => [c.id, 'theirs'])),
    );
  });

  it('will not mix my start with their end date when that puts the end first', async () => {
    const start: MergeConflict = {
      ...periodEnd,
      id: `plan/${periodEnd.rowId}/periodStart`,
      field: 'periodStart',
      mine: '2026-01-01',
      theirs: '2027-09-01',
    };
    const endFirst = { ...periodEnd, theirs: '2028-06-30' };
    const fake = mergeApi([start, endFirst]);
    renderApp(fake);
    const dialog = await compareWithTheirs();
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder fra$/)).getByRole('radio', {
        name: 'Deres version',
      }),
    );
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder til$/)).getByRole('radio', {
        name: 'Min version',
      }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('kommer en slutdato til at ligge før startdatoen');
    expect(fake.calls.completeMerge).toBeUndefined();
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder til$/)).getByRole('radio', {
        name: 'Deres version',
      }),
    );
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('mixes my start with their end date when the end still comes after the start', async () => {
    const start: MergeConflict = {
      ...periodEnd,
      id: `plan/${periodEnd.rowId}/periodStart`,
      field: 'periodStart',
      mine: '2026-01-01',
      theirs: '2027-09-01',
    };
    const end = { ...periodEnd, theirs: '2028-06-30' };
    const fake = mergeApi([start, end]);
    renderApp(fake);
    const dialog = await compareWithTheirs();
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder fra$/)).getByRole('radio', {
        name: 'Min version',
      }),
    );
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder til$/)).getByRole('radio', {
        name: 'Deres version',
      }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));

    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.completeMerge?.[0]?.resolutions).toEqual({
      [start.id]: 'mine',
      [end.id]: 'theirs',
    });
  });

  it('compares again when the copies changed since, keeping the choices that still apply', async () => {
    let previews = 0;
    let attempts = 0;
    const fake = createSharingApi(snapshotOf(), {
      previewMerge: () => {
        previews += 1;
        return ok(previewOf(previews === 1 ? [budget, status] : [budget, status, periodEnd]));
      },
      completeMerge: (input) => {
        attempts += 1;
        return attempts === 1
          ? fail(errors.mergeOutdated())
          : ok({
              path: input.outPath,
              conflicts: 3,
              takenFromTheirs: 3,
              snapshot: snapshotOf(planDocument, input.outPath),
            });
      },
    });
    renderApp(fake);
    const dialog = await compareWithTheirs();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Vælg deres for alle' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Omstil har sammenlignet dem igen');
    expect(fake.calls.previewMerge).toHaveLength(2);
    expect(within(dialog).getByRole('status').textContent).toBe('2 af 3 konflikter er afgjort.');
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder til$/)).getByRole('radio', {
        name: 'Min version',
      }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));
    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.completeMerge?.[1]?.resolutions).toEqual({
      [budget.id]: 'theirs',
      [status.id]: 'theirs',
      [periodEnd.id]: 'mine',
    });
  });

  it('keeps the dialog open with the reason when the merged file cannot be written', async () => {
    const fake = createSharingApi(snapshotOf(), {
      previewMerge: () => ok(previewOf([])),
      completeMerge: (input) => fail(errors.alreadyExists(input.outPath)),
    });
    renderApp(fake);
    const dialog = await compareWithTheirs();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Planerne er ikke flettet');
    expect(alert.textContent).toContain(`Der findes allerede en fil med navnet ${mergedPath}`);
  });

  it('refuses a copy of another plan, or the plan itself, in the question for the copy', async () => {
    const fake = createSharingApi(snapshotOf(), {
      previewMerge: (input) =>
        input.theirsPath.endsWith('Anden plan.omstil')
          ? fail(errors.differentPlans('Kompetenceplan 2026.omstil', 'Anden plan.omstil'))
          : fail(errors.sameFile('Kompetenceplan 2026.omstil')),
    });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Flet med en kopi…' }));
    const ask = screen.getByRole('dialog', { name: 'Flet med en kopi' });
    const path = within(ask).getByLabelText(/Kopien, der skal flettes med/);
    fireEvent.change(path, { target: { value: '/mnt/faelles/Anden plan.omstil' } });
    fireEvent.click(within(ask).getByRole('button', { name: 'Sammenlign' }));
    expect((await within(ask).findByRole('alert')).textContent).toContain(
      'er ikke kopier af samme plan, så de kan ikke flettes',
    );
    fireEvent.change(path, {
      target: { value: '/home/sekretariat/Dokumenter/Kompetenceplan 2026.omstil' },
    });
    fireEvent.click(within(ask).getByRole('button', { name: 'Sammenlign' }));
    expect((await within(ask).findByText(/er valgt to gange/)).textContent).toContain(
      'Vælg to forskellige filer.',
    );
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const fake = mergeApi(conflicts);
    renderApp(fake);
    const dialog = await compareWithTheirs();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flet med en kopi…' }));
    expect(fake.calls.completeMerge).toBeUndefined();
  });

  it('asks for the files with the native dialogs where there are some', async () => {
    const chosen = [theirsPath, mergedPath];
    const fake = createSharingApi(
      snapshotOf(),
      {
        chooseFile: () => ok({ path: chosen.shift() ?? null }),
        previewMerge: () => ok(previewOf([budget])),
        completeMerge: (input) =>
          ok({
            path: input.outPath,
            conflicts: 1,
            takenFromTheirs: 3,
            snapshot: snapshotOf(planDocument, input.outPath),
          }),
      },
      { native: true },
    );
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Flet med en kopi…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Flet med en kopi' });
    expect(within(dialog).queryByLabelText(/Gem den flettede plan som/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Deres version' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet…' }));
    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.chooseFile).toEqual([
      { purpose: 'open' },
      { purpose: 'saveCopy', suggestedName: 'Kompetenceplan 2026 (flettet).omstil' },
    ]);
    expect(fake.calls.completeMerge).toEqual([
      { theirsPath, outPath: mergedPath, resolutions: { [budget.id]: 'theirs' }, open: true },
    ]);
  });
});
