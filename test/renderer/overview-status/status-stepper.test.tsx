// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../../src/renderer/screens/progress/today';
import { openPlan, typeAndLeave } from '../planner/helpers';
import { yearDocument } from '../year-wheel/year-document';

const steps = () => screen.getByRole('list', { name: 'Faser i planens forløb' });
const current = () => steps().querySelector('[aria-current="step"]')?.textContent ?? '';

describe('the plan’s status flow on the overview', () => {
  it('shows each step with its date, the current one marked', async () => {
    await openPlan(null, yearDocument());
    expect(current()).toContain('Vedtaget');
    expect(within(steps()).getByLabelText<HTMLInputElement>('Drøftet i SU den').value).toBe(
      '6. nov. 2025',
    );
    expect(within(steps()).getAllByText('Ikke nået')).toHaveLength(2);
  });

  it('moves on with today’s date and back again, keeping the decision date in step', async () => {
    const api = await openPlan(null, yearDocument());
    // The screen's "today" is the day of the click: between these two readings of the clock.
    const before = localToday();
    fireEvent.click(screen.getByRole('button', { name: 'Gå videre til »I gang«' }));
    await waitFor(() => expect(api.doc().plan.status).toBe('active'));
    expect([before, localToday()]).toContain(api.doc().plan.statusDates.active);
    expect(api.doc().plan.decisionDate).toBe('2025-11-27');
    expect(await screen.findByText('Planens status er nu »I gang«.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tilbage til »Vedtaget«' }));
    const back = await screen.findByRole('button', { name: 'Tilbage til »Drøftet i SU«' });
    const beforeBack = localToday();
    fireEvent.click(back);
    await waitFor(() => expect(api.doc().plan.status).toBe('discussed'));
    expect([beforeBack, localToday()]).toContain(api.doc().plan.statusDates.discussed);
    expect(api.doc().plan.statusDates).toMatchObject({
      draft: '2025-10-01',
      adopted: null,
      active: null,
    });
    expect(api.doc().plan.decisionDate).toBeNull();
    expect(current()).toContain('Drøftet i SU');
  });

  it('takes a corrected date, and the adopted step’s date is the decision date', async () => {
    const api = await openPlan(null, yearDocument());
    typeAndLeave(within(steps()).getByLabelText('Vedtaget i SU den'), '2025-12-02');
    await waitFor(() => expect(api.doc().plan.decisionDate).toBe('2025-12-02'));
    expect(api.doc().plan.statusDates.adopted).toBe('2025-12-02');
    expect(api.calls.updatePlan).toHaveLength(1);
  });
});
