// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errors } from '../../../src/shared/errors';
import { planPath, snapshotOf } from '../fixtures';
import { renderApp } from '../render-app';
import { createSharingApi, fail, ok } from './sharing-api';

const foreign = errors.foreignSchema('Kompetenceplan 2026.omstil', ['trigger log_changes']);
const cleanPath = '/home/sekretariat/Dokumenter/Kompetenceplan 2026 (ren kopi).omstil';

const offer = () => screen.findByRole('button', { name: 'Gem en ren kopi af planens indhold…' });

describe('a plan file with things Omstil did not write', () => {
  it('offers a clean copy of its contents, which is saved and opened', async () => {
    const fake = createSharingApi(null, {
      openPlan: () => fail(foreign),
      salvageCopy: (input) => ok(snapshotOf(undefined, input.target)),
    });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    expect((await screen.findByRole('alert')).textContent).toContain(foreign.message.da);
    expect(screen.getByText('Planen kan ikke åbnes til redigering')).toBeTruthy();

    fireEvent.click(await offer());
    const dialog = screen.getByRole('dialog', { name: 'Gem en ren kopi af planens indhold' });
    const source = within(dialog).getByLabelText<HTMLInputElement>(/Planen, der ikke kunne åbnes/);
    const target = within(dialog).getByLabelText<HTMLInputElement>(/Gem den rene kopi som/);
    expect(document.activeElement).toBe(source);
    // The file just refused is filled in; the user need not find it a second time.
    expect(source.value).toBe(planPath);
    // Until the user writes their own, the copy is offered beside the file it comes from.
    expect(target.value).toBe(cleanPath);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn den rene kopi' }));

    expect(
      await screen.findByText(
        `Den rene kopi er gemt og åbnet: ${cleanPath}. Den oprindelige fil er ikke ændret.`,
      ),
    ).toBeTruthy();
    expect(fake.calls.salvageCopy).toEqual([{ source: planPath, target: cleanPath }]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Kompetenceplan for den digitale omstilling 2026–2027',
    );
  });

  it('closes the open dialog when the file turns out to be foreign, and offers the copy', async () => {
    const fake = createSharingApi(null, { openPlan: () => fail(foreign) });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Åbn plan…' }));
    const dialog = screen.getByRole('dialog', { name: 'Åbn en plan' });
    fireEvent.change(within(dialog).getByLabelText(/Filens placering/), {
      target: { value: planPath },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Åbn plan' }));

    expect(await offer()).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain(foreign.message.da);
  });

  it('says why in the dialog when the clean copy cannot be made', async () => {
    const fake = createSharingApi(null, {
      openPlan: () => fail(foreign),
      salvageCopy: (input) => fail(errors.alreadyExists(input.target)),
    });
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
      target: { value: planPath },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem og åbn den rene kopi' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(`Der findes allerede en fil med navnet ${cleanPath}`);
  });

  it('asks with the native dialog only where the copy goes: the file was just chosen', async () => {
    const chosen = ['/home/sekretariat/Plan (ren kopi).omstil'];
    const fake = createSharingApi(
      null,
      {
        openPlan: () => fail(foreign),
        chooseFile: () => ok({ path: chosen.shift() ?? null }),
        salvageCopy: (input) => ok(snapshotOf(undefined, input.target)),
      },
      { native: true },
    );
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    fireEvent.click(await offer());
    expect(await screen.findByText(/Den rene kopi er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.chooseFile).toEqual([
      { purpose: 'saveCopy', suggestedName: 'Kompetenceplan 2026 (ren kopi).omstil' },
    ]);
    expect(fake.calls.salvageCopy).toEqual([
      { source: planPath, target: '/home/sekretariat/Plan (ren kopi).omstil' },
    ]);
  });

  it('offers nothing for other refusals', async () => {
    const fake = createSharingApi(null, {
      openPlan: () => fail(errors.corrupt('Kompetenceplan 2026.omstil', 'malformed')),
    });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: /ren kopi/ })).toBeNull();
  });
});
