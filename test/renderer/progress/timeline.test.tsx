// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from '../fixtures';
import { more, progressDocument, TODAY } from './fixture';
import { normalise, openStep } from './render';

const chart = () => screen.getByRole('group', { name: /^Tidslinje med/ });
const bar = (title: RegExp) => within(chart()).getAllByRole('button', { name: title })[0]!;
const lastUpdate = (api: Awaited<ReturnType<typeof openStep>>) => api.calls.updateEntity?.at(-1);

describe('Tidslinje: the activities on a month axis', () => {
  it('draws the dated activities under their competences, names each bar, and lists the undated', async () => {
    await openStep('Tidslinje', progressDocument, { today: TODAY });
    expect(chart().getAttribute('aria-label')).toBe(
      'Tidslinje med 5 indsatser, januar 2026 – juni 2027. Den stiplede lodrette linje er i dag.',
    );
    const headings = [...chart().querySelectorAll('text[font-weight="600"]')].map(
      (t) => t.textContent,
    );
    expect(headings).toEqual(['Optimering af arbejdsgange (3)', 'IT-sikkerhed (2)']);
    expect(normalise(bar(/^Superbrugeruddannelse/).getAttribute('aria-label'))).toBe(
      'Superbrugeruddannelse i sagsbehandlingssystemet: 2. feb. 2026 – 30. apr. 2026. I gang, 40 % gennemført.',
    );
    expect(bar(/^Øvelse i at genkende phishing/).getAttribute('aria-label')).toContain(
      'fra 4. maj 2026, uden slutdato',
    );
    const undated = screen.getByRole('region', { name: 'Indsatser uden datoer (1)' });
    expect(normalise(undated.textContent)).toContain('Temadag om kunstig intelligens');
  });

  it('moves an activity a week with the arrow keys, one updateEntity call per key', async () => {
    const api = await openStep('Tidslinje', progressDocument, { today: TODAY });
    const superusers = bar(/^Superbrugeruddannelse/);
    superusers.focus();
    fireEvent.keyDown(superusers, { key: 'ArrowRight' });
    await waitFor(() =>
      expect(lastUpdate(api)).toEqual({
        entity: 'activity',
        id: ids.superusers,
        patch: { start: '2026-02-09', end: '2026-05-07' },
      }),
    );
    fireEvent.keyDown(bar(/^Superbrugeruddannelse/), { key: 'ArrowLeft' });
    await waitFor(() => expect(api.calls.updateEntity).toHaveLength(2));
    expect(lastUpdate(api)?.patch).toEqual({ start: '2026-02-02', end: '2026-04-30' });

    // Shift moves the end only.
    fireEvent.keyDown(bar(/^Superbrugeruddannelse/), { key: 'ArrowRight', shiftKey: true });
    await waitFor(() => expect(api.calls.updateEntity).toHaveLength(3));
    expect(lastUpdate(api)?.patch).toEqual({ end: '2026-05-07' });
    expect(api.doc().activities[0]).toMatchObject({ start: '2026-02-02', end: '2026-05-07' });
    expect((await screen.findByText(/ligger nu/)).getAttribute('role')).toBe('status');
    expect(normalise(screen.getByText(/ligger nu/).textContent)).toBe(
      '»Superbrugeruddannelse i sagsbehandlingssystemet« ligger nu 2. feb. 2026 – 7. maj 2026.',
    );
  });

  it('gives an activity with only a start an end a week later on Shift+Right', async () => {
    const api = await openStep('Tidslinje', progressDocument, { today: TODAY });
    fireEvent.keyDown(bar(/^Øvelse i at genkende phishing/), { key: 'ArrowRight', shiftKey: true });
    await waitFor(() =>
      expect(lastUpdate(api)).toEqual({
        entity: 'activity',
        id: ids.phishing,
        patch: { end: '2026-05-11' },
      }),
    );
  });

  it('shows the core’s refusal at the chart when the end would come before the start', async () => {
    const api = await openStep('Tidslinje', progressDocument, { today: TODAY });
    fireEvent.keyDown(bar(/^Opfølgningsmøde/), { key: 'ArrowLeft', shiftKey: true });
    const alert = await screen.findByRole('alert');
    expect(normalise(alert.textContent)).toBe(
      '»Opfølgningsmøde om phishing« blev ikke flyttet: Slutdatoen ligger før startdatoen.',
    );
    expect(api.calls.updateEntity?.[0]?.patch).toEqual({ end: '2026-05-25' });
    expect(api.doc().activities.find((a) => a.id === more.meeting)?.end).toBe('2026-06-01');
    // The refusal is not left behind on the activity's own form.
    expect(
      Object.keys((await import('../../../src/renderer/store')).useAppStore.getState().fieldErrors),
    ).toEqual([]);
  });

  it('walks the bars with Up and Down, and opens and closes the details with Enter and Escape', async () => {
    await openStep('Tidslinje', progressDocument, { today: TODAY });
    const first = bar(/^Superbrugeruddannelse/);
    expect(first.getAttribute('tabindex')).toBe('0');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Workshop om arbejdsgange/);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Opfølgningsmøde/);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(bar(/^Superbrugeruddannelse/));

    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const details = screen.getByRole('region', {
      name: 'Superbrugeruddannelse i sagsbehandlingssystemet',
    });
    expect(document.activeElement).toBe(within(details).getByRole('heading'));
    expect(normalise(details.textContent)).toContain('AnsvarligMette Aagaard');
    expect(normalise(details.textContent)).toContain('Deltagere8 nået af 12 planlagt');
    expect(bar(/^Superbrugeruddannelse/).getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(details, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: /^Superbrugeruddannelse/ })).toBeNull();
    expect(document.activeElement).toBe(bar(/^Superbrugeruddannelse/));
  });

  it('moves a bar by dragging it, snapped to whole weeks, in one call', async () => {
    const api = await openStep('Tidslinje', progressDocument, { today: TODAY });
    // jsdom measures nothing, so the chart is drawn 960 px wide over January 2026 – June 2027.
    const pxPerDay = (960 - 260 - 12) / 546;
    const rect = bar(/^Superbrugeruddannelse/).querySelector('[data-part="bar"]')!;
    const svg = chart();
    fireEvent.pointerDown(rect, { pointerId: 1, clientX: 400, button: 0 });
    fireEvent.pointerMove(svg, { pointerId: 1, clientX: 400 + 5 * pxPerDay });
    fireEvent.pointerMove(svg, { pointerId: 1, clientX: 400 + 12 * pxPerDay });
    expect(api.calls.updateEntity).toBeUndefined();
    fireEvent.pointerUp(svg, { pointerId: 1, clientX: 400 + 12 * pxPerDay });
    await waitFor(() =>
      expect(lastUpdate(api)).toEqual({
        entity: 'activity',
        id: ids.superusers,
        patch: { start: '2026-02-16', end: '2026-05-14' },
      }),
    );
    expect(api.calls.updateEntity).toHaveLength(1);
  });

  it('changes only the end when the right end of a bar is dragged, by days when asked', async () => {
    const api = await openStep('Tidslinje', progressDocument, { today: TODAY });
    fireEvent.click(screen.getByRole('button', { name: 'dage' }));
    const pxPerDay = (960 - 260 - 12) / 546;
    const handle = bar(/^Superbrugeruddannelse/).querySelector('[data-handle="end"]')!;
    fireEvent.pointerDown(handle, { pointerId: 1, clientX: 500, button: 0 });
    fireEvent.pointerMove(chart(), { pointerId: 1, clientX: 500 - 4 * pxPerDay });
    fireEvent.pointerUp(chart(), { pointerId: 1, clientX: 500 - 4 * pxPerDay });
    await waitFor(() => expect(lastUpdate(api)?.patch).toEqual({ end: '2026-04-26' }));
  });

  it('groups by target group and zooms to a quarter with a way to the next', async () => {
    await openStep('Tidslinje', progressDocument, { today: TODAY });
    fireEvent.click(screen.getByRole('button', { name: 'Målgruppe' }));
    const headings = [...chart().querySelectorAll('text[font-weight="600"]')].map(
      (t) => t.textContent,
    );
    expect(headings).toEqual(['Sagsbehandlere (3)', 'Teamledere (3)']);
    fireEvent.click(screen.getByRole('button', { name: 'Kvartal' }));
    expect(screen.getByRole('button', { name: 'Kvartal' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(chart().getAttribute('aria-label')).toContain('2. kvartal 2026');
    fireEvent.click(screen.getByRole('button', { name: /Næste kvartal/ }));
    expect(chart().getAttribute('aria-label')).toContain('3. kvartal 2026');
    // An activity outside the quarter says where it is, at the edge it lies beyond.
    expect(normalise(chart().textContent)).toContain('◀ 30. apr. 2026');
    fireEvent.click(screen.getByRole('button', { name: 'År' }));
    expect(chart().getAttribute('aria-label')).toContain(', 2026.');
  });

  it('shows the same activities as a table on request', async () => {
    await openStep('Tidslinje', progressDocument, { today: TODAY });
    fireEvent.click(screen.getByRole('button', { name: 'Vis som tabel' }));
    const table = screen.getByRole('table', { name: 'Indsatserne i tidsorden' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => normalise(r.textContent));
    expect(rows[0]).toBe(
      'Workshop om arbejdsgange12. jan. 202616. jan. 2026Gennemført100 %Optimering af arbejdsgange',
    );
    expect(rows).toHaveLength(6);
    expect(rows.at(-1)).toContain('Temadag om kunstig intelligens');
  });

  it('moves nothing in a read-only plan and says why', async () => {
    const api = await openStep('Tidslinje', progressDocument, { today: TODAY, readOnly: true });
    fireEvent.keyDown(bar(/^Superbrugeruddannelse/), { key: 'ArrowRight' });
    expect(normalise(screen.getByRole('alert').textContent)).toBe(
      'Planen er åbnet skrivebeskyttet, så datoerne kan ikke ændres.',
    );
    expect(api.calls.updateEntity).toBeUndefined();
    expect(screen.queryByRole('group', { name: 'Træk i hele' })).toBeNull();
  });
});
