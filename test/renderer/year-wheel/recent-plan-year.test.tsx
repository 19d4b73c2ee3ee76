// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../fake-api';
import { renderApp } from '../render-app';

describe('where each recent plan stands in its year, on the start screen', () => {
  it('shows the status, the next årshjul item and a due evaluation, asking only for files that exist', async () => {
    const fake = createFakeApi(
      {},
      {
        recentPlanStatus: () =>
          Promise.resolve({
            ok: true,
            value: {
              status: 'active',
              nextItem: { month: 3, year: 2027, title: 'MUS-runde' },
              evaluationDue: { state: 'due', month: 11, year: 2026, months: 0 },
            },
          }),
      },
    );
    renderApp(fake);
    const recent = await screen.findByRole('region', { name: 'Senest åbnede planer' });
    const present = within(recent).getByRole('button', { name: /Kompetenceplan 2026\.omstil/ });
    expect(await within(present).findByText('Status: I gang')).toBeTruthy();
    expect(
      within(present).getByText('Næste punkt i årshjulet: MUS-runde (marts 2027)'),
    ).toBeTruthy();
    expect(within(present).getByText('Den årlige evaluering for 2026 mangler').className).toContain(
      'recent-year-due',
    );
    const missing = within(recent).getByRole('button', { name: /Gammel plan 2024\.omstil/ });
    expect(within(missing).queryByText(/^Status:/)).toBeNull();
  });

  it('shows the file alone when its plan cannot be read', async () => {
    const fake = createFakeApi(
      {},
      { recentPlanStatus: () => Promise.resolve({ ok: true, value: null }) },
    );
    renderApp(fake);
    const present = await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ });
    expect(present.textContent).toContain('Senest åbnet 27. november 2026');
    expect(within(present).queryByText(/^Status:/)).toBeNull();
  });
});
