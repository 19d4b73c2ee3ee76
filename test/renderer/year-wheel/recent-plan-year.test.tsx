// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';
import { yearDocument, yearItem, yearIds } from './year-document';

/**
 * On the core's "today", 27 November 2026: a plan under way whose årshjul has the MUS round in
 * March and whose period ends in November, so this November's annual evaluation is due.
 */
function planUnderWay() {
  const doc = yearDocument({
    yearItems: [yearItem(yearIds.mus, { month: 3, title: 'MUS-runde', kind: 'mus-round' })],
  });
  doc.plan = { ...doc.plan, status: 'active', periodEnd: '2027-11-30' };
  return doc;
}

/** Two plans on the recent list: this one, and one whose file is gone. */
async function recentList(spoiled = false): Promise<InProcessCore> {
  const core = await openCore();
  const gone = core.writePlan('Gammel plan 2024.omstil', planUnderWay());
  await core.remember(gone);
  core.removeFile(gone);
  const path = core.writePlan('Kompetenceplan 2026.omstil', planUnderWay());
  await core.remember(path);
  if (spoiled) core.spoil(path, 'truncated');
  return core;
}

describe('where each recent plan stands in its year, on the start screen', () => {
  it('shows the status, the next årshjul item and a due evaluation, asking only for files that exist', async () => {
    const fake = await recentList();
    renderApp(fake);
    const recent = await screen.findByRole('region', { name: 'Senest åbnede planer' });
    const present = await within(recent).findByRole('button', {
      name: /Kompetenceplan 2026\.omstil/,
    });
    expect(await within(present).findByText('Status: I gang')).toBeTruthy();
    expect(
      within(present).getByText('Næste punkt i årshjulet: MUS-runde (marts 2027)'),
    ).toBeTruthy();
    expect(within(present).getByText('Den årlige evaluering for 2026 mangler').className).toContain(
      'recent-year-due',
    );
    const missing = within(recent).getByRole('button', { name: /^Gammel plan 2024\.omstil/ });
    expect(within(missing).queryByText(/^Status:/)).toBeNull();
    expect(fake.calls.recentPlanStatus).toEqual([{ path: fake.path }]);
  });

  it('shows the file alone when its plan cannot be read', async () => {
    const fake = await recentList(true);
    renderApp(fake);
    const present = await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ });
    expect(present.textContent).toContain('Senest åbnet 27. nov. 2026');
    expect(within(present).queryByText(/^Status:/)).toBeNull();
    expect(fake.answers.recentPlanStatus).toEqual([{ ok: true, value: null }]);
  });
});
