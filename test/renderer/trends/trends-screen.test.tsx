// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CallInput, CallOutput, ShellEvent } from '../../../src/shared/api';
import type { Result } from '../../../src/shared/result';
import { emptyDocument, planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';

/** Three plans in the documents folder: the fixture's plan and two empty ones. */
function writePlans(core: InProcessCore): void {
  core.writePlan('a.omstil', planDocument);
  core.writePlan('b.omstil', {
    ...emptyDocument('Plan B'),
    plan: { ...emptyDocument('Plan B').plan, id: 'b' },
  });
  core.writePlan('c.omstil', {
    ...emptyDocument('Plan C'),
    plan: { ...emptyDocument('Plan C').plan, id: 'c' },
  });
}

async function openTrends(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Tendenser på tværs af planer …' }));
  await screen.findByRole('heading', { level: 1, name: 'Tendenser på tværs af planer' });
}

describe('the trends screen', () => {
  it('counts the files read in a progress bar, a few at a time, and stops when cancelled', async () => {
    const core = await openCore();
    writePlans(core);
    // The host answers each file only when the test lets it, so the bar can be seen on its way.
    const held: (() => void)[] = [];
    core.standIns.trendsReadFile = (input: CallInput<'trendsReadFile'>) =>
      new Promise<Result<CallOutput<'trendsReadFile'>>>((resolve) => {
        held.push(() => void core.scene.trendsReadFile(input).then(resolve));
      });
    renderApp(core);
    await openTrends();
    fireEvent.change(screen.getByLabelText('Placering af en plan eller en mappe'), {
      target: { value: core.folder },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
    // Pressed as a keyboard user presses it: focused first.
    const count = screen.getByRole('button', { name: 'Tæl planerne' });
    count.focus();
    fireEvent.click(count);

    const bar = await screen.findByRole('progressbar', { name: 'Læser 0 af 3 planer …' });
    expect(bar.getAttribute('max')).toBe('3');
    await waitFor(() => expect(held).toHaveLength(3));
    held.shift()!();
    await screen.findByRole('progressbar', { name: 'Læser 1 af 3 planer …' });
    expect(bar.getAttribute('value')).toBe('1');
    // Focus went from the button pressed to the way to stop.
    expect(document.activeElement?.textContent).toBe('Afbryd');

    fireEvent.click(screen.getByRole('button', { name: 'Afbryd' }));
    expect(await screen.findByText('Optællingen er afbrudt. Intet er talt med.')).toBeTruthy();
    for (const release of held.splice(0)) release();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Resultat' })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Tæl planerne');
    expect(core.calls.trendsReadFile).toHaveLength(3);
  });

  it('opens from the File menu in front of the open plan, takes a folder from the desktop dialog, counts it, and goes back to the plan', async () => {
    const core = await openCore({ desktop: true, plan: planDocument });
    writePlans(core);
    core.dialogAnswers.push(core.folder);
    const listeners = new Set<(event: ShellEvent) => void>();
    renderApp(core, {
      shellEvents: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    await screen.findByRole('heading', { level: 1, name: /Kompetenceplan/ });
    act(() => {
      for (const listener of listeners) listener({ type: 'menu', command: 'trends' });
    });
    await screen.findByRole('heading', { level: 1, name: 'Tendenser på tværs af planer' });
    expect(screen.queryByLabelText('Placering af en plan eller en mappe')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Vælg mappe …' }));
    const sources = await screen.findByRole('region', { name: 'Planer, der skal tælles med' });
    await within(sources).findByText(core.folder);
    expect(core.calls.chooseTrendsSources).toEqual([{ kind: 'folder' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Tæl planerne' }));

    // The open plan is read too (read-only, beside its lock), and is the fixture's plan again.
    expect(
      await screen.findByText(
        '3 planer er talt med. 1 fil er ikke talt med, fordi dens indhold allerede er talt med.',
      ),
    ).toBeTruthy();
    const duplicates = screen.getByRole('table', {
      name: 'Filer, der ikke er talt med, fordi indholdet allerede er talt med',
    });
    expect(within(duplicates).getAllByRole('row')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Tilbage' }));
    await screen.findByRole('heading', { level: 1, name: /Kompetenceplan/ });
  });
});
