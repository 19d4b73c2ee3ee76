// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../../src/shared/api';
import { errors } from '../../../src/shared/errors';
import { planDocument } from '../fixtures';
import { colleague } from '../planner/helpers';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';

const COPY = 'Kompetenceplan 2026 (kopi).omstil';
/** Left open on a machine that was then put away: over 12 hours ago, so it looks abandoned. */
const abandoned = { ...colleague, hoursAgo: 13 };

/** The plan as the core answers it now. */
async function snapshot(core: InProcessCore): Promise<PlanSnapshot> {
  const now = await core.snapshot();
  if (!now) throw new Error('no plan is open');
  return now;
}

async function lockNotice() {
  await screen.findByRole('heading', { level: 1 });
  return screen.getByText('Planen er åbnet skrivebeskyttet').closest<HTMLElement>('.alert')!;
}

describe('a plan someone else has open', () => {
  it('says who has it and offers a copy, which is saved where the user says and opened', async () => {
    const fake = await openCore({ plan: planDocument, heldBy: colleague });
    const copyPath = fake.at(COPY);
    const lockMessage = (await snapshot(fake)).file.notice!.message.da;
    renderApp(fake);
    const notice = await lockNotice();
    expect(within(notice).getByText(lockMessage)).toBeTruthy();
    expect(lockMessage).toMatch(/^Åben hos Jens Brandt på PC-1042 siden /);

    fireEvent.click(within(notice).getByRole('button', { name: 'Åbn en kopi' }));
    const dialog = screen.getByRole('dialog', { name: 'Åbn en kopi af planen' });
    const path = within(dialog).getByLabelText<HTMLInputElement>(/Gem kopien som/);
    // A working copy is the user's own, so it is offered in their documents.
    expect(path.value).toBe(copyPath);
    expect(document.activeElement).toBe(path);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn kopien' }));

    expect(
      await screen.findByText(
        `Du arbejder nu i en kopi: ${copyPath}. Den oprindelige plan er ikke ændret.`,
      ),
    ).toBeTruthy();
    expect(fake.calls.openCopy).toEqual([{ path: copyPath }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('Planen er åbnet skrivebeskyttet')).toBeNull();
    expect(screen.getByText(COPY)).toBeTruthy();
  });

  it('keeps the copy dialog open with the reason when the copy cannot be written', async () => {
    const fake = await openCore({ plan: planDocument, heldBy: colleague });
    fake.writeFile(COPY, 'en anden fil');
    renderApp(fake);
    fireEvent.click(within(await lockNotice()).getByRole('button', { name: 'Åbn en kopi' }));
    const dialog = screen.getByRole('dialog', { name: 'Åbn en kopi af planen' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn kopien' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Der findes allerede en fil med navnet');

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('takes over a lock that looks abandoned without asking, and says so', async () => {
    const fake = await openCore({ plan: planDocument, heldBy: abandoned });
    renderApp(fake);
    const notice = await lockNotice();
    expect(
      within(notice).getByText(
        'Planen har været åben dér i mere end 12 timer, så den er sandsynligvis blevet glemt åben.',
      ),
    ).toBeTruthy();
    fireEvent.click(within(notice).getByRole('button', { name: 'Overtag' }));

    const done = await screen.findByText('Du har overtaget planen og kan nu ændre den.');
    expect(fake.calls.takeOverLock).toEqual([{}]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('Planen er åbnet skrivebeskyttet')).toBeNull();
    // The button pressed is gone; focus goes to the news instead of the page's start.
    expect(document.activeElement).toBe(done.closest('.alert'));
  });

  it('asks before taking over a plan that is probably in use, explaining the risk', async () => {
    const fake = await openCore({ plan: planDocument, heldBy: colleague });
    renderApp(fake);
    const overtag = within(await lockNotice()).getByRole('button', { name: 'Overtag' });
    fireEvent.click(overtag);

    let dialog = screen.getByRole('alertdialog', { name: 'Overtag planen?' });
    expect(dialog.textContent).toMatch(/Planen er åben hos Jens Brandt på PC-1042 siden /);
    expect(dialog.textContent).toContain(
      'Er planen stadig i brug, kan Jens Brandt ikke gemme flere ændringer',
    );
    // The safe answer is the one Enter gives.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuller' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.calls.takeOverLock).toBeUndefined();

    fireEvent.click(overtag);
    dialog = screen.getByRole('alertdialog', { name: 'Overtag planen?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Overtag planen' }));
    expect(await screen.findByText('Du har overtaget planen og kan nu ændre den.')).toBeTruthy();
    expect(fake.calls.takeOverLock).toEqual([{ confirmed: true }]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks after all when an abandoned-looking lock turns out to be in use', async () => {
    const fake = await openCore({ plan: planDocument, heldBy: abandoned });
    renderApp(fake);
    const notice = await lockNotice();
    // Opened while the lock looked abandoned; meanwhile a colleague has taken the plan up.
    fake.colleagueOpens({ user: 'Mette Aagaard', machine: 'PC-2001' });
    fireEvent.click(within(notice).getByRole('button', { name: 'Overtag' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Overtag planen?' });
    expect(dialog.textContent).toMatch(/Planen er åben hos Mette Aagaard på PC-2001 siden /);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Overtag planen' }));
    expect(await screen.findByText('Du har overtaget planen og kan nu ændre den.')).toBeTruthy();
    expect(fake.calls.takeOverLock).toEqual([{}, { confirmed: true }]);
  });

  it('uses the native save dialog for the copy where there is one', async () => {
    const fake = await openCore({ plan: planDocument, heldBy: colleague, desktop: true });
    const chosen = fake.at('Min kopi.omstil');
    fake.dialogAnswers.push(chosen);
    renderApp(fake);
    fireEvent.click(within(await lockNotice()).getByRole('button', { name: 'Åbn en kopi' }));
    expect(await screen.findByText(/Du arbejder nu i en kopi/)).toBeTruthy();
    expect(fake.calls.chooseFile).toEqual([{ purpose: 'saveCopy', suggestedName: COPY }]);
    expect(fake.calls.openCopy).toEqual([{ path: chosen }]);
  });
});

describe('other reasons a plan is read-only', () => {
  it('offers a copy, and only a copy, when the folder cannot be written to', async () => {
    const fake = await openCore({ plan: planDocument });
    // A stand-in: tests run with rights to every folder, so the core cannot be brought to find
    // one it may not write to. The rest of the snapshot is the core's own.
    const error = errors.folderReadOnly('Kompetenceplan 2026.omstil');
    const writable = await snapshot(fake);
    fake.standIns.getPlan = () =>
      Promise.resolve({
        ok: true,
        value: {
          ...writable,
          file: {
            ...writable.file,
            readOnly: true,
            notice: { code: error.code, message: error.message },
          },
        },
      });
    renderApp(fake);
    const notice = await lockNotice();
    expect(within(notice).getByText(error.message.da)).toBeTruthy();
    expect(within(notice).getByRole('button', { name: 'Åbn en kopi' })).toBeTruthy();
    expect(within(notice).queryByRole('button', { name: 'Overtag' })).toBeNull();
  });

  it('leaves the newer-version notice as it was, without actions', async () => {
    const fake = await openCore();
    fake.spoil(fake.writePlan('Kompetenceplan 2026.omstil', planDocument), 'newer');
    await fake.scene.openPlan({ path: fake.path });
    const notice = (await snapshot(fake)).file.notice;
    expect(notice?.code).toBe('newer-version');
    renderApp(fake);
    const alert = await lockNotice();
    expect(within(alert).getByText(notice!.message.da)).toBeTruthy();
    expect(within(alert).queryAllByRole('button')).toEqual([]);
  });

  it('turns read-only with the message and a copy on offer when an edit finds the plan taken over', async () => {
    const fake = await openCore({ plan: planDocument });
    renderApp(fake);
    const field = await screen.findByLabelText<HTMLInputElement>('Organisation');
    // A colleague takes the plan over while it is open here.
    fake.colleagueOpens({ user: 'Mette Aagaard', machine: 'PC-2001' }, { force: true });
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: 'Styrelsen for IT og Læring' } });
    fireEvent.blur(field);

    const heading = await screen.findByText('Planen er åbnet skrivebeskyttet');
    const refused = fake.answers.updatePlan?.[0];
    if (!refused || refused.ok) throw new Error('the edit was not refused');
    const lost = refused.error;
    expect(lost.code).toBe('lock-lost');
    expect(lost.message.da).toContain('Mette Aagaard');
    const alert = heading.closest<HTMLElement>('.alert')!;
    // Taken over mid-session it is news, so the notice is read out at once.
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(lost.message.da);
    expect(within(alert).getByRole('button', { name: 'Åbn en kopi' })).toBeTruthy();
    expect(within(alert).queryByRole('button', { name: 'Overtag' })).toBeNull();
    // Said once: the notice replaces the error, as it says the same and offers what to do.
    expect(screen.getAllByText(lost.message.da)).toHaveLength(1);
    expect(screen.getByLabelText<HTMLInputElement>('Organisation').readOnly).toBe(true);
  });
});
