// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  EMPTY_ACTIVITY_FILTER,
  currentView,
  fieldKey,
  resetAppStore,
  useAppStore,
} from '../../../src/renderer/store';
import { fieldOf } from '../../../src/renderer/store/edit-slice';
import { ids, planDocument } from '../fixtures';
import { openCore } from '../real-core';

async function loaded() {
  const api = await openCore({ plan: planDocument });
  resetAppStore(api.api, 'da');
  await useAppStore.getState().loadInitial();
  return api;
}

describe('the store’s edits against the real core', () => {
  it('files a refusal under the field it concerns, whatever the path’s prefix', async () => {
    expect(fieldOf('patch.title')).toBe('title');
    expect(fieldOf('values.principles[2]')).toBe('principles');
    expect(fieldOf('end')).toBe('end');

    await loaded();
    const { updateEntity } = useAppStore.getState();
    expect(
      await updateEntity({ entity: 'activity', id: ids.superusers, patch: { title: '   ' } }),
    ).toBe(false);
    const state = useAppStore.getState();
    expect(state.fieldErrors[fieldKey('activity', ids.superusers, 'title')]?.rule).toBe('required');
    expect(state.saveState).toBe('failed');
    // A field refusal is not a page error.
    expect(state.error).toBeNull();

    // Editing the field again clears its refusal before the call.
    expect(
      await updateEntity({ entity: 'activity', id: ids.superusers, patch: { title: 'Ny titel' } }),
    ).toBe(true);
    expect(useAppStore.getState().fieldErrors).toEqual({});
    expect(useAppStore.getState().saveState).toBe('saved');
  });

  it('remembers a deletion for the undo offer, and undo brings the row back', async () => {
    const api = await loaded();
    const s = useAppStore.getState();
    expect(await s.deleteEntity('targetGroup', ids.leaders, 'Teamledere')).toBe(true);
    expect(useAppStore.getState().lastDeleted).toEqual({
      kind: 'targetGroup',
      title: 'Teamledere',
    });
    expect(useAppStore.getState().snapshot?.history.canUndo).toBe(true);
    expect(await useAppStore.getState().undo()).toBe(true);
    expect(api.doc().targetGroups.map((g) => g.id)).toContain(ids.leaders);
  });

  it('keeps the screen and the activity filter per plan', async () => {
    await loaded();
    const s = useAppStore.getState();
    expect(currentView(useAppStore.getState())).toBe('overview');
    s.setView('activities');
    s.setActivityFilter({ text: 'phishing', status: 'planned' });
    s.selectActivity(ids.phishing);
    expect(currentView(useAppStore.getState())).toBe('activities');
    expect(useAppStore.getState().activityFilter).toEqual({
      ...EMPTY_ACTIVITY_FILTER,
      text: 'phishing',
      status: 'planned',
    });

    // Another plan starts on its overview with nothing chosen.
    const other = structuredClone(useAppStore.getState().snapshot!);
    other.file.path = '/tmp/anden.omstil';
    useAppStore.setState({ snapshot: other });
    expect(currentView(useAppStore.getState())).toBe('overview');
    useAppStore.getState().setView('targetGroups');
    expect(useAppStore.getState().activityFilter).toEqual(EMPTY_ACTIVITY_FILTER);
    expect(useAppStore.getState().selectedActivityId).toBeNull();
  });
});
