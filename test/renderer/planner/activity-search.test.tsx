// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/shared/model/entities';
import { planDocument } from '../fixtures';
import { openPlan } from './helpers';

const [superusers, phishing] = planDocument.activities as [Activity, Activity];
const region = (a: Activity) => screen.queryByRole('region', { name: `Indsatsen »${a.title}«` });

describe('searching the activity list', () => {
  it('keeps the chosen activity in the form only while the search shows it', async () => {
    // The list follows the search in the background (a deferred value); the chosen row and its
    // form must follow the same list, not the field's newer text.
    await openPlan('Indsatser');
    const list = screen.getByRole('listbox', { name: 'Indsatser' });
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(region(phishing)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Søg'), { target: { value: 'superbruger' } });
    await waitFor(() => expect(screen.getByText('Viser 1 af 2 indsatser')).toBeTruthy());
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([expect.stringContaining(superusers.title)]);
    expect(region(phishing)).toBeNull();
    expect(list.getAttribute('aria-activedescendant')).toBeNull();

    fireEvent.change(screen.getByLabelText('Søg'), { target: { value: '' } });
    await waitFor(() => expect(region(phishing)).toBeTruthy());
    expect(within(list).getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
  });
});
