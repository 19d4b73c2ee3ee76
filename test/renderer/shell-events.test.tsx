// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ShellEventSource } from '../../src/renderer/api';
import type { ShellEvent } from '../../src/shared/api';
import { createFakeApi } from './fake-api';
import { browserAppInfo, planPath, snapshotOf } from './fixtures';
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
    const undone = snapshotOf();
    undone.document = {
      ...undone.document,
      plan: { ...undone.document.plan, title: 'Før ændringen' },
    };
    const fake = createFakeApi(
      {
        appInfo: { ...browserAppInfo, transport: 'electron', nativeDialogs: true },
        open: snapshotOf(),
      },
      {
        undo: () => Promise.resolve({ ok: true, value: undone }),
        chooseFile: () => Promise.resolve({ ok: true, value: { path: null } }),
      },
    );
    const shell = fakeShell();
    renderApp(fake, { shellEvents: shell.source });
    await screen.findByRole('heading', { level: 1, name: /Kompetenceplan for den digitale/ });

    await shell.send({ type: 'menu', command: 'undo' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Før ændringen' })).toBeTruthy();

    await shell.send({ type: 'menu', command: 'close' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Omstil' })).toBeTruthy();

    await shell.send({ type: 'open-path', path: planPath });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Kompetenceplan for den digitale/ }),
    ).toBeTruthy();
    expect(fake.calls.openPlan).toEqual([{ path: planPath }]);
  });

  it('asks the native dialog for "Ny plan" and does nothing when it is cancelled', async () => {
    const fake = createFakeApi({
      appInfo: { ...browserAppInfo, transport: 'electron', nativeDialogs: true },
    });
    const shell = fakeShell();
    renderApp(fake, { shellEvents: shell.source });
    await screen.findByRole('heading', { level: 1, name: 'Omstil' });
    await shell.send({ type: 'menu', command: 'new' });
    expect(fake.calls.chooseFile).toEqual([{ purpose: 'new', suggestedName: 'Ny plan.omstil' }]);
    expect(fake.calls.newPlan).toBeUndefined();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
