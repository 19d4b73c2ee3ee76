// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../src/shared/errors';
import type { Language } from '../../../src/shared/model/enums';
import { planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';

const PLAN = 'Kompetenceplan 2026.omstil';
const CLEAN = 'Kompetenceplan 2026 (ren kopi).omstil';

/**
 * The plan on the recent list, then changed with another SQLite program: two activities and the
 * plan's title by default, or so that it no longer keeps the model's rules.
 */
async function changedRecentPlan(
  options: { desktop?: boolean; againstRules?: boolean } = {},
): Promise<InProcessCore> {
  const core = await openCore({ desktop: options.desktop ?? false });
  await core.remember(core.writePlan(PLAN, planDocument));
  core.spoil(core.path, options.againstRules ? 'changed-outside-against-rules' : 'changed-outside');
  return core;
}

/** Opens the changed plan from the start screen as a user does; answers the core's snapshot. */
async function openFromRecent(core: InProcessCore, language: Language = 'da') {
  renderApp(core, { language });
  fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
  // The plan's own steps: the start screen has a first heading too, until the plan's is drawn.
  await screen.findByRole('navigation', {
    name: language === 'en' ? 'Steps of the plan' : 'Planens trin',
  });
  const answer = core.answers.openPlan?.[0];
  if (!answer?.ok) throw new Error('the plan was refused');
  return answer.value;
}

const warning = () =>
  screen.getByText('Planen er ændret uden for Omstil').closest<HTMLElement>('.alert')!;
const organisation = () => screen.getByLabelText<HTMLInputElement>('Organisation');
const planTitle = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('a plan changed outside Omstil, open read-only', () => {
  it('says what changed, in the core’s words, and offers a clean copy or to accept it', async () => {
    const core = await changedRecentPlan();
    const opened = await openFromRecent(core);
    expect(opened.file).toMatchObject({ readOnly: true, notice: { code: 'changed-outside' } });
    const message = opened.file.notice!.message.da;
    expect(message).toContain('2 indsatser og planens oplysninger er ændret uden for Omstil');

    const alert = screen.getByRole('alert');
    expect(alert).toBe(warning());
    expect(within(alert).getByText(message)).toBeTruthy();
    const actions = within(alert).getByRole('group', { name: 'Hvad vil du gøre med planen?' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Lav en ren kopi…', 'Godkend indholdet…']);
    // Not the lock's notice, which has nothing to offer here.
    expect(screen.queryByText('Planen er åbnet skrivebeskyttet')).toBeNull();
    // What is shown is what the file holds, and it cannot be edited.
    expect(planTitle()).toBe('Planen med en anden titel');
    expect(organisation().readOnly).toBe(true);
  });

  it('says it in English, with the core’s English message', async () => {
    const core = await changedRecentPlan();
    const opened = await openFromRecent(core, 'en');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The plan was changed outside Omstil')).toBeTruthy();
    expect(within(alert).getByText(opened.file.notice!.message.en)).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Make a clean copy…' })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Accept the content…' })).toBeTruthy();
  });

  it('makes a clean copy beside the original without the changed rows, and opens it', async () => {
    const core = await changedRecentPlan();
    const cleanPath = core.at(CLEAN);
    await openFromRecent(core);
    fireEvent.click(within(warning()).getByRole('button', { name: 'Lav en ren kopi…' }));

    const dialog = screen.getByRole('dialog', {
      name: 'Lav en ren kopi uden de ændrede oplysninger',
    });
    // The file is the one open: only where the copy goes is asked.
    const inputs = within(dialog).getAllByRole('textbox');
    expect(inputs).toHaveLength(1);
    const target = within(dialog).getByLabelText<HTMLInputElement>(/Gem den rene kopi som/);
    expect(target.value).toBe(cleanPath);
    expect(document.activeElement).toBe(target);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn den rene kopi' }));

    expect(
      await screen.findByText(
        `Den rene kopi er gemt og åbnet: ${cleanPath}. Den oprindelige fil er ikke ændret.`,
      ),
    ).toBeTruthy();
    expect(core.calls.salvageCopy).toEqual([{ source: core.path, target: cleanPath }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('Planen er ændret uden for Omstil')).toBeNull();
    expect(organisation().readOnly).toBe(false);
    // Both activities were changed outside Omstil, so neither came with.
    expect(core.doc().activities).toEqual([]);
    expect(core.doc().competences.map((c) => c.id)).toEqual(
      planDocument.competences.map((c) => c.id),
    );
  });

  it('keeps the question open with the reason when the clean copy cannot be written', async () => {
    const core = await changedRecentPlan();
    const taken = core.writeFile(CLEAN, 'en anden fil');
    await openFromRecent(core);
    fireEvent.click(within(warning()).getByRole('button', { name: 'Lav en ren kopi…' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Lav en ren kopi uden de ændrede oplysninger',
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn den rene kopi' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(`Der findes allerede en fil med navnet ${taken}`);
    // The plan stays as it was, with both offers.
    expect(within(warning()).getAllByRole('button')).toHaveLength(2);

    const target = within(dialog).getByLabelText<HTMLInputElement>(/Gem den rene kopi som/);
    const elsewhere = core.at('Kompetenceplan 2026, renset.omstil');
    fireEvent.change(target, { target: { value: elsewhere } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn den rene kopi' }));
    expect(await screen.findByText(/Den rene kopi er gemt og åbnet/)).toBeTruthy();
    expect(core.calls.salvageCopy?.at(-1)).toEqual({ source: core.path, target: elsewhere });
  });

  it('asks the native dialog where the clean copy goes, proposing a name', async () => {
    const core = await changedRecentPlan({ desktop: true });
    const chosen = core.at('Ren plan.omstil');
    core.dialogAnswers.push(chosen);
    await openFromRecent(core);
    fireEvent.click(within(warning()).getByRole('button', { name: 'Lav en ren kopi…' }));
    expect(await screen.findByText(/Den rene kopi er gemt og åbnet/)).toBeTruthy();
    expect(core.calls.chooseFile).toEqual([{ purpose: 'saveCopy', suggestedName: CLEAN }]);
    expect(core.calls.salvageCopy).toEqual([{ source: core.path, target: chosen }]);
  });

  it('accepts the content only after a confirmation that says what it means', async () => {
    const core = await changedRecentPlan();
    await openFromRecent(core);
    const accept = within(warning()).getByRole('button', { name: 'Godkend indholdet…' });
    accept.focus();
    fireEvent.click(accept);

    let dialog = screen.getByRole('alertdialog', { name: 'Godkend indholdet, som det er?' });
    expect(dialog.textContent).toContain(
      'Planens indhold, som det ligger i filen nu, bliver til planen',
    );
    expect(dialog.textContent).toContain('Ændringerne er ikke foretaget i Omstil');
    expect(dialog.textContent).toContain('Godkendelsen kan ikke fortrydes');
    // The safe answer is the one Enter gives.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuller' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(accept);
    fireEvent.click(accept);
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Annuller' }),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(core.calls.acceptOutsideChanges).toBeUndefined();
    expect(organisation().readOnly).toBe(true);

    fireEvent.click(accept);
    dialog = screen.getByRole('alertdialog', { name: 'Godkend indholdet, som det er?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Godkend indholdet' }));
    const done = await screen.findByText(
      'Indholdet er godkendt, som det er, og du kan nu redigere planen.',
    );
    expect(core.calls.acceptOutsideChanges).toEqual([{ confirmed: true }]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByText('Planen er ændret uden for Omstil')).toBeNull();
    // The button pressed is gone; focus goes to the news instead of the page's start.
    expect(document.activeElement).toBe(done.closest('.alert'));

    // The content as it was found is now the plan, and it takes edits.
    expect(planTitle()).toBe('Planen med en anden titel');
    expect(organisation().readOnly).toBe(false);
    fireEvent.focus(organisation());
    fireEvent.change(organisation(), { target: { value: 'Styrelsen for IT og Læring' } });
    fireEvent.blur(organisation());
    await expect.poll(() => core.doc().plan.organisation).toBe('Styrelsen for IT og Læring');
    expect((await core.snapshot())?.file).toMatchObject({ readOnly: false, notice: null });
  });
});

describe('a plan changed outside Omstil against the model’s rules', () => {
  /** The refusal the core gave the screen's first call to open the plan. */
  function refusal(core: InProcessCore): AppError {
    const answer = core.answers.openPlan?.[0];
    if (!answer || answer.ok) throw new Error('the plan was not refused');
    return answer.error;
  }

  it('is refused, with the offer of a clean copy, which is saved and opened', async () => {
    const core = await changedRecentPlan({ againstRules: true });
    const cleanPath = core.at(CLEAN);
    renderApp(core);
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    const offer = await screen.findByRole('button', {
      name: 'Gem en ren kopi af planens indhold…',
    });
    const refused = refusal(core);
    expect(refused.code).toBe('changed-outside');
    expect(screen.getByRole('alert').textContent).toContain(refused.message.da);
    expect(screen.getByText('Planen kan ikke åbnes')).toBeTruthy();
    expect(
      screen.getByText(/Planen er ændret uden for Omstil og følger ikke længere Omstils regler/),
    ).toBeTruthy();
    // Nothing to accept: the content could not be a plan as it is.
    expect(screen.queryByRole('button', { name: /Godkend/ })).toBeNull();

    fireEvent.click(offer);
    const dialog = screen.getByRole('dialog', { name: 'Gem en ren kopi af planens indhold' });
    const source = within(dialog).getByLabelText<HTMLInputElement>(/Planen, der ikke kunne åbnes/);
    expect(source.value).toBe(core.path);
    expect(within(dialog).getByLabelText<HTMLInputElement>(/Gem den rene kopi som/).value).toBe(
      cleanPath,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn den rene kopi' }));

    expect(
      await screen.findByText(
        `Den rene kopi er gemt og åbnet: ${cleanPath}. Den oprindelige fil er ikke ændret.`,
      ),
    ).toBeTruthy();
    expect(core.calls.salvageCopy).toEqual([{ source: core.path, target: cleanPath }]);
    expect(organisation().readOnly).toBe(false);
    expect(core.doc().drivers.length).toBe(planDocument.drivers.length - 1);
  });

  it('closes the open dialog when the file turns out changed, and offers the copy', async () => {
    const core = await changedRecentPlan({ againstRules: true });
    renderApp(core);
    fireEvent.click(await screen.findByRole('button', { name: 'Åbn plan…' }));
    const dialog = screen.getByRole('dialog', { name: 'Åbn en plan' });
    fireEvent.change(within(dialog).getByLabelText(/Filens placering/), {
      target: { value: core.path },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Åbn plan' }));

    expect(
      await screen.findByRole('button', { name: 'Gem en ren kopi af planens indhold…' }),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain(refusal(core).message.da);
  });
});
