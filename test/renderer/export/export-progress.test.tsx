// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ShellEventSource } from '../../../src/renderer/api';
import { useAppStore } from '../../../src/renderer/store';
import type { CallOutput, ShellEvent } from '../../../src/shared/api';
import { errors } from '../../../src/shared/errors';
import type { Result } from '../../../src/shared/result';
import { planDocument } from '../fixtures';
import { openCore } from '../real-core';
import { renderApp } from '../render-app';

const CHOSEN_NAME = 'Til direktionen.pdf';

/** The desktop shell, as the test pushes its reports. */
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

/** A call that answers when the test says so. */
function pending<T>(): {
  promise: Promise<Result<T>>;
  answer: (result: Result<T>) => Promise<void>;
} {
  let settle: (result: Result<T>) => void = () => undefined;
  const promise = new Promise<Result<T>>((resolve) => (settle = resolve));
  return {
    promise,
    answer: (result) =>
      act(async () => {
        settle(result);
        await promise;
      }),
  };
}

/**
 * The desktop app on the real core, with the native save dialog answered at once. The save and
 * the previews are stand-ins that answer when the test says: how far a PDF has come is only seen
 * while it is being written, and the real core would have written it before the test could look.
 */
async function desktop(calls: {
  save?: Promise<Result<CallOutput<'exportPlan'>>>;
  preview?: () => Promise<Result<CallOutput<'previewPdf'>>>;
}) {
  const fake = await openCore({ plan: planDocument, desktop: true });
  const chosen = fake.at(CHOSEN_NAME);
  fake.dialogAnswers.push(chosen);
  fake.standIns.previewPdf = () =>
    calls.preview
      ? calls.preview()
      : Promise.resolve({ ok: false, error: errors.internal('no preview in this test') });
  if (calls.save) fake.standIns.exportPlan = () => calls.save!;
  const shell = fakeShell();
  renderApp(fake, { shellEvents: shell.source });
  return {
    shell,
    chosen,
    previews: () => fake.calls.previewPdf ?? [],
    saved: { ok: true, value: { path: chosen, bytes: 48_213, pages: 7 } } as const,
  };
}

async function openDialog(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: 'Eksportér …' }));
  return screen.findByRole('dialog', { name: 'Eksportér planen' });
}

const progress = (fraction: number): ShellEvent => ({ type: 'export-progress', fraction });
const savingBar = (dialog: HTMLElement) =>
  within(dialog).getByRole<HTMLProgressElement>('progressbar', { name: 'Gemmer filen …' });

describe('the percentage of a PDF being written, as the desktop shell reports it', () => {
  it('shows how far the save has come, in Danish, and nothing once it is saved', async () => {
    const save = pending<CallOutput<'exportPlan'>>();
    const { shell, saved, chosen } = await desktop({ save: save.promise });
    const dialog = await openDialog();
    // The preview has been tried, so only the save is running from here.
    await within(dialog).findByText(/Forhåndsvisningen kunne ikke laves/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(savingBar(dialog)).toBeTruthy());
    expect(savingBar(dialog).hasAttribute('value')).toBe(false);

    await shell.send(progress(0.42));
    const bar = savingBar(dialog);
    expect(bar.value).toBe(0.42);
    expect(bar.max).toBe(1);
    const percent = within(dialog).getByText('42 %');
    expect(percent.textContent).toBe('42\u00a0%');
    // Read from the bar, not announced from the status region at every step.
    expect(percent.getAttribute('aria-hidden')).toBe('true');
    const status = bar.closest('[role="status"]');
    expect(status?.textContent).toContain('Gemmer filen …');

    await shell.send(progress(0.5));
    expect(savingBar(dialog).value).toBe(0.5);
    expect(within(dialog).getByText('50 %')).toBeTruthy();
    expect(within(dialog).queryByText('42 %')).toBeNull();

    await save.answer(saved);
    expect(within(dialog).getByText(`Gemt som ${chosen}`, { exact: false })).toBeTruthy();
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(within(dialog).queryByText('50 %')).toBeNull();
  });

  it('changes nothing when a report comes while nothing is written', async () => {
    const save = pending<CallOutput<'exportPlan'>>();
    const { shell, saved } = await desktop({ save: save.promise });
    const dialog = await openDialog();
    await within(dialog).findByText(/Forhåndsvisningen kunne ikke laves/);
    await shell.send(progress(0.42));
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(within(dialog).queryByText('42 %')).toBeNull();
    expect(useAppStore.getState().exportDialog?.pdfProgress).toBeNull();

    // Nor does a late report after a save, nor the next save start where the last one ended.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(savingBar(dialog)).toBeTruthy());
    await shell.send(progress(0.9));
    await save.answer(saved);
    await shell.send(progress(1));
    expect(useAppStore.getState().exportDialog?.pdfProgress).toBeNull();
    expect(within(dialog).queryByText('100 %')).toBeNull();
  });

  it('shows the preview’s percentage while the preview is made', async () => {
    const preview = pending<CallOutput<'previewPdf'>>();
    const { shell, previews } = await desktop({ preview: () => preview.promise });
    const dialog = await openDialog();
    await waitFor(() => expect(previews()).toHaveLength(1));
    const panel = within(dialog).getByRole('region', { name: 'Forhåndsvisning' });
    expect(within(panel).queryByRole('progressbar')).toBeNull();

    await shell.send(progress(0.3));
    const bar = within(panel).getByRole<HTMLProgressElement>('progressbar', {
      name: 'Laver forhåndsvisning …',
    });
    expect(bar.value).toBe(0.3);
    expect(within(panel).getByText('30 %').getAttribute('aria-hidden')).toBe('true');
    expect(within(panel).getByText('Laver forhåndsvisning …')).toBeTruthy();

    await preview.answer({ ok: false, error: errors.internal('stopped') });
    expect(within(panel).queryByRole('progressbar')).toBeNull();
    expect(within(panel).queryByText('30 %')).toBeNull();
  });

  it('leaves the percentage out while a save waits for a preview, then shows the save’s', async () => {
    const preview = pending<CallOutput<'previewPdf'>>();
    const save = pending<CallOutput<'exportPlan'>>();
    const { shell, previews, saved } = await desktop({
      preview: () => preview.promise,
      save: save.promise,
    });
    const dialog = await openDialog();
    await waitFor(() => expect(previews()).toHaveLength(1));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(savingBar(dialog)).toBeTruthy());

    // The shell writes the preview first; its reports are not the save's.
    await shell.send(progress(0.3));
    expect(savingBar(dialog).hasAttribute('value')).toBe(false);
    expect(within(dialog).queryByText('30 %')).toBeNull();

    await preview.answer({ ok: false, error: errors.internal('stopped') });
    await shell.send(progress(0.6));
    expect(savingBar(dialog).value).toBe(0.6);
    expect(within(dialog).getByText('60 %')).toBeTruthy();
    await save.answer(saved);
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
  });
});
