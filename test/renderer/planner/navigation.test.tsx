// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyDocument, planDocument } from '../fixtures';
import { openPlan } from './helpers';

const normalise = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the plan’s steps', () => {
  it('lists the steps in the committee’s order with how far each has come', async () => {
    await openPlan();
    const nav = screen.getByRole('navigation', { name: 'Planens trin' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => normalise(link.textContent));
    expect(links).toEqual([
      'Overblik6/6, 6 af 6 udfyldt',
      `Baggrunde${planDocument.drivers.length}, ${planDocument.drivers.length} i alt`,
      'Målgrupper2, 2 i alt',
      'Kompetencer2, 2 i alt',
      'Metoder2, 2 i alt',
      'Indsatser2, 2 i alt',
      'Målinger1, 1 i alt',
      '8Fremdrift',
      '9Tidslinje',
      '10Effekt',
      '11Virkningskort',
      '12Årshjul0, ikke påbegyndt',
      '13Kompetencefonden',
      '14Årlig evaluering0, ikke påbegyndt',
    ]);
    expect(
      within(nav)
        .getByRole('link', { name: /^Overblik/ })
        .getAttribute('aria-current'),
    ).toBe('page');
  });

  it('says which steps are not started in an empty plan', async () => {
    await openPlan(null, emptyDocument('Tom plan'));
    const nav = screen.getByRole('navigation', { name: 'Planens trin' });
    expect(normalise(within(nav).getByRole('link', { name: /^Målgrupper/ }).textContent)).toBe(
      '3Målgrupper0, ikke påbegyndt',
    );
    expect(normalise(within(nav).getByRole('link', { name: /^Overblik/ }).textContent)).toBe(
      '1Overblik1/6, 1 af 6 udfyldt',
    );
  });

  it('shows one step at a time and moves focus to its heading', async () => {
    await openPlan();
    expect(screen.getByRole('heading', { level: 2, name: 'Overblik' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Planens trin' });
    fireEvent.click(within(nav).getByRole('link', { name: /^Målgrupper/ }));
    const heading = screen.getByRole('heading', { level: 2, name: 'Målgrupper' });
    // Once the step is drawn (see focusHeadingWhenDrawn).
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('heading', { level: 2, name: 'Overblik' })).toBeNull();
    expect(
      within(nav)
        .getByRole('link', { name: /^Målgrupper/ })
        .getAttribute('aria-current'),
    ).toBe('page');
    fireEvent.click(within(nav).getByRole('link', { name: /^Fremdrift/ }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Fremdrift'));
  });

  it('sums up progress in words and kroner', async () => {
    await openPlan('Fremdrift');
    const screenText = normalise(screen.getByRole('region', { name: 'Fremdrift' }).textContent);
    expect(screenText).toContain('Budget1.290.000 kr.');
    expect(screenText).toContain('Forbrugt310.000 kr.');
    expect(screenText).toContain('Planlagt60');
    expect(screenText).toContain('Nået8');
    const table = screen.getByRole('table', { name: 'Indsatser fordelt på status' });
    expect(normalise(within(table).getByRole('row', { name: /I gang/ }).textContent)).toBe(
      'I gang1',
    );
  });

  it('speaks English with English amounts', async () => {
    await openPlan('Progress', planDocument, { language: 'en' });
    const text = normalise(screen.getByRole('region', { name: 'Progress' }).textContent);
    expect(text).toContain('BudgetDKK 1,290,000');
  });
});
