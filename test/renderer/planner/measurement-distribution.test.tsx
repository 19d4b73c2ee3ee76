// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planDocument } from '../fixtures';
import { openPlan } from './helpers';

const [baseline] = planDocument.measurements;
/** Danish puts a no-break space between a number and its per cent sign. */
const NBSP = '\u00a0';

describe('a measurement’s card on Målinger', () => {
  it('shows a survey’s answers per level, named in the plan’s own words, with shares and the total', async () => {
    await openPlan('Målinger', {
      ...planDocument,
      plan: { ...planDocument.plan, levelMeanings: ['', '', 'Bruger det i hverdagen', '', ''] },
      measurements: [
        { ...baseline!, distribution: [0, 1, 4, 2, 1], respondents: 8 },
        // Entered by hand: a level, no answers per step.
        { ...baseline!, id: '22222222-2222-4222-8222-222222222222', date: '2027-01-15' },
      ],
    });
    const tables = await screen.findAllByRole('table', { name: 'Besvarelser fordelt på niveauer' });
    expect(tables).toHaveLength(1);
    const rows = within(tables[0]!)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Niveau', 'Besvarelser', 'Andel'],
      ['1 · Kender ikke til det', '0', `0${NBSP}%`],
      ['2 · Kender til det og kan bruge det med hjælp', '1', `13${NBSP}%`],
      ['3 · Bruger det i hverdagen', '4', `50${NBSP}%`],
      ['4 · Bruger det sikkert, også i nye og mere komplekse opgaver', '2', `25${NBSP}%`],
      ['5 · Kan lære andre det', '1', `13${NBSP}%`],
      ['I alt', '8', ''],
    ]);
    // The table belongs to its own card, not to the hand-entered measurement's.
    const card = tables[0]!.closest('li')!;
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toContain('15. jan. 2026');
  });
});
