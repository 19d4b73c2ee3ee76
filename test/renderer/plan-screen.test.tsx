// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyDocument, planDocument } from './fixtures';
import { colleague } from './planner/helpers';
import { openCore } from './real-core';
import { renderApp } from './render-app';

const normalise = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('plan screen', () => {
  it('opens on the overview with the plan’s facts in its fields', async () => {
    renderApp(await openCore({ plan: planDocument }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Kompetenceplan for den digitale omstilling 2026–2027',
      }),
    ).toBeTruthy();
    expect(screen.getByText('Kompetenceplan 2026.omstil')).toBeTruthy();
    const overview = screen.getByRole('region', { name: 'Overblik' });
    expect(within(overview).getByLabelText<HTMLInputElement>('Organisation').value).toBe(
      'Styrelsen for Data og Service',
    );
    expect(within(overview).getByLabelText<HTMLInputElement>('Planen gælder fra').value).toBe(
      '1. jan. 2026',
    );
    expect(
      within(overview).getByLabelText<HTMLSelectElement>('Status').selectedOptions[0]?.text,
    ).toBe('Vedtaget');
    const principles = within(overview).getByRole('group', { name: 'Principper' });
    expect(within(principles).getAllByRole('listitem')).toHaveLength(3);
    const karim = within(overview).getByRole('group', { name: 'Karim Nielsen' });
    expect(within(karim).getByLabelText<HTMLSelectElement>('Rolle').selectedOptions[0]?.text).toBe(
      'Tillidsrepræsentant',
    );
  });

  it('shows an activity in the list with its status, progress, dates and owner', async () => {
    renderApp(await openCore({ plan: planDocument }));
    const nav = await screen.findByRole('navigation', { name: 'Planens trin' });
    fireEvent.click(within(nav).getByRole('link', { name: /^Indsatser/ }));
    const list = screen.getByRole('listbox', { name: 'Indsatser' });
    const row = within(list).getByRole('option', { name: /Superbrugeruddannelse/ });
    expect(normalise(row.textContent)).toBe(
      'Superbrugeruddannelse i sagsbehandlingssystemetI gang2. feb. 2026 – 30. apr. 202640 % gennemførtAnsvarlig: Mette Aagaard',
    );
  });

  it('says in words when a step is empty', async () => {
    renderApp(await openCore({ plan: emptyDocument('Tom plan') }));
    const nav = await screen.findByRole('navigation', { name: 'Planens trin' });
    expect(screen.getByText('Der er endnu ingen medlemmer på listen.')).toBeTruthy();
    fireEvent.click(within(nav).getByRole('link', { name: /^Indsatser/ }));
    expect(screen.getByText('Der er endnu ingen indsatser.')).toBeTruthy();
    fireEvent.click(within(nav).getByRole('link', { name: /^Målinger/ }));
    expect(screen.getByText('Der er endnu ingen målinger.')).toBeTruthy();
    expect(
      screen.getByText(
        'Tilføj først en kompetence under Kompetencer; en måling gælder altid en kompetence.',
      ),
    ).toBeTruthy();
    expect(planDocument.measurements.length).toBeGreaterThan(0);
  });

  it('explains why a plan is read-only', async () => {
    const core = await openCore({ plan: planDocument, heldBy: colleague });
    renderApp(core);
    expect(await screen.findByText('Planen er åbnet skrivebeskyttet')).toBeTruthy();
    const notice = (await core.snapshot())?.file.notice?.message.da ?? '';
    expect(notice).toMatch(/^Åben hos Jens Brandt på PC-1042 siden /);
    expect(screen.getByText(notice)).toBeTruthy();
  });

  it('returns to the start screen when the plan is closed', async () => {
    const fake = await openCore({ plan: planDocument });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Luk plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Omstil' })).toBeTruthy();
    expect(fake.calls.closePlan).toHaveLength(1);
    // The start screen is new to the user, so focus goes to its heading.
    expect(document.activeElement?.textContent).toBe('Omstil');
  });
});
