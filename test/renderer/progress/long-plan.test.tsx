// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Activity } from '../../../src/shared/model/entities';
import { ids } from '../fixtures';
import { progressDocument, TODAY } from './fixture';
import { openStep } from './render';

const COUNT = 2000;
const base = progressDocument.activities[0] as Activity;

/** 2,000 dated activities under two competences, most of them past their end on TODAY. */
function longPlan(): PlanDocument {
  const activities = Array.from({ length: COUNT }, (_, i): Activity => {
    const month = String((i % 12) + 1).padStart(2, '0');
    return {
      ...base,
      id: `30000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      title: `Indsats nummer ${i + 1}`,
      competenceIds: [i % 2 === 0 ? ids.workflows : ids.security],
      start: `2025-${month}-01`,
      end: `2025-${month}-20`,
      status: 'planned',
      progress: 0,
    };
  });
  return { ...progressDocument, activities };
}

describe('a plan with 2,000 activities', () => {
  it('draws only the timeline’s rows in view, and the keys still reach the last activity', async () => {
    await openStep('Tidslinje', longPlan(), { today: TODAY });
    const chart = await screen.findByRole('group', { name: /^Tidslinje med 2000 indsatser/ });
    const drawn = () => chart.querySelectorAll('[data-bar-key]').length;
    expect(drawn()).toBeGreaterThan(5);
    expect(drawn()).toBeLessThan(100);

    const first = within(chart).getAllByRole('button')[0]!;
    expect(first.getAttribute('aria-label')).toMatch(/^Indsats nummer 1:/);
    first.focus();
    fireEvent.keyDown(first, { key: 'End' });
    // Security's activities come last: the odd ones, the last of them number 2000.
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Indsats nummer 2000:/);
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Indsats nummer 1998:/);
    expect(drawn()).toBeLessThan(100);
  });

  it('draws only the table view’s rows in view, and says how many rows the table has', async () => {
    await openStep('Tidslinje', longPlan(), { today: TODAY });
    fireEvent.click(await screen.findByRole('button', { name: 'Vis som tabel' }));
    const table = screen.getByRole('table', { name: 'Indsatserne i tidsorden' });
    const drawn = within(table).getAllByRole('row', { name: /^Indsats nummer/ });
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(100);
    expect(table.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    expect(drawn[0]?.getAttribute('aria-rowindex')).toBe('2');
  });

  it('lists a window of the 2,000 overdue activities, each saying where it is in the list', async () => {
    await openStep('Fremdrift', longPlan(), { today: TODAY });
    const overdue = await screen.findByRole('group', { name: /^Overskredet/ });
    const items = within(overdue).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(100);
    expect(items[0]?.getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(items[0]?.getAttribute('aria-posinset')).toBe('1');
    // The list scrolls in a box of its own, named by the list's heading, that the keys can reach.
    const box = within(overdue).getByRole('region', { name: /^Overskredet/ });
    expect(box.tabIndex).toBe(0);
  });
});
