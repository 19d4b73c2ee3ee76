// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from './fake-api';
import { emptyDocument, planDocument, snapshotOf } from './fixtures';
import { renderApp } from './render-app';

const normalise = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('plan screen', () => {
  it('shows the plan with its competences, activities and the owner by name', async () => {
    renderApp(createFakeApi({ open: snapshotOf() }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Kompetenceplan for den digitale omstilling 2026–2027',
      }),
    ).toBeTruthy();
    expect(screen.getByText('Kompetenceplan 2026.omstil')).toBeTruthy();

    const competences = screen.getByRole('region', { name: 'Kompetencer' });
    expect(
      within(competences).getByRole('heading', { name: 'Optimering af arbejdsgange' }),
    ).toBeTruthy();
    expect(within(competences).getByRole('heading', { name: 'IT-sikkerhed' })).toBeTruthy();
    expect(normalise(competences.textContent)).toContain(
      'Nye systemer og teknologier og Effektivisering og automatisering',
    );
    expect(within(competences).getByText('Kan kortlægge egen arbejdsgang')).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Indsatserne i planen' });
    const row = within(table).getByRole('row', { name: /Superbrugeruddannelse/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => normalise(cell.textContent));
    expect(cells).toEqual([
      'Mette Aagaard',
      '2. feb. 2026 – 30. apr. 2026',
      'I gang',
      '40 %',
      '1.250.000 kr.',
      '310.000 kr.',
      'Den Statslige Kompetencefond',
      '8 af 12',
      'Optimering af arbejdsgange',
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Ansvarlig' })).toBeTruthy();
  });

  it('shows the overview, committee and measurements in words', async () => {
    renderApp(createFakeApi({ open: snapshotOf() }));
    const overview = await screen.findByRole('region', { name: 'Overblik' });
    const text = normalise(overview.textContent);
    expect(text).toContain('Styrelsen for Data og Service');
    expect(text).toContain('1. januar 2026 – 30. juni 2027');
    expect(text).toContain('Vedtaget i SU27. november 2025');
    expect(within(overview).getAllByRole('listitem')).toHaveLength(3);
    const members = within(overview).getByRole('table', { name: 'Samarbejdsudvalget' });
    expect(
      within(members).getByRole('row', { name: /Karim Nielsen Tillidsrepræsentant/ }),
    ).toBeTruthy();

    const measurements = screen.getByRole('table', { name: 'Målingerne i planen' });
    const row = within(measurements).getByRole('row', { name: /Optimering af arbejdsgange/ });
    expect(normalise(row.textContent)).toBe(
      'Optimering af arbejdsgangeSagsbehandlere15. jan. 2026Nulpunktsmåling2,438Lært',
    );
  });

  it('counts each section in the navigation', async () => {
    renderApp(createFakeApi({ open: snapshotOf() }));
    const nav = await screen.findByRole('navigation', { name: 'Planens afsnit' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => normalise(link.textContent));
    expect(links[0]).toBe('Overblik');
    expect(links).toContain(`Indsatser2, ${planDocument.activities.length} i alt`);
    fireEvent.click(within(nav).getByRole('link', { name: /Målinger/ }));
    expect(document.activeElement?.id).toBe('section-measurements');
  });

  it('says in words when a section is empty', async () => {
    renderApp(createFakeApi({ open: snapshotOf(emptyDocument('Tom plan')) }));
    expect(await screen.findByText('Der er endnu ingen indsatser.')).toBeTruthy();
    expect(screen.getByText('Der er endnu ingen kompetencer.')).toBeTruthy();
    expect(screen.getByText('Der er endnu ingen målinger.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('explains why a plan is read-only', async () => {
    const snapshot = snapshotOf();
    snapshot.file.readOnly = true;
    snapshot.file.notice = {
      code: 'locked',
      message: {
        da: 'Planen er åben hos Jens Brandt på PC-1042 siden kl. 9.12.',
        en: 'The plan is open by Jens Brandt on PC-1042 since 9:12.',
      },
    };
    renderApp(createFakeApi({ open: snapshot }));
    expect(await screen.findByText('Planen er åbnet skrivebeskyttet')).toBeTruthy();
    expect(
      screen.getByText('Planen er åben hos Jens Brandt på PC-1042 siden kl. 9.12.'),
    ).toBeTruthy();
  });

  it('returns to the start screen when the plan is closed', async () => {
    const fake = createFakeApi({ open: snapshotOf() });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Luk plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Omstil' })).toBeTruthy();
    expect(fake.calls.closePlan).toHaveLength(1);
    // The start screen is new to the user, so focus goes to its heading.
    expect(document.activeElement?.textContent).toBe('Omstil');
  });
});
