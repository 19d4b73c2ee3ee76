// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlan, typeAndLeave } from './helpers';

afterEach(cleanup);

const endField = () => screen.getByLabelText<HTMLInputElement>('Planen gælder til');

describe('the date field', () => {
  it('reads Danish dates typed in any of the usual forms and shows them as the plan writes dates', async () => {
    const core = await openPlan();
    for (const [typed, stored, shown] of [
      ['31.12.2027', '2027-12-31', '31. dec. 2027'],
      ['1-2-2027', '2027-02-01', '1. feb. 2027'],
      ['15/03/27', '2027-03-15', '15. mar. 2027'],
      ['2027-04-30', '2027-04-30', '30. apr. 2027'],
    ] as const) {
      typeAndLeave(endField(), typed);
      await waitFor(() => expect(core.doc().plan.periodEnd).toBe(stored));
      // The field shows the saved date once the store has the core's answer, a moment later.
      await waitFor(() => expect(endField().value).toBe(shown));
    }
    // A plain text field, so the machine's locale never decides how the date is read.
    expect(endField().type).toBe('text');
  });

  it('keeps a date it cannot read in the field, names the form it expects, and saves nothing', async () => {
    const core = await openPlan();
    const before = core.doc().plan.periodEnd;
    typeAndLeave(endField(), '31.12');
    expect(await screen.findByText('Skriv datoen som dd.mm.åååå, fx 31.12.2027.')).toBeTruthy();
    expect(endField().value).toBe('31.12');
    expect(endField().getAttribute('aria-invalid')).toBe('true');
    typeAndLeave(endField(), '30.02.2027');
    expect(await screen.findByText(/^Den dato findes ikke\./)).toBeTruthy();
    expect(core.doc().plan.periodEnd).toBe(before);
  });

  it('shows English dates in the English interface and reads them back', async () => {
    const core = await openPlan(null, undefined, { language: 'en' });
    const field = screen.getByLabelText<HTMLInputElement>('The plan runs until');
    typeAndLeave(field, '31.12.2027');
    await waitFor(() => expect(core.doc().plan.periodEnd).toBe('2027-12-31'));
    // As in Danish: the field shows the saved date once the store has the core's answer.
    await waitFor(() => expect(field.value).toBe('31 Dec 2027'));
  });

  it('chooses a date in the calendar with the keyboard alone, and gives focus back', async () => {
    const core = await openPlan();
    typeAndLeave(endField(), '31.12.2027');
    await waitFor(() => expect(core.doc().plan.periodEnd).toBe('2027-12-31'));
    await waitFor(() => expect(endField().value).toBe('31. dec. 2027'));
    const button = screen.getByTitle('Vælg dato i kalenderen: Planen gælder til');
    fireEvent.click(button);
    const calendar = screen.getByRole('dialog', { name: 'Kalender: Planen gælder til' });
    expect(within(calendar).getByText('december 2027')).toBeTruthy();
    // Focus starts on the field's own date.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('31. dec. 2027');
    const grid = within(calendar).getByRole('table');
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    expect(within(calendar).getByText('januar 2028')).toBeTruthy();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'PageDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('8. feb. 2028');
    fireEvent.click(document.activeElement as HTMLElement);
    await waitFor(() => expect(core.doc().plan.periodEnd).toBe('2028-02-08'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    await waitFor(() => expect(endField().value).toBe('8. feb. 2028'));

    // Escape closes the calendar without choosing.
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(core.doc().plan.periodEnd).toBe('2028-02-08');
  });
});
