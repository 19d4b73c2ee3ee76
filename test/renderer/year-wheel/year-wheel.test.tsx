// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultYearWheel } from '../../../src/shared/year-wheel';
import { openPlan } from '../planner/helpers';
import { yearDocument, yearIds } from './year-document';

const wheelScreen = () => screen.getByRole('region', { name: 'Årshjul' });

describe('the årshjul screen', () => {
  it('shows the items month by month from the period’s first month, and the next item', async () => {
    await openPlan('Årshjul', yearDocument());
    const list = within(wheelScreen()).getByRole('group', {
      name: 'Årshjulets punkter måned for måned',
    });
    const months = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent?.replace(/ – denne måned$/, ''));
    expect(months.slice(0, 3)).toEqual(['Januar', 'Februar', 'Marts']);
    const march = within(list).getByRole('region', { name: /^Marts/ });
    expect(within(march).getByRole('heading', { name: 'MUS-runde' })).toBeTruthy();
    expect(within(march).getByText('MUS og GRUS · Ansvarlig: Ledelsen')).toBeTruthy();
    expect(within(wheelScreen()).getByText(/^Næste punkt: /)).toBeTruthy();
    expect(within(wheelScreen()).getByRole('img', { name: /^Årshjulet som tegning/ })).toBeTruthy();
  });

  it('draws each kind in a shape of its own, on the wheel and in its legend', async () => {
    const doc = yearDocument();
    await openPlan('Årshjul', doc);
    const wheel = within(wheelScreen()).getByRole('img', { name: /^Årshjulet som tegning/ });
    // What is left of a mark without its colour: its element, its corners, and whether it is hollow.
    const outline = (mark: Element) =>
      [
        mark.tagName,
        mark.getAttribute('points')?.split(' ').length ?? 0,
        mark.getAttribute('fill') === '#ffffff',
      ].join(':');
    const kinds = [...new Set(doc.yearItems.map((i) => i.kind))];
    expect(kinds.length).toBeGreaterThan(2);
    const onWheel = kinds.map((kind) => {
      const item = doc.yearItems.find((i) => i.kind === kind)!;
      return outline(wheel.querySelector(`[data-item-id="${item.id}"]`)!);
    });
    expect(new Set(onWheel).size).toBe(kinds.length);
    const legend = within(wheelScreen()).getByRole('list', { name: 'Signaturforklaring' });
    const inLegend = [...legend.querySelectorAll('svg > *')].map(outline);
    expect(new Set(inLegend)).toEqual(new Set(onWheel));
  });

  it('adds an item in the chosen month, as one create call', async () => {
    const api = await openPlan('Årshjul', yearDocument());
    const form = screen.getByRole('form', { name: 'Tilføj et punkt til årshjulet' });
    fireEvent.change(within(form).getByLabelText('Titel på det nye punkt'), {
      target: { value: 'Temadag om datadrevet ledelse' },
    });
    fireEvent.change(within(form).getByLabelText('Måned'), { target: { value: '10' } });
    fireEvent.change(within(form).getByLabelText('Type'), { target: { value: 'other' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tilføj punkt' }));

    await waitFor(() => expect(api.doc().yearItems).toHaveLength(4));
    expect(api.calls.createEntity).toEqual([
      {
        entity: 'yearItem',
        values: { month: 10, title: 'Temadag om datadrevet ledelse', kind: 'other' },
      },
    ]);
    const october = await screen.findByRole('region', { name: /^Oktober/ });
    expect(
      within(october).getByRole('heading', { name: 'Temadag om datadrevet ledelse' }),
    ).toBeTruthy();
  });

  it('refuses an item without a title and creates nothing', async () => {
    const api = await openPlan('Årshjul', yearDocument());
    const form = screen.getByRole('form', { name: 'Tilføj et punkt til årshjulet' });
    fireEvent.click(within(form).getByRole('button', { name: 'Tilføj punkt' }));
    expect(await within(form).findByRole('alert')).toBeTruthy();
    expect(api.calls.createEntity).toBeUndefined();
    expect(api.doc().yearItems).toHaveLength(3);
  });

  it('restores the default items that are missing and leaves the committee’s own alone', async () => {
    const doc = yearDocument();
    const api = await openPlan('Årshjul', doc);
    const defaults = defaultYearWheel(doc.plan.periodStart, doc.plan.periodEnd);
    fireEvent.click(screen.getByRole('button', { name: 'Gendan standardårshjul' }));

    // The kick-off meeting and the MUS round are there already (same month, same title).
    const expected = defaults.length - 2;
    expect(
      await screen.findByText(
        `${String(expected)} punkter fra standardårshjulet er tilføjet.`,
        {},
        { timeout: 15_000 },
      ),
    ).toBeTruthy();
    const items = api.doc().yearItems;
    expect(items).toHaveLength(3 + expected);
    expect(items.slice(0, 3).map((i) => i.id)).toEqual([yearIds.kickoff, yearIds.own, yearIds.mus]);
    expect(items.filter((i) => i.title === 'SU-møde: kompetenceplanen sættes i gang')).toHaveLength(
      1,
    );
    expect(api.calls.deleteEntity).toBeUndefined();
    expect(api.calls.updateEntity).toBeUndefined();

    // Nothing is missing any more: no button to restore, and focus stays on what happened.
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /standardårshjul$/ })).toBeNull(),
    );
    expect(document.activeElement?.textContent).toBe(
      `${String(expected)} punkter fra standardårshjulet er tilføjet.`,
    );
    expect(api.doc().yearItems).toHaveLength(3 + expected);
  });

  it('offers to add the default wheel to a plan that never had it, and to restore it only where items are missing', async () => {
    const own = yearDocument().yearItems.filter((item) => item.id === yearIds.own);
    const api = await openPlan('Årshjul', yearDocument({ yearItems: own }));
    const defaults = defaultYearWheel(api.doc().plan.periodStart, api.doc().plan.periodEnd);
    expect(screen.queryByRole('button', { name: 'Gendan standardårshjul' })).toBeNull();
    const add = screen.getByRole('button', { name: 'Tilføj standardårshjul' });
    expect(add.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(add.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Tilføjer et forslag til årshjulet/,
    );
    fireEvent.click(add);
    expect(
      await screen.findByText(
        `${String(defaults.length)} punkter fra standardårshjulet er tilføjet.`,
        {},
        { timeout: 15_000 },
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /standardårshjul$/ })).toBeNull();
  });

  it('selects an item in the list when its dot in the wheel is clicked, and the dot when the list has focus', async () => {
    await openPlan('Årshjul', yearDocument());
    const wheel = within(wheelScreen()).getByRole('img', { name: /^Årshjulet som tegning/ });
    const dot = wheel.querySelector(`[data-item-id="${yearIds.mus}"]`);
    expect(dot).not.toBeNull();
    fireEvent.click(dot!);
    const row = screen.getByRole('heading', { name: 'MUS-runde' }).closest('li')!;
    await waitFor(() => expect(document.activeElement).toBe(row));
    expect(row.getAttribute('aria-current')).toBe('true');
    expect(dot!.getAttribute('class')).toContain('wheel-mark-selected');

    fireEvent.focus(
      screen.getByRole('button', {
        name: 'Redigér »Nytårskur med temaoplæg om kunstig intelligens«',
      }),
    );
    await waitFor(() =>
      expect(
        wheel.querySelector(`[data-item-id="${yearIds.own}"]`)?.getAttribute('class'),
      ).toContain('wheel-mark-selected'),
    );
  });

  it('edits an item’s owner and deletes an item with undo offered', async () => {
    const api = await openPlan('Årshjul', yearDocument());
    fireEvent.click(screen.getByRole('button', { name: 'Redigér »MUS-runde«' }));
    fireEvent.change(screen.getByLabelText('Ansvarlig'), { target: { value: '4' } });
    await waitFor(() =>
      expect(api.doc().yearItems.find((i) => i.id === yearIds.mus)?.ownerRole).toBe('hr'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Slet »MUS-runde«' }));
    await waitFor(() => expect(api.doc().yearItems.map((i) => i.id)).not.toContain(yearIds.mus));
    expect(
      await screen.findByRole('button', { name: 'Fortryd sletningen af »MUS-runde«' }),
    ).toBeTruthy();
  });
});
