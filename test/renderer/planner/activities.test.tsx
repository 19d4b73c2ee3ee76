// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  filterActivities,
  isSearchPrepared,
  NO_OWNER,
  prepareSearch,
} from '../../../src/renderer/screens/planner/activities/filter-activities';
import { EMPTY_ACTIVITY_FILTER, useAppStore } from '../../../src/renderer/store';
import type { Activity } from '../../../src/shared/model/entities';
import type { PlanDocument } from '../../../src/shared/model/document';
import { ids, planDocument } from '../fixtures';
import { openPlan, typeAndLeave } from './helpers';

const [superusers, phishing] = planDocument.activities as [Activity, Activity];

function manyActivities(count: number): PlanDocument {
  const activities = Array.from({ length: count }, (_, i): Activity => ({
    ...superusers,
    id: `30000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `Indsats nummer ${i + 1}`,
    status: i % 2 === 0 ? 'planned' : 'done',
  }));
  return { ...planDocument, activities };
}

describe('filtering activities', () => {
  const filter = (patch: Partial<typeof EMPTY_ACTIVITY_FILTER>) =>
    filterActivities(planDocument.activities, { ...EMPTY_ACTIVITY_FILTER, ...patch }).map(
      (a) => a.title,
    );

  it('narrows by text, status, owner, competence, target group and period', () => {
    expect(filter({})).toHaveLength(2);
    expect(filter({ text: 'PHISHING' })).toEqual([phishing.title]);
    expect(filter({ text: 'kompetencefond' })).toEqual([superusers.title]);
    expect(filter({ status: 'planned' })).toEqual([phishing.title]);
    expect(filter({ ownerId: ids.mette })).toEqual([superusers.title]);
    expect(filter({ ownerId: NO_OWNER })).toEqual([]);
    expect(filter({ competenceId: ids.security })).toEqual([phishing.title]);
    expect(filter({ targetGroupId: ids.leaders })).toEqual([phishing.title]);
    // Superbrugere runs February–April; phishing starts in May and has no end.
    expect(filter({ from: '2026-03-01', to: '2026-03-31' })).toEqual([superusers.title]);
    expect(filter({ from: '2027-01-01' })).toEqual([phishing.title]);
    expect(filter({ to: '2026-01-31' })).toEqual([]);
  });

  it('finds words whatever their case, accents and Danish letters, as the catalogue does', () => {
    const activities = [
      { ...superusers, title: 'Sparring for frontløbere', description: '', funding: '' },
      { ...phishing, title: 'Åbent værksted om Power BI', description: '', funding: '' },
      { ...phishing, id: ids.leaders, title: 'Café-møde', description: 'Idéer', funding: '' },
    ];
    const found = (text: string) =>
      filterActivities(activities, { ...EMPTY_ACTIVITY_FILTER, text }).map((a) => a.title);
    expect(found('frontlober')).toEqual(['Sparring for frontløbere']);
    expect(found('FRONTLØBERE')).toEqual(['Sparring for frontløbere']);
    expect(found('frontloeber')).toEqual(['Sparring for frontløbere']);
    expect(found('abent vaerksted')).toEqual(['Åbent værksted om Power BI']);
    expect(found('cafe')).toEqual(['Café-møde']);
    expect(found('ideer')).toEqual(['Café-møde']);
    // The fields are searched one at a time: a phrase does not run from one into the next.
    expect(found('møde idéer')).toEqual([]);
  });

  it('folds each activity’s text once per version of the list, not at every keystroke', () => {
    let reads = 0;
    const counted = (a: Activity): Activity =>
      Object.defineProperty({ ...a }, 'title', {
        enumerable: true,
        get: () => {
          reads += 1;
          return a.title;
        },
      });
    const activities = manyActivities(300).activities.map(counted);
    const search = (list: readonly Activity[], text: string) =>
      filterActivities(list, { ...EMPTY_ACTIVITY_FILTER, text });
    for (const text of ['i', 'in', 'ind', 'inds', 'indsats 29']) search(activities, text);
    expect(search(activities, 'indsats nummer 300')).toHaveLength(1);
    expect(reads).toBe(300);

    // An edit makes a new list with one new activity: only that one is folded again.
    const edited = activities.map((a, i) => (i === 7 ? counted({ ...superusers, id: a.id }) : a));
    reads = 0;
    expect(search(edited, 'superbruger').map((a) => a.id)).toEqual([activities[7]!.id]);
    expect(reads).toBe(1);
  });

  it('folds the texts ahead of the search, which then folds nothing and finds the same', async () => {
    let reads = 0;
    const counted = (a: Activity): Activity =>
      Object.defineProperty({ ...a }, 'title', {
        enumerable: true,
        get: () => {
          reads += 1;
          return a.title;
        },
      });
    const plain = manyActivities(300).activities;
    const activities = plain.map(counted);
    await prepareSearch(activities).done;
    expect(reads).toBe(300);
    expect(isSearchPrepared(activities)).toBe(true);
    reads = 0;
    for (const text of ['i', 'nummer 3', 'indsats nummer 300', 'intet']) {
      const found = filterActivities(activities, { ...EMPTY_ACTIVITY_FILTER, text });
      // The list without preparing, folded at the search as before, is the oracle.
      const before = filterActivities(plain.slice(), { ...EMPTY_ACTIVITY_FILTER, text });
      expect(found.map((a) => a.id)).toEqual(before.map((a) => a.id));
    }
    expect(reads).toBe(0);
  });

  it('has the search prepared once a plan is open, before anyone searches', async () => {
    await openPlan();
    await waitFor(() =>
      expect(isSearchPrepared(useAppStore.getState().snapshot?.document.activities ?? [])).toBe(
        true,
      ),
    );
  });

  it('shows how many of all activities the search leaves', async () => {
    await openPlan('Indsatser');
    expect(screen.getByText('Viser 2 af 2 indsatser')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Søg'), { target: { value: 'phishing' } });
    expect(screen.getByText('Viser 1 af 2 indsatser')).toBeTruthy();
    const list = screen.getByRole('listbox', { name: 'Indsatser' });
    expect(within(list).getAllByRole('option')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Filtre' }));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'done' } });
    expect(screen.getByText('Ingen indsatser passer til søgningen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Filtre (1 valgt)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ryd søgning og filtre' }));
    expect(screen.getByText('Viser 2 af 2 indsatser')).toBeTruthy();
  });
});

describe('the activity list', () => {
  it('keeps only a window of 5.000 activities in the DOM, and says where a row is', async () => {
    await openPlan('Indsatser', manyActivities(5000));
    const list = screen.getByRole('listbox', { name: 'Indsatser' });
    const options = within(list).getAllByRole('option');
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(30);
    expect(options[0]?.getAttribute('aria-setsize')).toBe('5000');
    expect(options[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(screen.getByText('Viser 5.000 af 5.000 indsatser')).toBeTruthy();

    // End goes to the last row: the window moves there, and the row becomes active.
    list.focus();
    fireEvent.keyDown(list, { key: 'End' });
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Indsatsen »Indsats nummer 5000«' })).toBeTruthy(),
    );
    fireEvent.scroll(list, { target: { scrollTop: list.scrollTop } });
    const last = within(list).getByRole('option', { name: /Indsats nummer 5000/ });
    expect(last.getAttribute('aria-selected')).toBe('true');
    expect(last.getAttribute('aria-posinset')).toBe('5000');
    expect(list.getAttribute('aria-activedescendant')).toBe(last.id);
    expect(within(list).getAllByRole('option').length).toBeLessThan(30);
    expect(within(list).queryByRole('option', { name: /Indsats nummer 1\b/ })).toBeNull();
  });

  it('chooses with the arrows and edits the chosen activity beside the list', async () => {
    const api = await openPlan('Indsatser');
    const list = screen.getByRole('listbox', { name: 'Indsatser' });
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    const form = screen.getByRole('region', { name: `Indsatsen »${superusers.title}«` });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(screen.getByRole('region', { name: `Indsatsen »${phishing.title}«` })).toBeTruthy();
    expect(form.isConnected).toBe(false);

    typeAndLeave(screen.getByLabelText('Budget'), '45.000');
    await waitFor(() => expect(api.doc().activities[1]?.budget).toBe(45_000));

    const competences = screen.getByRole('group', { name: 'Kompetencer' });
    const box = within(competences).getByRole('combobox', { name: 'Tilføj kompetence' });
    fireEvent.change(box, { target: { value: 'arbejdsgange' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    // The core lists linked rows in the plan's order, not in the order they were linked.
    await waitFor(() =>
      expect(api.doc().activities[1]?.competenceIds).toEqual([ids.workflows, ids.security]),
    );
    expect(api.calls.addLink).toEqual([
      { kind: 'activity-competence', fromId: phishing.id, toId: ids.workflows },
    ]);
  });

  it('adds an activity only once it has a title, and opens it in the form', async () => {
    const api = await openPlan('Indsatser');
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj indsats' }));
    // Nothing is made from a press of the button alone: the title is asked for.
    expect((await screen.findByRole('alert')).textContent).toMatch(/skal udfyldes/);
    expect(api.calls.createEntity).toBeUndefined();
    expect(api.doc().activities).toHaveLength(2);

    const newTitle = screen.getByLabelText<HTMLInputElement>('Titel på den nye indsats');
    fireEvent.change(newTitle, { target: { value: 'Sidemandsoplæring i fælles postkasser' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj indsats' }));
    await waitFor(() => expect(api.doc().activities).toHaveLength(3));
    expect(api.calls.createEntity).toEqual([
      { entity: 'activity', values: { title: 'Sidemandsoplæring i fælles postkasser' } },
    ]);
    const form = await screen.findByRole('region', {
      name: 'Indsatsen »Sidemandsoplæring i fælles postkasser«',
    });
    const title = within(form).getByLabelText<HTMLInputElement>(/^Titel/);
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(title.value).toBe('Sidemandsoplæring i fælles postkasser');
    expect(newTitle.value).toBe('');
  });

  it('moves the chosen activity with Alt+Arrow and deletes it with Delete, offering undo', async () => {
    const api = await openPlan('Indsatser');
    const list = screen.getByRole('listbox', { name: 'Indsatser' });
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown', altKey: true });
    await waitFor(() =>
      expect(api.doc().activities.map((a) => a.id)).toEqual([phishing.id, superusers.id]),
    );

    fireEvent.keyDown(list, { key: 'Delete' });
    await screen.findByText(`Indsatsen »${superusers.title}« er slettet.`);
    expect(api.doc().activities.map((a) => a.id)).toEqual([phishing.id]);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(api.doc().activities).toHaveLength(2));
  });

  it('will not move activities while the list is filtered', async () => {
    const api = await openPlan('Indsatser');
    fireEvent.change(screen.getByLabelText('Søg'), { target: { value: 'phishing' } });
    const list = screen.getByRole('listbox', { name: 'Indsatser' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowUp', altKey: true });
    expect(
      screen.getAllByText('Ryd søgning og filtre for at flytte indsatser.').length,
    ).toBeGreaterThan(0);
    expect(api.calls.reorderEntities).toBeUndefined();
  });
});

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
