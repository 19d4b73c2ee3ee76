// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureTable, type FigureColumn } from '../../src/renderer/components/FigureTable';

interface Source {
  name: string;
  planned: string;
  spent: string;
}

const rows: Source[] = [
  { name: 'Kompetencefonden', planned: '120.000 kr.', spent: '80.000 kr.' },
  { name: 'Egen drift', planned: '40.000 kr.', spent: '5.000 kr.' },
];
const columns: FigureColumn<Source>[] = [
  { key: 'planned', header: 'Budget', numeric: true, nowrap: true, cell: (r) => r.planned },
  { key: 'spent', header: 'Brugt', numeric: true, cell: (r) => r.spent, total: '85.000 kr.' },
];

afterEach(cleanup);

describe('a table of figures', () => {
  it('is named by its caption and heads every row and column for a screen reader', () => {
    render(
      <FigureTable
        className="chart-table"
        caption="Budget pr. finansiering"
        captionHidden
        rowHeader={{ header: 'Finansiering', cell: (r) => r.name }}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.name}
        totalLabel="I alt"
      />,
    );
    const table = screen.getByRole('table', { name: 'Budget pr. finansiering' });
    expect(table.className).toBe('table table--compact chart-table');
    expect(table.querySelector('caption')?.className).toBe('sr-only');

    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => [h.textContent, h.getAttribute('scope'), h.className])).toEqual([
      ['Finansiering', 'col', ''],
      ['Budget', 'col', 'numeric'],
      ['Brugt', 'col', 'numeric'],
    ]);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['Kompetencefonden', 'row'],
      ['Egen drift', 'row'],
      ['I alt', 'row'],
    ]);

    const [first] = table.querySelectorAll('tbody tr');
    const cells = Array.from(first!.querySelectorAll('td'));
    expect(cells.map((c) => [c.textContent, c.className])).toEqual([
      ['120.000 kr.', 'numeric nowrap'],
      ['80.000 kr.', 'numeric'],
    ]);
    const totals = Array.from(table.querySelectorAll('tfoot td'));
    expect(totals.map((c) => c.textContent)).toEqual(['', '85.000 kr.']);
  });

  it('shows its caption, scrolls on its own and has no totals row unless asked', () => {
    const { container } = render(
      <FigureTable
        scroll
        className="evaluation-table"
        caption="Omkostninger"
        rowHeader={{ header: 'Finansiering', nowrap: true, cell: (r) => r.name }}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.name}
      />,
    );
    const table = screen.getByRole('table', { name: 'Omkostninger' });
    expect(table.querySelector('caption')?.className).toBe('');
    expect(table.parentElement?.className).toBe('table-scroll');
    expect(container.firstElementChild).toBe(table.parentElement);
    expect(table.querySelector('tfoot')).toBeNull();
    expect(within(table).getAllByRole('rowheader')[0]?.className).toBe('nowrap');
  });
});
