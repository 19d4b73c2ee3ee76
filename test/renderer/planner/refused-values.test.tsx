// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planDocument } from '../fixtures';
import { openPlan, typeAndLeave } from './helpers';

const headcount = () => screen.getAllByLabelText<HTMLInputElement>(/^Antal medarbejdere/)[0]!;
const nav = () => screen.getByRole('navigation', { name: 'Planens trin' });

describe('a refused value', () => {
  it('keeps the header from saying "Gemt" while it stays in its field', async () => {
    const api = await openPlan('Målgrupper');
    typeAndLeave(headcount(), 'mange');
    expect(await screen.findByText('Skriv et tal, fx 25.')).toBeTruthy();
    // Another field is saved meanwhile; the refused one is still not.
    const second = screen.getAllByLabelText<HTMLInputElement>(/^Antal medarbejdere/)[1]!;
    typeAndLeave(second, '40');
    await waitFor(() => expect(api.doc().targetGroups[1]?.headcount).toBe(40));
    expect(screen.queryByText('Gemt')).toBeNull();
    expect(screen.getByText('Ikke gemt: ret »Antal medarbejdere«')).toBeTruthy();
    expect(headcount().value).toBe('mange');

    // Escape puts the plan's value back, and with it the header's "Gemt".
    fireEvent.keyDown(headcount(), { key: 'Escape' });
    expect(await screen.findByText('Gemt')).toBeTruthy();
  });

  it('names the limit the core refused it for', async () => {
    const api = await openPlan();
    const unit = screen.getByLabelText<HTMLInputElement>(/^Enhed/);
    typeAndLeave(unit, 'x'.repeat(201));
    expect(await screen.findByText('Teksten må højst være på 200 tegn.')).toBeTruthy();
    // The core's refusal reaches the field before its call has settled; the header names the
    // field once it has (until then it says »Ikke gemt«, which is also true).
    expect(await screen.findByText('Ikke gemt: ret »Enhed«')).toBeTruthy();
    expect(api.doc().plan.unit).toBe(planDocument.plan.unit);
  });

  it('gives an example that fits the field: a level is 1–5', async () => {
    await openPlan('Kompetencer');
    const level = screen.getAllByLabelText<HTMLInputElement>(/^Nuværende niveau/)[0]!;
    typeAndLeave(level, 'højt');
    expect(await screen.findByText('Skriv et tal fra 1 til 5, fx 3.')).toBeTruthy();
    expect(screen.queryByText(/1\.250\.000/)).toBeNull();
  });
});

describe('leaving a screen with a refused value', () => {
  it('asks first, and stays with focus in the field on "Fortsæt redigering"', async () => {
    const api = await openPlan('Målgrupper');
    typeAndLeave(headcount(), 'mange');
    await screen.findByText('Skriv et tal, fx 25.');
    fireEvent.click(within(nav()).getByRole('link', { name: /^Indsatser/ }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Værdien er ikke gemt' });
    const keep = within(dialog).getByRole('button', { name: 'Fortsæt redigering' });
    expect(document.activeElement).toBe(keep);
    expect(dialog.textContent).toContain('»Antal medarbejdere« har en værdi, som ikke kan gemmes.');
    fireEvent.click(keep);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('heading', { level: 2, name: 'Målgrupper' })).toBeTruthy();
    expect(headcount().value).toBe('mange');
    await waitFor(() => expect(document.activeElement).toBe(headcount()));

    // Escape is "Fortsæt redigering" too.
    fireEvent.click(within(nav()).getByRole('link', { name: /^Indsatser/ }));
    fireEvent.keyDown(await screen.findByRole('alertdialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(headcount().value).toBe('mange');
    expect(api.doc().targetGroups[0]?.headcount).toBe(planDocument.targetGroups[0]?.headcount);
  });

  it('goes on only when the user discards the value', async () => {
    const api = await openPlan('Målgrupper');
    typeAndLeave(headcount(), 'mange');
    await screen.findByText('Skriv et tal, fx 25.');
    fireEvent.click(within(nav()).getByRole('link', { name: /^Indsatser/ }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kassér og gå videre' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Indsatser' })).toBeTruthy();
    expect(screen.queryByText(/Ikke gemt/)).toBeNull();
    expect(api.doc().targetGroups[0]?.headcount).toBe(planDocument.targetGroups[0]?.headcount);
  });

  it('changes screen without asking when nothing is refused', async () => {
    await openPlan('Målgrupper');
    typeAndLeave(headcount(), '30');
    fireEvent.click(within(nav()).getByRole('link', { name: /^Indsatser/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Indsatser' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('warnings that are not refusals', () => {
  it('says beside the field when a target level is below the current one, and saves it', async () => {
    const api = await openPlan('Kompetencer');
    const target = screen.getAllByLabelText<HTMLInputElement>(/^Målniveau/)[0]!;
    typeAndLeave(target, '1');
    await waitFor(() => expect(api.doc().competences[0]?.targetLevel).toBe(1));
    const warning = await screen.findByText(
      'Målniveauet er lavere end det nuværende niveau (2). Værdien er gemt – kontrollér, om det er meningen.',
    );
    expect(target.getAttribute('aria-describedby')).toContain(warning.id);
    expect(warning.getAttribute('role')).toBeNull();
    expect(target.getAttribute('aria-invalid')).toBeNull();
  });

  it('says beside the field when more participants are reached than planned', async () => {
    const api = await openPlan('Indsatser');
    const list = screen.getByRole('listbox', { name: 'Indsatser' });
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    const reached = screen.getByLabelText<HTMLInputElement>(/^Deltagere, nået/);
    typeAndLeave(reached, '15');
    await waitFor(() => expect(api.doc().activities[0]?.participantsReached).toBe(15));
    const warning = await screen.findByText(
      'Der er nået flere deltagere end de 12 planlagte. Værdien er gemt – ret eventuelt det planlagte antal.',
    );
    expect(reached.getAttribute('aria-describedby')).toContain(warning.id);
  });
});
