// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ShellEventSource } from '../../../src/renderer/api';
import type { ShellEvent } from '../../../src/shared/api';
import { planDocument } from '../fixtures';
import { openCore } from '../real-core';
import { renderApp } from '../render-app';

/** The desktop shell's File menu, as the test clicks it. */
function fakeShell(): { source: ShellEventSource; send: (event: ShellEvent) => Promise<void> } {
  const listeners = new Set<(event: ShellEvent) => void>();
  return {
    source: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: async (event) => {
      await act(async () => {
        for (const listener of listeners) listener(event);
        await Promise.resolve();
      });
    },
  };
}

describe('File menu: Eksportér… and Flet med en kopi…', () => {
  it('opens the export dialog, as the button in the plan header does', async () => {
    const shell = fakeShell();
    renderApp(await openCore({ plan: planDocument }), { shellEvents: shell.source });
    await screen.findByRole('heading', { level: 1, name: /Kompetenceplan/ });
    await shell.send({ type: 'menu', command: 'export' });
    const dialog = await screen.findByRole('dialog', { name: 'Eksportér planen' });
    expect(within(dialog).getByRole('radio', { name: 'PDF-dokument' })).toBeTruthy();
  });

  it('starts the merge by asking for the other copy', async () => {
    const shell = fakeShell();
    renderApp(await openCore({ plan: planDocument }), { shellEvents: shell.source });
    await screen.findByRole('heading', { level: 1, name: /Kompetenceplan/ });
    await shell.send({ type: 'menu', command: 'merge' });
    const dialog = await screen.findByRole('dialog', { name: 'Flet med en kopi' });
    expect(
      within(dialog).getByRole('textbox', { name: 'Kopien, der skal flettes med' }),
    ).toBeTruthy();
  });

  it('opens »Importér fra Excel …« on the Indsatser screen, from wherever the plan is shown', async () => {
    const shell = fakeShell();
    renderApp(await openCore({ plan: planDocument }), { shellEvents: shell.source });
    await screen.findByRole('heading', { level: 1, name: /Kompetenceplan/ });
    await shell.send({ type: 'menu', command: 'import-excel' });
    const dialog = await screen.findByRole('dialog', { name: 'Importér indsatser fra Excel' });
    expect(within(dialog).getByRole('textbox', { name: 'Regnearket' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Indsatser' })).toBeTruthy();
  });

  it('does nothing on the start screen, where there is no plan to export, merge or import into', async () => {
    const shell = fakeShell();
    const fake = await openCore();
    renderApp(fake, { shellEvents: shell.source });
    await screen.findByRole('heading', { level: 1, name: 'Omstil' });
    await shell.send({ type: 'menu', command: 'export' });
    await shell.send({ type: 'menu', command: 'merge' });
    await shell.send({ type: 'menu', command: 'import-excel' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.calls.exportSections).toBeUndefined();
  });
});
