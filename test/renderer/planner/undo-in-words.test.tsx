// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UNCOMMITTED_ATTRIBUTE } from '../../../src/renderer/components/fields';
import { ids, planDocument } from '../fixtures';
import { openPlan, typeAndLeave } from './helpers';

const superusers = planDocument.activities[0]!;

/** The activity list with the first activity chosen, its form beside the list. */
async function openSuperusers() {
  const api = await openPlan('Indsatser');
  const list = screen.getByRole('listbox', { name: 'Indsatser' });
  list.focus();
  fireEvent.keyDown(list, { key: 'ArrowDown' });
  const form = screen.getByRole('region', { name: `Indsatsen »${superusers.title}«` });
  return { api, form };
}

describe('Ctrl+Z in a field holding typing', () => {
  it('stays the field’s own after the typing is undone back to the plan’s value', async () => {
    const api = await openPlan();
    typeAndLeave(screen.getByLabelText('Organisation'), 'Ny organisation');
    await waitFor(() => expect(api.doc().plan.organisation).toBe('Ny organisation'));
    const unit = screen.getByLabelText<HTMLInputElement>(/^Enhed/);
    unit.focus();
    fireEvent.change(unit, { target: { value: 'Halvt skrevet' } });
    // The browser's own undo takes the typing away again; the field is as the plan has it.
    fireEvent.change(unit, { target: { value: planDocument.plan.unit } });
    // One more Ctrl+Z has nothing of the field's left to undo: it does nothing at all, neither
    // the plan's undo nor the page's (which would reach into another field's typing).
    const event = fireEvent.keyDown(unit, { key: 'z', ctrlKey: true });
    expect(event).toBe(false);
    expect(api.calls.undo).toBeUndefined();
    expect(api.doc().plan.organisation).toBe('Ny organisation');
  });

  it('stays a search box’s own, which never saves anything', async () => {
    const { api, form } = await openSuperusers();
    typeAndLeave(within(form).getByLabelText('Budget'), '45.000');
    await waitFor(() => expect(api.doc().activities[0]?.budget).toBe(45_000));
    const box = within(within(form).getByRole('group', { name: 'Kompetencer' })).getByRole(
      'combobox',
      { name: 'Tilføj kompetence' },
    );
    box.focus();
    fireEvent.input(box, { target: { value: 'arbejds' } });
    const event = fireEvent.keyDown(box, { key: 'z', ctrlKey: true });
    expect(event).toBe(true);
    expect(api.calls.undo).toBeUndefined();
    expect(api.doc().activities[0]?.budget).toBe(45_000);
  });

  it('is the plan’s again in a field whose typing is saved', async () => {
    const api = await openPlan();
    const organisation = screen.getByLabelText('Organisation');
    organisation.focus();
    fireEvent.input(organisation, { target: { value: 'Ny organisation' } });
    fireEvent.keyDown(organisation, { key: 'Enter' });
    await waitFor(() => expect(api.doc().plan.organisation).toBe('Ny organisation'));
    // Saved: the field says it holds nothing of its own any more.
    await waitFor(() => expect(organisation.getAttribute(UNCOMMITTED_ATTRIBUTE)).toBe('false'));
    fireEvent.keyDown(organisation, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(api.doc().plan.organisation).toBe(planDocument.plan.organisation));
  });
});

describe('what an undo says', () => {
  it('says in words what was undone, offers Gentag, and puts focus back on the field', async () => {
    const { api, form } = await openSuperusers();
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: '3' } });
    await waitFor(() => expect(api.doc().activities[0]?.status).toBe('done'));
    const what = `status for indsatsen »${superusers.title}« sat til Gennemført`;
    const undo = screen.getByRole('button', { name: 'Fortryd' });
    expect(undo.title).toBe(`Fortryd: ${what} (Ctrl+Z)`);

    screen.getByRole('button', { name: 'Filtre' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'z', ctrlKey: true });
    await screen.findByText(`Fortrudt: ${what}`);
    expect(api.doc().activities[0]?.status).toBe('in-progress');
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Status')));
    expect(screen.getByRole('button', { name: 'Gentag' }).title).toBe(
      `Gentag: ${what} (Ctrl+Shift+Z)`,
    );

    fireEvent.click(screen.getByRole('button', { name: `Gentag: ${what}` }));
    await waitFor(() => expect(api.doc().activities[0]?.status).toBe('done'));
    expect(await screen.findByText(`Gentaget: ${what}`)).toBeTruthy();
  });

  it('names a link by both its ends, never by the step’s code', async () => {
    const { api, form } = await openSuperusers();
    const box = within(within(form).getByRole('group', { name: 'Kompetencer' })).getByRole(
      'combobox',
      { name: 'Tilføj kompetence' },
    );
    fireEvent.change(box, { target: { value: 'IT-sikkerhed' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(api.doc().activities[0]?.competenceIds).toContain(ids.security));
    const undo = screen.getByRole('button', { name: 'Fortryd' });
    expect(undo.title).toBe(
      `Fortryd: kompetencen »IT-sikkerhed« knyttet til indsatsen »${superusers.title}« (Ctrl+Z)`,
    );
    expect(undo.title).not.toMatch(/link:|activity-competence/);
  });

  it('names a deleted row as it was, and a typed value in quotes', async () => {
    const api = await openPlan('Målgrupper');
    typeAndLeave(screen.getAllByLabelText(/^Navn/)[0]!, 'Sagsbehandlere i Aarhus');
    await waitFor(() => expect(api.doc().targetGroups[0]?.name).toBe('Sagsbehandlere i Aarhus'));
    expect(screen.getByRole('button', { name: 'Fortryd' }).title).toBe(
      'Fortryd: navn for målgruppen »Sagsbehandlere i Aarhus« sat til »Sagsbehandlere i Aarhus« (Ctrl+Z)',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Slet »Teamledere«' }));
    await screen.findByText('Målgruppen »Teamledere« er slettet.');
    fireEvent.click(screen.getByRole('button', { name: 'Fortryd sletningen af »Teamledere«' }));
    await screen.findByText('Fortrudt: målgruppen »Teamledere« slettet');
  });
});
