// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/renderer/i18n/language-storage';
import { planDocument } from './fixtures';
import { openCore } from './real-core';
import { renderApp } from './render-app';

const normalise = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('language switch', () => {
  it('turns headings, labels and numbers into English and remembers the choice', async () => {
    renderApp(await openCore({ plan: planDocument }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Overblik' })).toBeTruthy();

    const switcher = screen.getByRole('group', { name: 'Sprog' });
    fireEvent.click(within(switcher).getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Overview' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'Overblik' })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Steps of the plan' });
    expect(within(nav).getByRole('link', { name: /^Competences/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close plan' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    fireEvent.click(within(nav).getByRole('link', { name: /^Activities/ }));
    const row = within(screen.getByRole('listbox', { name: 'Activities' })).getByRole('option', {
      name: /Superbrugeruddannelse/,
    });
    expect(normalise(row.textContent)).toContain('In progress');
    fireEvent.click(row);
    expect(screen.getByLabelText<HTMLInputElement>('Budget').value).toBe('1,250,000');
    expect(screen.getAllByText('DKK', { selector: '.form-input-suffix' })).toHaveLength(2);
    fireEvent.click(within(nav).getByRole('link', { name: /^Progress/ }));
    expect(normalise(screen.getByRole('region', { name: 'Progress' }).textContent)).toContain(
      'BudgetDKK 1,290,000',
    );
    expect(document.documentElement.lang).toBe('en');
    expect(loadLanguage()).toBe('en');
  });

  it('starts in Danish by default', async () => {
    renderApp(await openCore());
    expect(await screen.findByRole('button', { name: 'Åbn eksempelplan' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('da');
    expect(loadLanguage()).toBe('da');
  });
});
