// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/renderer/i18n/language-storage';
import { createFakeApi } from './fake-api';
import { snapshotOf } from './fixtures';
import { renderApp } from './render-app';

const normalise = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('language switch', () => {
  it('turns headings, labels and numbers into English and remembers the choice', async () => {
    renderApp(createFakeApi({ open: snapshotOf() }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Kompetencer' })).toBeTruthy();

    const switcher = screen.getByRole('group', { name: 'Sprog' });
    fireEvent.click(within(switcher).getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Competences' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Activities' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'Kompetencer' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close plan' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    const table = screen.getByRole('table', { name: 'The activities in the plan' });
    const row = within(table).getByRole('row', { name: /Superbrugeruddannelse/ });
    expect(normalise(row.textContent)).toContain('DKK 1,250,000');
    expect(normalise(row.textContent)).toContain('In progress');
    expect(document.documentElement.lang).toBe('en');
    expect(loadLanguage()).toBe('en');
  });

  it('starts in Danish by default', async () => {
    renderApp(createFakeApi());
    expect(await screen.findByRole('button', { name: 'Åbn eksempelplan' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('da');
    expect(loadLanguage()).toBe('da');
  });
});
