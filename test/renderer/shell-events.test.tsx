// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ShellEventSource } from '../../src/renderer/api';
import type { ShellEvent } from '../../src/shared/api';
import { planDocument } from './fixtures';
import { openCore } from './real-core';
import { renderApp } from './render-app';

/** A stand-in for the desktop shell: the test pushes menu commands as the menu would. */
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

describe('desktop shell commands', () => {
  it('runs the same flows as the buttons', async () => {
    const fake = await openCore({
      plan: { ...planDocument, plan: { ...planDocument.plan, title: 'Før ændringen' } },
      desktop: true,
    });
    await fake.scene.updatePlan({ patch: { title: planDocument.plan.title } });
    const shell = fakeShell();
    renderApp(fake, { shellEvents: shell.source });
    await screen.findByRole('heading', { level: 1, name: /Kompetenceplan for den digitale/ });

    await shell.send({ type: 'menu', command: 'undo' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Før ændringen' })).toBeTruthy();

    await shell.send({ type: 'menu', command: 'close' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Omstil' })).toBeTruthy();

    // Opened again, the plan is as the undo left it in the file.
    await shell.send({ type: 'open-path', path: fake.path });
    expect(await screen.findByRole('heading', { level: 1, name: 'Før ændringen' })).toBeTruthy();
    expect(fake.calls.openPlan).toEqual([{ path: fake.path }]);
  });

  it('asks the native dialog for "Ny plan" and does nothing when it is cancelled', async () => {
    // The native dialog is cancelled: the test gives it no answer.
    const fake = await openCore({ desktop: true });
    const shell = fakeShell();
    renderApp(fake, { shellEvents: shell.source });
    await screen.findByRole('heading', { level: 1, name: 'Omstil' });
    await shell.send({ type: 'menu', command: 'new' });
    expect(fake.calls.chooseFile).toEqual([{ purpose: 'new', suggestedName: 'Ny plan.omstil' }]);
    expect(fake.calls.newPlan).toBeUndefined();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks for the JSON file on Filer › Importér fra JSON…, as the start screen’s button does', async () => {
    const fake = await openCore({ desktop: true });
    const shell = fakeShell();
    renderApp(fake, { shellEvents: shell.source });
    await screen.findByRole('heading', { level: 1, name: 'Omstil' });
    await shell.send({ type: 'menu', command: 'import' });
    expect(fake.calls.chooseFile).toEqual([{ purpose: 'import', format: 'json' }]);
    expect(fake.calls.importPlan).toBeUndefined();
  });
});
