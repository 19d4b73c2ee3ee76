// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../src/shared/errors';
import type { Spoiling } from '../../helpers/in-process-core-shape';
import { planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';

const CLEAN = 'Kompetenceplan 2026 (ren kopi).omstil';

const offer = () => screen.findByRole('button', { name: 'Gem en ren kopi af planens indhold…' });

/** The plan on the recent list, spoiled after it was last opened: by default given a trigger. */
async function spoiledRecentPlan(
  options: { desktop?: boolean; how?: Spoiling } = {},
): Promise<InProcessCore> {
  const core = await openCore({ desktop: options.desktop ?? false });
  await core.remember(core.writePlan('Kompetenceplan 2026.omstil', planDocument));
  core.spoil(core.path, options.how ?? 'trigger');
  return core;
}

/** The refusal the core gave the screen's first call to open the plan. */
function refusal(core: InProcessCore): AppError {
  const answer = core.answers.openPlan?.[0];
  if (!answer || answer.ok) throw new Error('the plan was not refused');
  return answer.error;
}

describe('a plan file with things Omstil did not write', () => {
  it('offers a clean copy of its contents, which is saved and opened', async () => {
    const fake = await spoiledRecentPlan();
    const cleanPath = fake.at(CLEAN);
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    const alert = await screen.findByRole('alert');
    const foreign = refusal(fake);
    expect(foreign.code).toBe('foreign-schema');
    expect(alert.textContent).toContain(foreign.message.da);
    expect(screen.getByText('Planen kan ikke åbnes til redigering')).toBeTruthy();

    fireEvent.click(await offer());
    const dialog = screen.getByRole('dialog', { name: 'Gem en ren kopi af planens indhold' });
    const source = within(dialog).getByLabelText<HTMLInputElement>(/Planen, der ikke kunne åbnes/);
    const target = within(dialog).getByLabelText<HTMLInputElement>(/Gem den rene kopi som/);
    expect(document.activeElement).toBe(source);
    // The file just refused is filled in; the user need not find it a second time.
    expect(source.value).toBe(fake.path);
    // Until the user writes their own, the copy is offered beside the file it comes from.
    expect(target.value).toBe(cleanPath);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn den rene kopi' }));

    expect(
      await screen.findByText(
        `Den rene kopi er gemt og åbnet: ${cleanPath}. Den oprindelige fil er ikke ændret.`,
      ),
    ).toBeTruthy();
    expect(fake.calls.salvageCopy).toEqual([{ source: fake.path, target: cleanPath }]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Kompetenceplan for den digitale omstilling 2026–2027',
    );
  });

  it('closes the open dialog when the file turns out to be foreign, and offers the copy', async () => {
    const fake = await spoiledRecentPlan();
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Åbn plan…' }));
    const dialog = screen.getByRole('dialog', { name: 'Åbn en plan' });
    fireEvent.change(within(dialog).getByLabelText(/Filens placering/), {
      target: { value: fake.path },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Åbn plan' }));

    expect(await offer()).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain(refusal(fake).message.da);
  });

  it('says why in the dialog when the clean copy cannot be made', async () => {
    const fake = await spoiledRecentPlan();
    const cleanPath = fake.writeFile(CLEAN, 'en anden fil');
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    fireEvent.click(await offer());
    const dialog = screen.getByRole('dialog', { name: 'Gem en ren kopi af planens indhold' });
    fireEvent.change(within(dialog).getByLabelText(/Planen, der ikke kunne åbnes/), {
      target: { value: '' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn den rene kopi' }));
    expect(within(dialog).getByText('Skriv, hvor filen ligger.')).toBeTruthy();
    expect(fake.calls.salvageCopy).toBeUndefined();

    fireEvent.change(within(dialog).getByLabelText(/Planen, der ikke kunne åbnes/), {
      target: { value: fake.path },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn den rene kopi' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(`Der findes allerede en fil med navnet ${cleanPath}`);
  });

  it('asks with the native dialog only where the copy goes: the file was just chosen', async () => {
    const fake = await spoiledRecentPlan({ desktop: true });
    const chosen = fake.at('Plan (ren kopi).omstil');
    fake.dialogAnswers.push(chosen);
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    fireEvent.click(await offer());
    expect(await screen.findByText(/Den rene kopi er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.chooseFile).toEqual([{ purpose: 'saveCopy', suggestedName: CLEAN }]);
    expect(fake.calls.salvageCopy).toEqual([{ source: fake.path, target: chosen }]);
  });

  it('offers nothing for other refusals', async () => {
    const fake = await spoiledRecentPlan({ how: 'truncated' });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    await screen.findByRole('alert');
    expect(refusal(fake).code).toBe('corrupt');
    expect(screen.queryByRole('button', { name: /ren kopi/ })).toBeNull();
  });
});
