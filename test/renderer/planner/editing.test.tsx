// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/renderer/store';
import { ids, planDocument } from '../fixtures';
import { openPlan, typeAndLeave } from './helpers';

describe('editing the overview', () => {
  it('saves a plan field as one call and says so quietly', async () => {
    const api = await openPlan();
    typeAndLeave(screen.getByLabelText('Organisation'), 'Digitaliseringsstyrelsen');
    await waitFor(() => expect(api.doc().plan.organisation).toBe('Digitaliseringsstyrelsen'));
    expect(api.calls.updatePlan).toEqual([{ patch: { organisation: 'Digitaliseringsstyrelsen' } }]);
    expect(screen.getByText('Gemt')).toBeTruthy();
  });

  it('shows the core’s refusal beside the field it concerns, keeping the typed text', async () => {
    const api = await openPlan();
    const unit = screen.getByLabelText<HTMLInputElement>(/^Enhed/);
    typeAndLeave(unit, 'x'.repeat(201));
    // The transport refuses `patch.unit`; the message belongs to the field "Enhed".
    const message = await screen.findByText('Teksten må højst være på 200 tegn.');
    expect(unit.getAttribute('aria-describedby')).toContain(message.id);
    expect(unit.value).toHaveLength(201);
    expect(api.doc().plan.unit).toBe(planDocument.plan.unit);
    expect(await screen.findByText('Ikke gemt: ret »Enhed«')).toBeTruthy();
  });

  it('refuses a period that ends before it starts, beside the end date', async () => {
    await openPlan();
    typeAndLeave(screen.getByLabelText('Planen gælder til'), '2025-01-01');
    const message = await screen.findByText('Slutdatoen ligger før startdatoen.');
    expect(screen.getByLabelText('Planen gælder til').getAttribute('aria-describedby')).toContain(
      message.id,
    );
  });

  it('keeps the change history to the number the committee sets, within its range', async () => {
    const api = await openPlan();
    const limit = screen.getByRole<HTMLInputElement>('textbox', {
      name: 'Gem ændringshistorik for de seneste',
    });
    expect(limit.value).toBe('5.000');
    typeAndLeave(limit, '500');
    const message = await screen.findByText('Skriv et tal fra 1.000 til 100.000.');
    expect(limit.getAttribute('aria-describedby')).toContain(message.id);
    expect(api.calls.updatePlan).toBeUndefined();
    typeAndLeave(limit, '20.000');
    await waitFor(() => expect(api.doc().plan.changeLogLimit).toBe(20_000));
    expect(api.calls.updatePlan).toEqual([{ patch: { changeLogLimit: 20_000 } }]);
  });

  it('edits the SU’s principles as an ordered list', async () => {
    const api = await openPlan();
    const principles = screen.getByRole('group', { name: 'Principper' });
    fireEvent.change(within(principles).getByLabelText('Nyt princip'), {
      target: { value: 'Ledere går forrest.' },
    });
    fireEvent.click(within(principles).getByRole('button', { name: 'Tilføj' }));
    await waitFor(() => expect(api.doc().plan.principles).toHaveLength(4));
    fireEvent.click(
      within(principles).getByRole('button', { name: 'Flyt »Ledere går forrest.« op' }),
    );
    await waitFor(() => expect(api.doc().plan.principles[2]).toBe('Ledere går forrest.'));
  });

  it('adds, renames, moves and deletes committee members', async () => {
    const api = await openPlan();
    const form = screen.getByRole('form', { name: 'Tilføj et medlem' });
    fireEvent.change(within(form).getByLabelText('Navn'), { target: { value: 'Ida Berg' } });
    fireEvent.change(within(form).getByLabelText('Rolle'), { target: { value: 'hr' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tilføj medlem' }));
    await waitFor(() =>
      expect(api.doc().members.at(-1)).toMatchObject({ name: 'Ida Berg', role: 'hr' }),
    );

    const ida = screen.getByRole('group', { name: 'Ida Berg' });
    fireEvent.keyDown(within(ida).getByLabelText(/Navn/), { key: 'ArrowUp', altKey: true });
    await waitFor(() =>
      expect(
        api
          .doc()
          .members.map((m) => m.name)
          .at(-2),
      ).toBe('Ida Berg'),
    );
    expect(api.calls.reorderEntities?.[0]?.entity).toBe('member');

    fireEvent.click(
      within(screen.getByRole('group', { name: 'Ida Berg' })).getByRole('button', {
        name: 'Slet »Ida Berg«',
      }),
    );
    await waitFor(() => expect(api.doc().members).toHaveLength(planDocument.members.length));
    expect(screen.getByText('Medlemmet »Ida Berg« er slettet.')).toBeTruthy();
  });
});

describe('delete with undo', () => {
  it('offers undo after a deletion instead of asking first', async () => {
    const api = await openPlan('Målgrupper');
    fireEvent.click(screen.getByRole('button', { name: 'Slet »Teamledere«' }));
    const toast = await screen.findByText('Målgruppen »Teamledere« er slettet.');
    expect(toast.closest('[role="status"]')).toBeTruthy();
    expect(api.doc().targetGroups.map((g) => g.id)).toEqual([ids.caseworkers]);

    fireEvent.click(screen.getByRole('button', { name: 'Fortryd sletningen af »Teamledere«' }));
    await waitFor(() => expect(api.doc().targetGroups).toHaveLength(2));
    expect(screen.queryByText('Målgruppen »Teamledere« er slettet.')).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: 'Teamledere' })).toBeTruthy();
  });

  it('withdraws the offer once something else has changed', async () => {
    await openPlan('Målgrupper');
    fireEvent.click(screen.getByRole('button', { name: 'Slet »Teamledere«' }));
    await screen.findByText('Målgruppen »Teamledere« er slettet.');
    typeAndLeave(screen.getAllByLabelText('Antal medarbejdere')[0]!, '50');
    await waitFor(() =>
      expect(screen.queryByText('Målgruppen »Teamledere« er slettet.')).toBeNull(),
    );
  });
});

