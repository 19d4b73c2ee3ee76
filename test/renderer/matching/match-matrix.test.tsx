// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MatchMatrix } from '../../../src/renderer/screens/matching/matrix/MatchMatrix';
import { CompetencesSection } from '../../../src/renderer/screens/plan/CompetencesSection';
import { ids, planDocument } from '../fixtures';
import { renderWithPlan } from './render-section';

function grid(): HTMLElement {
  return screen.getByRole('grid', { name: 'Kompetencer og metoder' });
}

const columnTitles = () =>
  within(grid())
    .getAllByRole('columnheader')
    .map((th) => th.textContent);

/** The toggle in the cell where a competence's row meets a method's column. */
function cell(competence: string, method: string): HTMLButtonElement {
  const column = columnTitles().findIndex((title) => title?.startsWith(method));
  const row = within(grid()).getByRole('rowheader', { name: competence }).closest('tr')!;
  const cells = within(row).getAllByRole('gridcell');
  return within(cells[column - 1]!).getByRole<HTMLButtonElement>('button');
}

const pressed = (button: HTMLElement) => button.getAttribute('aria-pressed');

/**
 * Waits until the pair shows `state` and takes keys again: the matrix holds further toggles back
 * (aria-disabled) until the core has answered the last one, so a key pressed before then is lost.
 */
async function settled(competence: string, method: string, state: 'true' | 'false') {
  await waitFor(() => {
    const button = cell(competence, method);
    expect(pressed(button)).toBe(state);
    expect(button.getAttribute('aria-disabled')).toBeNull();
  });
}

describe('the matrix of competences and methods', () => {
  it('shows every pairing with its strength in words and whether the plan uses it', async () => {
    await renderWithPlan(<MatchMatrix />, planDocument);
    expect(columnTitles()).toEqual(['Kompetence', 'Train the trainer', 'Sprints']);
    expect(
      within(grid())
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Optimering af arbejdsgange', 'IT-sikkerhed']);
    const sprints = cell('Optimering af arbejdsgange', 'Sprints');
    expect(sprints.textContent).toContain('Passer');
    expect(pressed(sprints)).toBe('true');
    const none = cell('Optimering af arbejdsgange', 'Train the trainer');
    expect(none.textContent).toContain('Intet forslag');
    expect(pressed(none)).toBe('false');
    expect(screen.getByText('Forklaring')).toBeTruthy();
  });

  it('moves with the arrow keys, keeps one tab stop and toggles with Space and Enter', async () => {
    const { api } = await renderWithPlan(<MatchMatrix />, planDocument);
    const tabStops = () =>
      within(grid())
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0);
    expect(tabStops()).toEqual([cell('Optimering af arbejdsgange', 'Train the trainer')]);

    const first = cell('Optimering af arbejdsgange', 'Train the trainer');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell('Optimering af arbejdsgange', 'Sprints'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    const target = cell('IT-sikkerhed', 'Sprints');
    expect(document.activeElement).toBe(target);
    expect(tabStops()).toEqual([target]);
    // Past the edge nothing moves.
    fireEvent.keyDown(target, { key: 'ArrowDown' });
    fireEvent.keyDown(target, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(target);

    fireEvent.keyDown(target, { key: ' ' });
    await settled('IT-sikkerhed', 'Sprints', 'true');
    expect(api.edits.addLink).toEqual([
      { kind: 'competence-method', fromId: ids.security, toId: ids.sprints },
    ]);
    expect(document.activeElement).toBe(cell('IT-sikkerhed', 'Sprints'));

    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await settled('IT-sikkerhed', 'Sprints', 'false');
    expect(api.edits.removeLink).toEqual([
      { kind: 'competence-method', fromId: ids.security, toId: ids.sprints },
    ]);

    fireEvent.keyDown(document.activeElement!, { key: 'Home', ctrlKey: true });
    expect(document.activeElement).toBe(cell('Optimering af arbejdsgange', 'Train the trainer'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(cell('Optimering af arbejdsgange', 'Sprints'));
  });

  it('adds a catalogue method to the plan when its cell is switched on', async () => {
    const { api } = await renderWithPlan(<MatchMatrix />, planDocument);
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Vis også katalogets metoder, som ikke er i planen endnu',
      }),
    );
    const courses = 'Kurser og uddannelse koblet med anvendelse i praksis';
    expect(columnTitles()).toContain(`${courses}Ikke i planen`);
    const button = cell('Optimering af arbejdsgange', courses);
    expect(button.textContent).toContain('Passer godt');
    button.focus();
    fireEvent.keyDown(button, { key: 'Enter' });

    await waitFor(() => expect(api.edits.addLink).toHaveLength(1));
    expect(api.edits.createEntity[0]).toMatchObject({
      entity: 'method',
      values: { catalogKey: 'courses-in-practice', title: courses },
    });
    const created = api.doc().methods.find((m) => m.catalogKey === 'courses-in-practice')!;
    expect(api.edits.addLink[0]).toEqual({
      kind: 'competence-method',
      fromId: ids.workflows,
      toId: created.id,
    });
    // The column is now the plan's own, and focus followed it there.
    await waitFor(() => expect(columnTitles()).toContain(courses));
    await waitFor(() =>
      expect(document.activeElement).toBe(cell('Optimering af arbejdsgange', courses)),
    );
    await waitFor(() => expect(pressed(document.activeElement as HTMLElement)).toBe('true'));
  });

  it('offers the catalogue’s methods at once when the plan has none', async () => {
    const doc = structuredClone(planDocument);
    doc.methods = [];
    for (const c of doc.competences) c.methodIds = [];
    for (const a of doc.activities) a.methodIds = [];
    await renderWithPlan(<MatchMatrix />, doc);
    expect(columnTitles()).toHaveLength(12);
  });

  it('shows the pairs but changes nothing in a plan opened read-only', async () => {
    const { api } = await renderWithPlan(<MatchMatrix />, planDocument, { readOnly: true });
    const button = cell('IT-sikkerhed', 'Sprints');
    await act(async () => {
      fireEvent.click(button);
      fireEvent.keyDown(button, { key: ' ' });
      await Promise.resolve();
    });
    expect(api.edits.addLink).toHaveLength(0);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('is one press away on the competences screen', async () => {
    await renderWithPlan(<CompetencesSection />, planDocument);
    const matrixButton = screen.getByRole('button', { name: 'I matrix med metoderne' });
    expect(matrixButton.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(matrixButton);
    expect(matrixButton.getAttribute('aria-pressed')).toBe('true');
    expect(grid()).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Planens kompetencer' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Med forslag til metoder' }));
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByRole('list', { name: 'Planens kompetencer' })).toBeTruthy();
  });
});
