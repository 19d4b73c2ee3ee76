// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/renderer/store';
import { planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';

// Issue 6: a plan refused for holding things we did not write is offered as a clean copy; the
// user has just named the file, so the offer must not ask for it again.
const NAME = 'Kompetenceplan (fra kollega).omstil';

/** A plan from a colleague with a trigger in it that Omstil did not write. */
async function foreignPlan(desktop: boolean): Promise<InProcessCore & { foreign: string }> {
  const core = await openCore({ desktop });
  const foreign = core.writePlan(NAME, planDocument);
  core.spoil(foreign, 'trigger');
  return Object.assign(core, { foreign });
}

describe('a clean copy of a file that was just refused', () => {
  it('fills in the refused file in the browser host', async () => {
    const core = await foreignPlan(false);
    renderApp(core);
    await screen.findByRole('heading', { level: 1, name: 'Omstil' });
    await act(() => useAppStore.getState().openPlan(core.foreign));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Gem en ren kopi af planens indhold…' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Gem en ren kopi af planens indhold',
    });
    const source = within(dialog).getByRole<HTMLInputElement>('textbox', {
      name: 'Planen, der ikke kunne åbnes',
    });
    expect(source.value).toBe(core.foreign);
    const target = within(dialog).getByRole<HTMLInputElement>('textbox', {
      name: 'Gem den rene kopi som',
    });
    expect(target.value).toBe(core.at('Kompetenceplan (fra kollega) (ren kopi).omstil'));
  });

  it('asks only where the copy goes when there are native dialogs', async () => {
    const core = await foreignPlan(true);
    renderApp(core);
    await screen.findByRole('heading', { level: 1, name: 'Omstil' });
    await act(() => useAppStore.getState().openPlan(core.foreign));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Gem en ren kopi af planens indhold…' }),
    );
    await waitFor(() => expect(core.calls.chooseFile).toHaveLength(1));
    expect(core.calls.chooseFile?.[0]).toMatchObject({
      purpose: 'saveCopy',
      suggestedName: 'Kompetenceplan (fra kollega) (ren kopi).omstil',
    });
  });

  it('forgets the file once another one opens or fails for another reason', async () => {
    const core = await foreignPlan(false);
    renderApp(core);
    await screen.findByRole('heading', { level: 1, name: 'Omstil' });
    await act(() => useAppStore.getState().openPlan(core.foreign));
    expect(useAppStore.getState().refusedPath).toBe(core.foreign);
    await act(() => useAppStore.getState().openPlan(core.at('findes-ikke.omstil')));
    expect(useAppStore.getState().refusedPath).toBeNull();
  });
});