describe('undo and redo on the keyboard', () => {
  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z and Ctrl+Y', async () => {
    const api = await openPlan();
    typeAndLeave(screen.getByLabelText('Organisation'), 'Ny organisation');
    await waitFor(() => expect(api.doc().plan.organisation).toBe('Ny organisation'));

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(api.doc().plan.organisation).toBe(planDocument.plan.organisation));
    expect(screen.getByLabelText<HTMLInputElement>('Organisation').value).toBe(
      planDocument.plan.organisation,
    );
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(api.doc().plan.organisation).toBe('Ny organisation'));
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(api.calls.undo).toHaveLength(2));
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    await waitFor(() => expect(api.calls.redo).toHaveLength(2));
  });

  it('leaves Ctrl+Z to the text field while it holds uncommitted typing', async () => {
    const api = await openPlan();
    typeAndLeave(screen.getByLabelText('Organisation'), 'Ny organisation');
    await waitFor(() => expect(api.doc().plan.organisation).toBe('Ny organisation'));
    const unit = screen.getByLabelText(/^Enhed/);
    unit.focus();
    fireEvent.change(unit, { target: { value: 'Halvt skrevet' } });
    const event = fireEvent.keyDown(unit, { key: 'z', ctrlKey: true });
    expect(event).toBe(true); // not prevented: the browser's own text undo runs
    expect(api.calls.undo).toBeUndefined();
  });

  it('has buttons for the mouse that follow what can be undone', async () => {
    const api = await openPlan();
    const undo = screen.getByRole<HTMLButtonElement>('button', { name: 'Fortryd' });
    expect(undo.disabled).toBe(true);
    typeAndLeave(screen.getByLabelText('Organisation'), 'Ny organisation');
    await waitFor(() => expect(undo.disabled).toBe(false));
    fireEvent.click(undo);
    await waitFor(() => expect(api.calls.undo).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Gentag' }).disabled).toBe(
        false,
      ),
    );
  });
});

describe('a plan opened read-only', () => {
  it('shows its fields without offering edits', async () => {
    await openPlan('Målgrupper', planDocument, { readOnly: true });
    for (const field of screen.getAllByLabelText<HTMLInputElement>('Antal medarbejdere')) {
      expect(field.readOnly).toBe(true);
    }
    expect(screen.queryByRole('button', { name: /^Slet/ })).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
    act(() => useAppStore.getState().setView('overview'));
    expect(screen.queryByRole('button', { name: 'Fortryd' })).toBeNull();
  });
});
