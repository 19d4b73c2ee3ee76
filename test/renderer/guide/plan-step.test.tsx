// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPeriod } from '../../../src/renderer/screens/guide/default-period';
import { useAppStore } from '../../../src/renderer/store';
import { findStep, newPlan, next, renderGuide, stepHeading } from './helpers';

describe('step 1: the plan’s name, organisation, unit and period', () => {
  beforeEach(() => {
    // Only the clock is pretend; promises and timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 27, 10, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers twelve months from next month and saves the plan’s frame in one edit', async () => {
    const { api } = await renderGuide();
    expect(stepHeading()).toBe(
      screen.getByRole('heading', { name: 'Trin 1 af 6: Planens navn og periode' }),
    );
    expect(document.activeElement).toBe(stepHeading());
    expect(screen.getByLabelText<HTMLInputElement>('Planen gælder fra').value).toBe('1. dec. 2026');
    expect(screen.getByLabelText<HTMLInputElement>('Planen gælder til').value).toBe(
      '30. nov. 2027',
    );

    fireEvent.change(screen.getByLabelText(/^Planens titel/), {
      target: { value: 'Kompetenceplan 2027' },
    });
    fireEvent.change(screen.getByLabelText('Organisation'), {
      target: { value: 'Styrelsen for Data og Service' },
    });
    fireEvent.change(screen.getByLabelText('Enhed'), {
      target: { value: 'Center for Borgerservice' },
    });
    await next(2);

    expect(api.calls.updatePlan).toEqual([
      {
        patch: {
          title: 'Kompetenceplan 2027',
          organisation: 'Styrelsen for Data og Service',
          unit: 'Center for Borgerservice',
          periodStart: '2026-12-01',
          periodEnd: '2027-11-30',
        },
      },
    ]);
    expect(api.doc().plan).toMatchObject({ title: 'Kompetenceplan 2027', periodEnd: '2027-11-30' });
  });

  it('writes nothing when moving on without changes to a plan that has its frame', async () => {
    const doc = newPlan();
    doc.plan.periodStart = '2027-01-01';
    doc.plan.periodEnd = '2027-12-31';
    const { api } = await renderGuide(doc);
    await next(2);
    expect(api.calls.updatePlan).toBeUndefined();
  });

  it('refuses an empty title and an end before the start, next to the fields', async () => {
    const { api } = await renderGuide();
    fireEvent.change(screen.getByLabelText(/^Planens titel/), { target: { value: '  ' } });
    fireEvent.change(screen.getByLabelText('Planen gælder til'), {
      target: { value: '2026-06-30' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Næste' }));

    expect(await screen.findByText('Skriv en titel på planen.')).toBeTruthy();
    expect(screen.getByText('Slutdatoen skal ligge efter startdatoen.')).toBeTruthy();
    expect(screen.getByLabelText(/^Planens titel/).getAttribute('aria-invalid')).toBe('true');
    await findStep(1);
    expect(api.calls.updatePlan).toBeUndefined();
  });

  it('keeps the step when the core refuses, with the core’s message beside the field', async () => {
    const { api } = await renderGuide();
    fireEvent.change(screen.getByLabelText(/^Planens titel/), {
      target: { value: 'x'.repeat(201) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
    await waitFor(() => expect(api.calls.updatePlan).toHaveLength(1));
    expect(await screen.findByText(/Trinnet blev ikke gemt helt/)).toBeTruthy();
    await findStep(1);
    expect(Object.keys(useAppStore.getState().fieldErrors)).toEqual(['plan::title']);
  });
});

describe('step 1: the committee’s members', () => {
  it('asks who sits in the committee and adds each one with a name, and none without', async () => {
    const { api } = await renderGuide();
    await findStep(1);
    const members = screen.getByRole('region', { name: 'Hvem sidder i samarbejdsudvalget?' });
    fireEvent.click(within(members).getByRole('button', { name: 'Tilføj medlem' }));
    expect((await within(members).findByRole('alert')).textContent).toBe('Skriv medlemmets navn.');
    expect(api.calls.createEntity).toBeUndefined();

    // By role, not label: another React root in this test's document mints the same ids.
    const name = within(members).getByRole('textbox');
    fireEvent.change(name, { target: { value: 'Mette Aagaard' } });
    fireEvent.change(within(members).getByRole('combobox'), { target: { value: 'employee-rep' } });
    // Enter adds the member; it does not move the guide on.
    fireEvent.keyDown(name, { key: 'Enter' });
    await waitFor(() =>
      expect(api.doc().members.map((m) => [m.name, m.role])).toEqual([
        ['Mette Aagaard', 'employee-rep'],
      ]),
    );
    expect(
      (await within(members).findByRole('list', { name: 'Udvalgets medlemmer' })).textContent,
    ).toBe('Mette Aagaard (Medarbejderrepræsentant)');
    expect(name).toHaveProperty('value', '');
    await findStep(1);
    expect(api.calls.updatePlan).toBeUndefined();
  });
});

describe('the default period', () => {
  it('runs from the first of next month for twelve whole months, across the year end', () => {
    expect(defaultPeriod(new Date(2026, 11, 15))).toEqual({
      start: '2027-01-01',
      end: '2027-12-31',
    });
    expect(defaultPeriod(new Date(2027, 0, 31))).toEqual({
      start: '2027-02-01',
      end: '2028-01-31',
    });
  });
});
