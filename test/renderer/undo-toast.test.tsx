// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNDO_TOAST_MS } from '../../src/renderer/components/use-auto-dismiss';
import { openPlan } from './planner/helpers';

afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

const toast = () => document.querySelector('.undo-toast');

/**
 * Deletes the first driver from its card and waits for the undo offer, with the clock of timers
 * faked, so the offer's time is counted on it. Only timers: the real core answers through
 * promises. (Testing Library's own waiting needs a real setTimeout, so vitest's waits here.)
 */
async function deleteFirstDriver() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  fireEvent.click(screen.getByRole('button', { name: 'Slet: Nye systemer og teknologier' }));
  await vi.waitFor(() => expect(toast()?.textContent).toContain('er slettet'));
}

describe('the undo offer after a deletion', () => {
  it('goes by itself after about eight seconds, and the deletion can still be undone', async () => {
    const core = await openPlan('Baggrunde');
    await deleteFirstDriver();
    // It sits in the app header, beside the program's name, not over the screen.
    expect(toast()?.closest('.app-header')).not.toBeNull();

    act(() => void vi.advanceTimersByTime(UNDO_TOAST_MS - 100));
    expect(toast()).not.toBeNull();
    act(() => void vi.advanceTimersByTime(100));
    expect(toast()).toBeNull();
    expect(UNDO_TOAST_MS).toBe(8000);

    // The deletion stays in the undo history: Fortryd in the header brings the driver back.
    vi.useRealTimers();
    const tools = screen.getByRole('group', { name: 'Redigering' });
    fireEvent.click(within(tools).getAllByRole('button')[0] as HTMLElement);
    await screen.findByRole('heading', { name: 'Nye systemer og teknologier' });
    expect(core.doc().drivers.map((d) => d.title)).toContain('Nye systemer og teknologier');
  });

  it('waits while the pointer or the focus is on it, and gets the full time again after', async () => {
    await openPlan('Baggrunde');
    await deleteFirstDriver();
    const offer = toast() as HTMLElement;

    fireEvent.pointerEnter(offer);
    act(() => void vi.advanceTimersByTime(3 * UNDO_TOAST_MS));
    expect(toast()).not.toBeNull();
    fireEvent.pointerLeave(offer);

    const undo = within(offer).getByRole('button', { name: /^Fortryd sletningen/ });
    act(() => {
      undo.focus();
    });
    act(() => void vi.advanceTimersByTime(3 * UNDO_TOAST_MS));
    expect(toast()).not.toBeNull();
    act(() => {
      undo.blur();
    });

    act(() => void vi.advanceTimersByTime(UNDO_TOAST_MS - 100));
    expect(toast()).not.toBeNull();
    act(() => void vi.advanceTimersByTime(100));
    expect(toast()).toBeNull();
  });
});
