// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { noShellEvents } from '../../../src/renderer/api';
import { App } from '../../../src/renderer/App';
import { formatters } from '../../../src/renderer/i18n/format';
import { localToday } from '../../../src/renderer/screens/progress/today';
import {
  WorkshopClockContext,
  type WorkshopClock,
} from '../../../src/renderer/screens/workshop/workshop-clock';
import { resetAppStore } from '../../../src/renderer/store';
import { planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';

const SU = 'Workshop i samarbejdsudvalget';

/** A clock the test moves by hand: the timer shows what it says, and ticks when told. */
function handClock(start: string): WorkshopClock & { advance: (seconds: number) => void } {
  let now = Date.parse(start);
  const listeners = new Set<() => void>();
  return {
    now: () => new Date(now),
    subscribe: (onTick) => {
      listeners.add(onTick);
      return () => listeners.delete(onTick);
    },
    advance: (seconds) => {
      now += seconds * 1000;
      act(() => listeners.forEach((onTick) => onTick()));
    },
  };
}

async function openRoom(clock = handClock('2026-12-07T09:00:00Z')) {
  const core = await openCore({ plan: planDocument });
  resetAppStore(core.api, 'da');
  render(
    <WorkshopClockContext.Provider value={clock}>
      <App shellEvents={noShellEvents} />
    </WorkshopClockContext.Provider>,
  );
  return { core, clock };
}

async function chooser() {
  fireEvent.click(await screen.findByRole('button', { name: 'Workshop' }));
  return screen.findByRole('dialog', { name: /en workshop$/ });
}

async function startSu() {
  fireEvent.click(within(await chooser()).getByRole('button', { name: `Start »${SU}«` }));
  return screen.findByRole('dialog', { name: SU });
}

const press = (key: string, init: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(document.activeElement ?? document.body, { key, ...init });
const stepTitle = (room: HTMLElement) =>
  room.querySelector('.workshop-step-title')?.textContent ?? null;
const timer = (room: HTMLElement) => within(room).getByRole('region', { name: 'Tid til trinnet' });
const clockText = (room: HTMLElement) => within(timer(room)).getByRole('timer').textContent;
const stored = (core: InProcessCore) => core.doc().workshops[0]!;

describe('the workshop room', () => {
  it('shows the workshop’s help on F1 in the room’s type, and Esc goes back to the step', async () => {
    await openRoom();
    const room = await startSu();
    press('F1');
    const help = await screen.findByRole('dialog', { name: 'Hjælp til workshoppen' });
    expect(document.activeElement?.textContent).toBe('Hjælp til workshoppen');
    expect(within(help).getByText('Parkeringsplads')).toBeTruthy();
    expect(within(help).getByText(/T eller mellemrum: start eller stop tiden/)).toBeTruthy();
    // The room's keys rest while the help is read.
    press('ArrowRight');
    expect(stepTitle(room)).toBe('Velkomst og rammer');
    press('Escape');
    expect(screen.queryByRole('dialog', { name: 'Hjælp til workshoppen' })).toBeNull();
    expect(screen.getByRole('dialog', { name: SU })).toBe(room);
    expect(document.activeElement?.textContent).toBe('Velkomst og rammer');
    fireEvent.click(within(room).getByRole('button', { name: 'Hjælp' }));
    expect(await screen.findByRole('dialog', { name: 'Hjælp til workshoppen' })).toBeTruthy();
  });

  it('times a step by an injected clock: start, pause and five minutes more, with nothing written while it runs', async () => {
    const { core, clock } = await openRoom();
    const room = await startSu();
    // The first step's own 15 minutes, not started and not yet in the plan.
    expect(clockText(room)).toBe('15:00');
    expect(within(timer(room)).getByText('Klar til start')).toBeTruthy();
    await waitFor(() => expect(core.doc().workshops).toHaveLength(1));
    expect(stored(core).timerStepId).toBeNull();

    press('t');
    await within(room).findByText('Tiden løber');
    expect(stored(core)).toMatchObject({
      timerStepId: 'su-opening',
      timerSeconds: 900,
      timerRunningSince: '2026-12-07T09:00:00.000Z',
    });
    const running = stored(core);
    clock.advance(61);
    expect(clockText(room)).toBe('13:59');
    // The plan holds when it started, not what it shows.
    expect(stored(core)).toEqual(running);

    // Space on the step (not on a button) pauses; time going by changes nothing.
    press(' ');
    await within(room).findByText('Sat på pause');
    expect(stored(core)).toMatchObject({ timerRunningSince: null, timerElapsedSeconds: 61 });
    clock.advance(600);
    expect(clockText(room)).toBe('13:59');

    fireEvent.click(within(room).getByRole('button', { name: '+ 5 min.' }));
    await waitFor(() => expect(clockText(room)).toBe('18:59'));
  });

  it('sets a step’s time and gives a signal in shape, words and a polite announcement when it is up', async () => {
    const { clock } = await openRoom();
    const room = await startSu();
    // A length of the facilitator's own, stopped until started.
    fireEvent.click(within(room).getByRole('button', { name: 'Indstil tiden' }));
    const minutes = within(room).getByRole('textbox', { name: 'Minutter' });
    expect((minutes as HTMLInputElement).value).toBe('15');
    fireEvent.change(minutes, { target: { value: '0' } });
    fireEvent.click(within(room).getByRole('button', { name: 'Brug tiden' }));
    expect(within(room).getByText('Skriv et helt antal minutter fra 1 til 240.')).toBeTruthy();
    fireEvent.change(minutes, { target: { value: '2' } });
    fireEvent.click(within(room).getByRole('button', { name: 'Brug tiden' }));
    await waitFor(() => expect(clockText(room)).toBe('02:00'));
    expect(within(room).getByText('Klar til start')).toBeTruthy();

    fireEvent.click(within(room).getByRole('button', { name: 'Start tiden' }));
    await within(room).findByText('Tiden løber');
    clock.advance(119);
    expect(clockText(room)).toBe('00:01');
    expect(timer(room).dataset['state']).toBe('running');
    clock.advance(1);
    // The signal: the box changes and says so, and the room's screen reader hears it once.
    expect(clockText(room)).toBe('00:00');
    expect(timer(room).dataset['state']).toBe('ended');
    expect(within(timer(room)).getByText('Tiden er gået')).toBeTruthy();
    expect(room.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Tiden til »Velkomst og rammer« er gået.',
    );
    // Starting again needs more time first.
    const again = within(room).getByRole('button', { name: 'Sæt på pause' });
    fireEvent.click(again);
    await within(room).findByRole('button', { name: 'Fortsæt tiden' });
    expect(
      within(room).getByRole('button', { name: 'Fortsæt tiden' }).getAttribute('aria-disabled'),
    ).toBe('true');
    press('+');
    await waitFor(() => expect(clockText(room)).toBe('05:00'));
    expect(timer(room).dataset['state']).toBe('paused');
  });

  it('leaves keys typed in a field to the field, and Esc there leaves the field, not the room', async () => {
    await openRoom();
    const room = await startSu();
    press('ArrowRight');
    expect(stepTitle(room)).toBe('Baggrunde og udfordringer');
    fireEvent.click(within(room).getByRole('button', { name: 'Indstil tiden' }));
    const minutes = within(room).getByRole('textbox', { name: 'Minutter' });
    minutes.focus();
    for (const key of ['ArrowRight', 'ArrowLeft', 'End', '3', 't', ' ', '+', 'PageDown'])
      press(key);
    expect(stepTitle(room)).toBe('Baggrunde og udfordringer');
    expect(within(room).getByText('Klar til start')).toBeTruthy();
    expect(clockText(room)).toBe('30:00');

    press('Escape');
    expect(screen.getByRole('dialog', { name: SU })).toBe(room);
    expect(document.activeElement?.textContent).toBe('Baggrunde og udfordringer');
    press('Escape');
    expect(screen.queryByRole('dialog', { name: SU })).toBeNull();
  });

  it('offers a workshop left in the middle to be taken up at its step with its timer, and no longer once it is ended', async () => {
    const { core, clock } = await openRoom();
    let room = await startSu();
    press('3');
    press('t');
    await within(room).findByText('Tiden løber');
    clock.advance(90);
    press('Escape');
    expect(screen.queryByRole('dialog', { name: SU })).toBeNull();
    await waitFor(() => expect(stored(core).currentStepId).toBe('su-competences'));

    const choice = await chooser();
    expect(within(choice).getByRole('heading', { level: 2 }).textContent).toBe(
      'Fortsæt eller start en workshop',
    );
    const date = formatters('da').date(localToday());
    expect(
      within(choice).getByText(`Holdt ${date}. Står ved trin 3 af 8: Kompetencebehov.`),
    ).toBeTruthy();
    // Taking up comes first, and has focus.
    const resume = within(choice).getByRole('button', { name: `Fortsæt »${SU}«` });
    expect(document.activeElement).toBe(resume);
    clock.advance(30);
    fireEvent.click(resume);
    room = await screen.findByRole('dialog', { name: SU });
    expect(stepTitle(room)).toBe('Kompetencebehov');
    // The timer ran on while the room was left: 35 minutes less two.
    expect(clockText(room)).toBe('33:00');
    expect(within(room).getByText('Tiden løber')).toBeTruthy();
    expect(core.doc().workshops).toHaveLength(1);

    press('End');
    expect(within(room).queryByRole('button', { name: 'Afslut workshoppen' })).toBeTruthy();
    fireEvent.click(within(room).getByRole('button', { name: 'Afslut workshoppen' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: SU })).toBeNull());
    expect(stored(core)).toMatchObject({ endedAt: '2026-12-07T09:02:00.000Z' });

    const fresh = await chooser();
    expect(within(fresh).getByRole('heading', { level: 2 }).textContent).toBe('Start en workshop');
    expect(within(fresh).queryByRole('button', { name: /^Fortsæt/ })).toBeNull();
  });

  it('undoes and redoes from the room with Ctrl+Z and Ctrl+Shift+Z, the step following', async () => {
    const { core } = await openRoom();
    const room = await startSu();
    press('ArrowRight');
    await waitFor(() => expect(stored(core).currentStepId).toBe('su-drivers'));
    press('ArrowRight');
    await waitFor(() => expect(stored(core).currentStepId).toBe('su-competences'));
    press('z', { ctrlKey: true });
    await waitFor(() => expect(stepTitle(room)).toBe('Baggrunde og udfordringer'));
    expect(stored(core).currentStepId).toBe('su-drivers');
    press('Z', { ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(stepTitle(room)).toBe('Kompetencebehov'));
  });
});
