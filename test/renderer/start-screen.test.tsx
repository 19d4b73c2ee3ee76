// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/renderer/store';
import { planDocument } from './fixtures';
import { openCore, type InProcessCore } from './real-core';
import { renderApp } from './render-app';

/** The program with no plan open, and two plans on its recent list: one there, one gone. */
async function withRecentPlans(options: { desktop?: boolean } = {}): Promise<InProcessCore> {
  const core = await openCore(options);
  const gone = core.writePlan('Gammel plan 2024.omstil', planDocument);
  await core.remember(gone);
  core.removeFile(gone);
  await core.remember(core.writePlan('Kompetenceplan 2026.omstil', planDocument));
  return core;
}

describe('start screen', () => {
  it('introduces the program and lists recent files, keeping a missing one disabled', async () => {
    const core = await withRecentPlans();
    renderApp(core);
    expect(await screen.findByRole('heading', { level: 1, name: 'Omstil' })).toBeTruthy();
    expect(
      screen.getByText(
        'Planlæg kompetenceudvikling til den digitale omstilling – sammen i samarbejdsudvalget',
      ),
    ).toBeTruthy();

    const recent = screen.getByRole('region', { name: 'Senest åbnede planer' });
    const present = await within(recent).findByRole('button', {
      name: /Kompetenceplan 2026\.omstil/,
    });
    expect(present.hasAttribute('disabled')).toBe(false);
    expect(present.textContent).toContain(core.folder);
    expect(present.textContent).toContain('Senest åbnet 27. nov. 2026');

    const missing = within(recent).getByRole('button', { name: /^Gammel plan 2024\.omstil/ });
    expect(missing.hasAttribute('disabled')).toBe(true);
    expect(missing.textContent).toContain('Filen findes ikke længere');
    expect(missing.textContent).toContain(core.folder);
  });

  it('takes a plan that is gone off the list, leaving the file and the other plans be', async () => {
    const core = await withRecentPlans();
    renderApp(core);
    const recent = await screen.findByRole('region', { name: 'Senest åbnede planer' });
    const forget = await within(recent).findByRole('button', {
      name: 'Fjern Gammel plan 2024.omstil fra listen over senest åbnede planer',
    });
    // Only a plan that is gone offers it: one that is there is opened, not forgotten.
    expect(within(recent).getAllByRole('button', { name: /^Fjern/ })).toHaveLength(1);
    fireEvent.click(forget);
    await waitFor(() =>
      expect(within(recent).queryByRole('button', { name: /Gammel plan 2024/ })).toBeNull(),
    );
    expect(core.calls.forgetRecent).toEqual([{ path: core.at('Gammel plan 2024.omstil') }]);
    // The list redraws as soon as the host answers; the message and the focus follow it.
    expect(await screen.findByText('Gammel plan 2024.omstil er fjernet fra listen.')).toBeTruthy();
    const left = within(recent).getByRole('button', { name: /Kompetenceplan 2026\.omstil/ });
    expect(document.activeElement).toBe(left);
    // The list is kept by the host: the program started again does not bring it back.
    const again = await core.api.listRecent({});
    expect(again.ok && again.value.map((r) => r.name)).toEqual(['Kompetenceplan 2026.omstil']);
  });

  it('opens a recent plan when it is chosen', async () => {
    const fake = await withRecentPlans();
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Kompetenceplan for den digitale omstilling 2026–2027',
      }),
    ).toBeTruthy();
    expect(fake.calls.openPlan).toEqual([{ path: fake.path }]);
  });

  it('asks for a path in its own dialog when the host has no file dialogs', async () => {
    const fake = await openCore();
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Ny plan…' }));

    const dialog = screen.getByRole('dialog', { name: 'Opret en ny plan' });
    const path = within(dialog).getByLabelText<HTMLInputElement>(/Filens placering/);
    // The folder is proposed; the plan is named first.
    expect(path.value).toBe(`${fake.folder}/Ny plan.omstil`);
    const title = within(dialog).getByLabelText<HTMLInputElement>(/Planens titel/);
    expect(document.activeElement).toBe(title);

    // The file is named after the title, in the proposed folder, until the path is edited.
    fireEvent.change(title, { target: { value: 'Kompetenceplan for HR' } });
    expect(path.value).toBe(`${fake.folder}/Kompetenceplan for HR.omstil`);
    fireEvent.change(path, { target: { value: fake.at('Ny plan.omstil') } });
    fireEvent.change(title, { target: { value: 'Kompetenceplan for HR 2027' } });
    expect(path.value).toBe(fake.at('Ny plan.omstil'));
    fireEvent.change(title, { target: { value: 'Kompetenceplan for HR' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opret plan' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kompetenceplan for HR' }),
    ).toBeTruthy();
    expect(fake.calls.newPlan).toEqual([
      {
        path: fake.at('Ny plan.omstil'),
        title: 'Kompetenceplan for HR',
        language: 'da',
      },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes the dialog on Escape and gives focus back to the button', async () => {
    renderApp(await openCore());
    const open = await screen.findByRole('button', { name: 'Åbn plan…' });
    open.focus();
    fireEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Åbn en plan' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(open);
  });

  it('keeps the dialog open with the error when the file cannot be opened', async () => {
    const core = await openCore();
    renderApp(core);
    fireEvent.click(await screen.findByRole('button', { name: 'Åbn plan…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Filens placering/), {
      target: { value: core.at('findes-ikke.omstil') },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Åbn plan' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(`Filen findes ikke: ${core.at('findes-ikke.omstil')}`);
  });

  it('goes through the native dialog when the desktop shell has one', async () => {
    const fake = await withRecentPlans({ desktop: true });
    fake.dialogAnswers.push(fake.path);
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Åbn plan…' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Kompetenceplan for den digitale omstilling 2026–2027',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens the example made earlier again instead of piling up copies of it', async () => {
    const fake = await openCore();
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Åbn eksempelplan' }));
    expect(await screen.findByText('Eksempelplan.omstil')).toBeTruthy();
    expect(fake.calls.newPlan?.map((input) => [input.path, input.example])).toEqual([
      [fake.at('Eksempelplan.omstil'), true],
    ]);
    const made = fake.doc().plan.id;

    fireEvent.click(await screen.findByRole('button', { name: 'Luk plan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Åbn eksempelplan' }));
    expect(await screen.findByText('Eksempelplan.omstil')).toBeTruthy();
    expect(fake.calls.newPlan).toHaveLength(1);
    expect(useAppStore.getState().snapshot?.document.plan.id).toBe(made);
    // Asked first whether it is there; opened the second time, no copy made.
    expect(fake.calls.openPlan).toEqual([
      { path: fake.at('Eksempelplan.omstil') },
      { path: fake.at('Eksempelplan.omstil') },
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('numbers the example plan when its name is taken by a file that is no plan', async () => {
    const fake = await openCore();
    fake.writeFile('Eksempelplan.omstil', 'Referat fra SU-mødet');
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Åbn eksempelplan' }));
    expect(await screen.findByText('Eksempelplan (2).omstil')).toBeTruthy();
    expect(fake.calls.newPlan?.map((input) => input.path)).toEqual([
      fake.at('Eksempelplan (2).omstil'),
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
