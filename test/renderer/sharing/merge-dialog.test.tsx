// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src/main/core/db/connection';
import { compactChangeLog } from '../../../src/main/core/sync/log-fold';
import { ids, planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';
import {
  both,
  conflictOn,
  copiesEditedApart,
  lastPreview,
  MERGED,
  myConflicting,
  onlyTheirs,
  planAsSent,
  theirConflicting,
  THEIRS,
  type Edits,
} from './copies';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The plan open, and Jens's copy of it beside it, each edited since it was sent. */
async function mergeScene(
  sides: { mine?: Edits; theirs?: Edits },
  options: { desktop?: boolean } = {},
): Promise<InProcessCore & { theirsPath: string; mergedPath: string }> {
  const core = await openCore({ plan: planAsSent(), desktop: options.desktop ?? false });
  const theirsPath = await copiesEditedApart(core, sides);
  return Object.assign(core, { theirsPath, mergedPath: core.at(MERGED) });
}

/** The four conflicts, one of each sort, and Jens's three changes nobody else made. */
const fourConflicts = () =>
  mergeScene({ mine: myConflicting, theirs: both(theirConflicting, onlyTheirs) });

/** "Flet med en kopi…", the copy's path, and the comparison it leads to. */
async function compareWithTheirs(core: InProcessCore & { theirsPath: string }) {
  const button = await screen.findByRole('button', { name: 'Flet med en kopi…' });
  // A click focuses a button in a browser; jsdom needs telling.
  button.focus();
  fireEvent.click(button);
  const ask = screen.getByRole('dialog', { name: 'Flet med en kopi' });
  const path = within(ask).getByLabelText<HTMLInputElement>(/Kopien, der skal flettes med/);
  // Copies usually lie side by side, so the question starts in the plan's folder.
  expect(path.value).toBe(`${core.folder}/`);
  fireEvent.change(path, { target: { value: core.theirsPath } });
  fireEvent.click(within(ask).getByRole('button', { name: 'Sammenlign' }));
  // The comparison replaces the question; both carry the step's name.
  await screen.findByText('Den anden kopi');
  return screen.getByRole('dialog', { name: 'Flet med en kopi' });
}

const conflictGroup = (dialog: HTMLElement, name: RegExp) =>
  within(dialog).getByRole('group', { name });

describe('merging two copies', () => {
  it('shows what comes from their copy and merges at once when nothing conflicts', async () => {
    const fake = await mergeScene({ theirs: onlyTheirs });
    renderApp(fake);
    const dialog = await compareWithTheirs(fake);
    expect(fake.calls.previewMerge).toEqual([{ theirsPath: fake.theirsPath }]);
    expect(dialog.textContent).toContain('3 ændringer fra den anden kopi kommer med uden videre.');
    expect(dialog.textContent).toContain('Der er ingen konflikter');
    expect(within(dialog).getByText(THEIRS)).toBeTruthy();
    const out = within(dialog).getByLabelText<HTMLInputElement>(/Gem den flettede plan som/);
    expect(out.value).toBe(fake.mergedPath);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));
    expect(
      await screen.findByText(
        `Den flettede plan er gemt og åbnet: ${fake.mergedPath}. Ingen af de to kopier er ændret.`,
      ),
    ).toBeTruthy();
    expect(fake.calls.completeMerge).toEqual([
      { theirsPath: fake.theirsPath, outPath: fake.mergedPath, resolutions: {}, open: true },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText(MERGED)).toBeTruthy();
    expect(fake.doc().members.map((m) => m.name)).toContain('Ida Berg');
  });

  it('shows each conflict in the editor’s words and sends the choices made', async () => {
    const fake = await fourConflicts();
    renderApp(fake);
    const dialog = await compareWithTheirs(fake);
    expect(dialog.textContent).toContain('4 ting er ændret forskelligt i de to kopier.');
    expect(within(dialog).getByRole('status').textContent).toBe('0 af 4 konflikter er afgjort.');

    const money = conflictGroup(
      dialog,
      /^Indsats »Superbrugeruddannelse i sagsbehandlingssystemet« – Budget/,
    );
    const mine = within(money).getByRole('radio', { name: 'Min version' });
    const theirs = within(money).getByRole('radio', { name: 'Den anden kopis version' });
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
    expect(period.textContent).toContain('30. jun. 2027');
    expect(period.textContent).toContain('31. dec. 2027');
    const deleted = conflictGroup(dialog, /^Metode »Sprints«$/);
    expect(deleted.textContent).toContain('Slettet i din plan, ændret i den anden kopi.');
    expect(within(deleted).getByRole('radio', { name: 'Min version' })).toBeTruthy();
    expect(deleted.textContent).toContain('To ugers sprints med en fast rytme.');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Vælg min version for alle' }));
    fireEvent.click(theirs);
    fireEvent.click(within(deleted).getByRole('radio', { name: 'Den anden kopis version' }));
    expect(within(dialog).getByRole('status').textContent).toBe('4 af 4 konflikter er afgjort.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));

    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.completeMerge).toEqual([
      {
        theirsPath: fake.theirsPath,
        outPath: fake.mergedPath,
        resolutions: {
          [conflictOn(fake, ids.superusers, 'budget').id]: 'theirs',
          [conflictOn(fake, ids.superusers, 'status').id]: 'mine',
          [conflictOn(fake, ids.plan, 'periodEnd').id]: 'mine',
          [conflictOn(fake, ids.sprints, null).id]: 'theirs',
        },
        open: true,
      },
    ]);
    // The merged plan holds what was chosen.
    const merged = fake.doc();
    const superusers = merged.activities.find((a) => a.id === ids.superusers);
    expect(superusers).toMatchObject({ budget: 1_400_000, status: 'in-progress' });
    expect(merged.plan.periodEnd).toBe('2027-06-30');
    expect(merged.methods.find((m) => m.id === ids.sprints)?.description).toBe(
      'To ugers sprints med en fast rytme.',
    );
  });

  it('says so in words when their copy deleted what mine changed, in English too', async () => {
    const fake = await mergeScene({
      mine: async (api) => {
        await api.updateEntity({
          entity: 'activity',
          id: ids.superusers,
          patch: { budget: 1_250_000 },
        });
        await api.updateEntity({
          entity: 'method',
          id: ids.sprints,
          patch: { description: 'To ugers sprints med en fast rytme.' },
        });
      },
      theirs: async (api) => {
        await api.updateEntity({
          entity: 'activity',
          id: ids.superusers,
          patch: { budget: 1_400_000 },
        });
        await api.deleteEntity({ entity: 'method', id: ids.sprints });
      },
    });
    renderApp(fake, { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Merge with a copy…' }));
    const ask = screen.getByRole('dialog', { name: 'Merge with a copy' });
    fireEvent.change(within(ask).getByLabelText(/The copy to merge with/), {
      target: { value: fake.theirsPath },
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
    const fake = await fourConflicts();
    renderApp(fake);
    const dialog = await compareWithTheirs(fake);
    fireEvent.click(
      within(conflictGroup(dialog, /– Budget$/)).getByRole('radio', {
        name: 'Den anden kopis version',
      }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('3 konflikter mangler et valg.');
    // The first in the dialog's order (the core's) that has no choice yet.
    const [first] = within(dialog)
      .getAllByRole('group')
      .filter((group) => {
        const radios = within(group).queryAllByRole<HTMLInputElement>('radio');
        return radios.length > 0 && radios.every((radio) => !radio.checked);
      });
    expect(document.activeElement).toBe(within(first!).getByRole('radio', { name: 'Min version' }));
    expect(first!.textContent).toContain('Vælg en version.');
    expect(conflictGroup(dialog, /– Status$/).textContent).toContain('Vælg en version.');
    expect(fake.calls.completeMerge).toBeUndefined();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Vælg den anden kopis for alle' }));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));
    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.completeMerge?.[0]?.resolutions).toEqual(
      Object.fromEntries(lastPreview(fake).conflicts.map((c) => [c.id, 'theirs'])),
    );
  });

  it('will not mix my start with their end date when that puts the end first', async () => {
    const fake = await mergeScene({
      mine: async (api) => {
        await api.updatePlan({ patch: { periodStart: '2026-01-01', periodEnd: '2027-06-30' } });
      },
      theirs: async (api) => {
        await api.updatePlan({ patch: { periodStart: '2027-09-01', periodEnd: '2028-06-30' } });
      },
    });
    renderApp(fake);
    const dialog = await compareWithTheirs(fake);
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder fra$/)).getByRole('radio', {
        name: 'Den anden kopis version',
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
        name: 'Den anden kopis version',
      }),
    );
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('mixes my start with their end date when the end still comes after the start', async () => {
    const fake = await mergeScene({
      mine: async (api) => {
        await api.updatePlan({ patch: { periodStart: '2026-03-01', periodEnd: '2027-12-31' } });
      },
      theirs: async (api) => {
        await api.updatePlan({ patch: { periodStart: '2027-09-01', periodEnd: '2028-06-30' } });
      },
    });
    renderApp(fake);
    const dialog = await compareWithTheirs(fake);
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder fra$/)).getByRole('radio', {
        name: 'Min version',
      }),
    );
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder til$/)).getByRole('radio', {
        name: 'Den anden kopis version',
      }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));

    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.doc().plan).toMatchObject({ periodStart: '2026-03-01', periodEnd: '2028-06-30' });
  });

  it('compares again when a conflict went away since, keeping the choices that still apply', async () => {
    const fake = await mergeScene({
      mine: async (api) => {
        await api.updateEntity({
          entity: 'activity',
          id: ids.superusers,
          patch: { budget: 1_250_000, status: 'in-progress' },
        });
        await api.updatePlan({ patch: { periodEnd: '2027-06-30' } });
      },
      theirs: async (api) => {
        await api.updateEntity({
          entity: 'activity',
          id: ids.superusers,
          patch: { budget: 1_400_000, status: 'done' },
        });
      },
    });
    renderApp(fake);
    const dialog = await compareWithTheirs(fake);
    expect(within(dialog).getByRole('status').textContent).toBe('0 af 2 konflikter er afgjort.');
    // Meanwhile Jens agrees on the status, and moves the end of the period.
    await fake.colleagueEdits(fake.theirsPath, async (api) => {
      await api.updateEntity({
        entity: 'activity',
        id: ids.superusers,
        patch: { status: 'in-progress' },
      });
      await api.updatePlan({ patch: { periodEnd: '2027-12-31' } });
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Vælg den anden kopis for alle' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Omstil har sammenlignet dem igen');
    expect(fake.calls.previewMerge).toHaveLength(2);
    expect(within(dialog).getByRole('status').textContent).toBe('1 af 2 konflikter er afgjort.');
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder til$/)).getByRole('radio', {
        name: 'Min version',
      }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));
    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.completeMerge?.[1]?.resolutions).toEqual({
      [conflictOn(fake, ids.superusers, 'budget').id]: 'theirs',
      [conflictOn(fake, ids.plan, 'periodEnd').id]: 'mine',
    });
  });

  it('compares again when a new conflict came since, and asks for its choice', async () => {
    const fake = await mergeScene({
      mine: async (api) => {
        await api.updateEntity({
          entity: 'activity',
          id: ids.superusers,
          patch: { budget: 1_250_000 },
        });
        await api.updatePlan({ patch: { periodEnd: '2027-06-30' } });
      },
      theirs: async (api) => {
        await api.updateEntity({
          entity: 'activity',
          id: ids.superusers,
          patch: { budget: 1_400_000 },
        });
      },
    });
    renderApp(fake);
    const dialog = await compareWithTheirs(fake);
    // Meanwhile Jens moves the end of the period too.
    await fake.colleagueEdits(fake.theirsPath, async (api) => {
      await api.updatePlan({ patch: { periodEnd: '2027-12-31' } });
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Vælg den anden kopis for alle' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Én konflikt mangler et valg');
    expect(fake.calls.previewMerge).toHaveLength(2);
    expect(within(dialog).getByRole('status').textContent).toBe('1 af 2 konflikter er afgjort.');
    fireEvent.click(
      within(conflictGroup(dialog, /Planen gælder til$/)).getByRole('radio', {
        name: 'Min version',
      }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));
    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
  });

  it('keeps the dialog open with the reason when the merged file cannot be written', async () => {
    const fake = await mergeScene({ theirs: onlyTheirs });
    fake.writeFile(MERGED, 'en anden fil');
    renderApp(fake);
    const dialog = await compareWithTheirs(fake);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet og åbn' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Planerne er ikke flettet');
    expect(alert.textContent).toContain(`Der findes allerede en fil med navnet ${fake.mergedPath}`);
  });

  it('refuses a copy of another plan, or the plan itself, in the question for the copy', async () => {
    const fake = await mergeScene({});
    const other = fake.writePlan('Anden plan.omstil', {
      ...planDocument,
      plan: { ...planDocument.plan, id: '11111111-1111-4111-8111-111111111111' },
    });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Flet med en kopi…' }));
    const ask = screen.getByRole('dialog', { name: 'Flet med en kopi' });
    const path = within(ask).getByLabelText(/Kopien, der skal flettes med/);
    fireEvent.change(path, { target: { value: other } });
    fireEvent.click(within(ask).getByRole('button', { name: 'Sammenlign' }));
    expect((await within(ask).findByRole('alert')).textContent).toContain(
      'er ikke kopier af samme plan, så de kan ikke flettes',
    );
    fireEvent.change(path, { target: { value: fake.path } });
    fireEvent.click(within(ask).getByRole('button', { name: 'Sammenlign' }));
    expect((await within(ask).findByText(/er valgt to gange/)).textContent).toContain(
      'Vælg to forskellige filer.',
    );
  });

  it('says so when the copies no longer share a history, and asks about every difference', async () => {
    const fake = await mergeScene({});
    await fake.colleagueEdits(fake.theirsPath, onlyTheirs);
    // Jens's copy keeps one change in its log: the others are folded away, as closing it does
    // once more changes than the plan's limit were made, and with them the point where the
    // copies parted.
    const copy = openConnection(fake.theirsPath, { readonly: false });
    compactChangeLog(copy, 1);
    copy.close();
    renderApp(fake);
    const dialog = await compareWithTheirs(fake);
    expect(dialog.textContent).toContain('Kopierne kan ikke sammenlignes ændring for ændring');
    // The headcount and the budget Jens changed are questions now, not changes taken as they are.
    expect(dialog.textContent).toContain('Én ændring fra den anden kopi kommer med uden videre.');
    expect(dialog.textContent).toContain('2 ting er ændret forskelligt i de to kopier.');
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const fake = await fourConflicts();
    renderApp(fake);
    const dialog = await compareWithTheirs(fake);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flet med en kopi…' }));
    expect(fake.calls.completeMerge).toBeUndefined();
  });

  it('asks for the files with the native dialogs where there are some', async () => {
    const fake = await mergeScene(
      {
        mine: async (api) => {
          await api.updateEntity({
            entity: 'activity',
            id: ids.superusers,
            patch: { budget: 1_250_000 },
          });
        },
        theirs: async (api) => {
          await api.updateEntity({
            entity: 'activity',
            id: ids.superusers,
            patch: { budget: 1_400_000 },
          });
        },
      },
      { desktop: true },
    );
    fake.dialogAnswers.push(fake.theirsPath, fake.mergedPath);
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Flet med en kopi…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Flet med en kopi' });
    expect(within(dialog).queryByLabelText(/Gem den flettede plan som/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Den anden kopis version' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet…' }));
    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.chooseFile).toEqual([
      { purpose: 'open' },
      { purpose: 'saveCopy', suggestedName: MERGED },
    ]);
    expect(fake.calls.completeMerge).toEqual([
      {
        theirsPath: fake.theirsPath,
        outPath: fake.mergedPath,
        resolutions: { [conflictOn(fake, ids.superusers, 'budget').id]: 'theirs' },
        open: true,
      },
    ]);
  });
});
