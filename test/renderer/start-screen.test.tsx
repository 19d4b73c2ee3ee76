// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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

    const missing = within(recent).getByRole('button', { name: /Gammel plan 2024\.omstil/ });
    expect(missing.hasAttribute('disabled')).toBe(true);
    expect(missing.textContent).toContain('Filen findes ikke længere');
    expect(missing.textContent).toContain(core.folder);
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
    expect(path.value).toBe(`${fake.folder}/Ny plan.omstil`);
    expect(document.activeElement).toBe(path);

    fireEvent.change(within(dialog).getByLabelText(/Planens titel/), {
      target: { value: 'Kompetenceplan for HR' },
    });
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

  it('numbers the example plan when the name is taken', async () => {
    const fake = await openCore();
    fake.writePlan('Eksempelplan.omstil', planDocument);
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Åbn eksempelplan' }));
    expect(await screen.findByText('Eksempelplan (2).omstil')).toBeTruthy();
    expect(fake.calls.newPlan?.map((input) => input.path)).toEqual([
      fake.at('Eksempelplan.omstil'),
      fake.at('Eksempelplan (2).omstil'),
    ]);
    expect(fake.calls.newPlan?.every((input) => input.example === true)).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
