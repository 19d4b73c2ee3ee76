// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runShellEvent } from '../../../src/renderer/flows/shell-commands';
import { useAppStore } from '../../../src/renderer/store';
import { planDocument } from '../fixtures';
import { openPlan, typeAndLeave } from './helpers';

const unit = () => screen.getByLabelText<HTMLInputElement>(/^Enhed/);
const nav = () => screen.getByRole('navigation', { name: 'Planens trin' });
const question = () => screen.findByRole('alertdialog', { name: 'Værdien er ikke gemt' });

/** The overview with a unit the core refuses (longer than 200 characters) in its field. */
async function withRefusedValue() {
  const api = await openPlan();
  typeAndLeave(unit(), 'x'.repeat(201));
  await screen.findByText('Ikke gemt: ret »Enhed«');
  return api;
}

async function keepEditing() {
  fireEvent.click(within(await question()).getByRole('button', { name: 'Fortsæt redigering' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(unit().value).toBe('x'.repeat(201));
}

async function discard() {
  fireEvent.click(within(await question()).getByRole('button', { name: 'Kassér og gå videre' }));
}

/** Every way out of a screen asks before a refused value goes, not only a change of screen. */
describe('a refused value and the other ways to leave it', () => {
  it('asks before the plan is closed from the header, and closes only when discarded', async () => {
    await withRefusedValue();
    fireEvent.click(screen.getByRole('button', { name: 'Luk plan' }));
    await keepEditing();
    expect(useAppStore.getState().snapshot).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Luk plan' }));
    await discard();
    await waitFor(() => expect(useAppStore.getState().snapshot).toBeNull());
  });

  it('asks before the File menu’s Luk plan closes it', async () => {
    await withRefusedValue();
    await runShellEvent({ type: 'menu', command: 'close' }, useAppStore.getState());
    await keepEditing();
    expect(useAppStore.getState().snapshot).not.toBeNull();
  });

  it('asks before the language changes, and changes it only when discarded', async () => {
    const api = await withRefusedValue();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await keepEditing();
    expect(useAppStore.getState().language).toBe('da');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await discard();
    await waitFor(() => expect(useAppStore.getState().language).toBe('en'));
    expect(api.doc().plan.unit).toBe(planDocument.plan.unit);
  });

  it('asks before the guide takes the place of the screen', async () => {
    await withRefusedValue();
    fireEvent.click(within(nav()).getByRole('button', { name: 'Kom i gang-guide' }));
    await keepEditing();
    expect(useAppStore.getState().guideOpenFor).toBeNull();

    fireEvent.click(within(nav()).getByRole('button', { name: 'Kom i gang-guide' }));
    await discard();
    await waitFor(() => expect(useAppStore.getState().guideOpenFor).not.toBeNull());
    // The guide is where the user is now; no step of the plan says it is the current page.
    await waitFor(() => expect(nav().querySelector('a[aria-current]')).toBeNull());
  });

  it('holds back closing the window while a value is refused, and only then', async () => {
    await openPlan();
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    typeAndLeave(unit(), 'x'.repeat(201));
    await screen.findByText('Ikke gemt: ret »Enhed«');
    expect(unload()).toBe(true);
    // Corrected and saved: the window closes without a question.
    typeAndLeave(unit(), 'Kontoret');
    await screen.findByText('Gemt');
    expect(unload()).toBe(false);
  });
});
