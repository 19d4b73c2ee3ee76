// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planDocument } from '../fixtures';
import { openPlan } from '../planner/helpers';

/** The toggle where a competence's row meets a method's column in the matrix. */
function cell(competence: string, method: string): HTMLButtonElement {
  const grid = screen.getByRole('grid', { name: 'Kompetencer og metoder' });
  const titles = within(grid)
    .getAllByRole('columnheader')
    .map((th) => th.textContent);
  const column = titles.findIndex((title) => title?.startsWith(method));
  const row = within(grid).getByRole('rowheader', { name: competence }).closest('tr')!;
  return within(within(row).getAllByRole('gridcell')[column - 1]!).getByRole('button');
}

describe('undoing a change made in the matrix', () => {
  it('puts focus back on the cell where the pair was linked, and makes it the tab stop', async () => {
    const api = await openPlan('Kompetencer');
    fireEvent.click(screen.getByRole('button', { name: 'I matrix med metoderne' }));
    const target = () => cell('IT-sikkerhed', 'Sprints');
    expect(target().getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(target());
    await waitFor(() => expect(target().getAttribute('aria-pressed')).toBe('true'));
    expect(api.doc().competences).not.toEqual(planDocument.competences);

    // Ctrl+Z from outside any field: the plan's undo.
    const heading = screen.getByRole('heading', { level: 2, name: 'Kompetencer' });
    heading.focus();
    fireEvent.keyDown(heading, { key: 'z', ctrlKey: true });
    await screen.findByText(/^Fortrudt: /);
    expect(api.doc().competences).toEqual(planDocument.competences);
    await waitFor(() => expect(document.activeElement).toBe(target()));
    expect(target().getAttribute('aria-pressed')).toBe('false');
    expect(target().tabIndex).toBe(0);
  });
});
