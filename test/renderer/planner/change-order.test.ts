// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../../../src/renderer/store';
import { transportError } from '../../../src/renderer/api/transport-error';
import { ids, planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';

/**
 * The real core, whose answers to edits the test hands to the store when it says: each edit is
 * made in the file at once, as the host makes it, and its answer waits at a gate.
 */
async function heldAnswers(): Promise<{ core: InProcessCore; gates: (() => void)[] }> {
  const core = await openCore({ plan: planDocument });
  resetAppStore(core.api, 'da');
  await useAppStore.getState().loadInitial();
  const gates: (() => void)[] = [];
  core.standIns.updateEntity = async (input) => {
    const answer = await core.scene.updateEntity(input);
    await new Promise<void>((open) => gates.push(open));
    return answer;
  };
  return { core, gates };
}

const retitle = (id: string, title: string) =>
  useAppStore.getState().updateEntity({ entity: 'activity', id, patch: { title } });

/** The store's plan against the file's, as a fresh read gives it. */
async function expectTheFile(core: InProcessCore): Promise<void> {
  const fresh = await core.snapshot();
  expect(useAppStore.getState().snapshot?.document).toEqual(fresh?.document);
  expect(useAppStore.getState().snapshot?.sequence).toBe(fresh?.sequence);
}

describe('answers to edits that do not come in the order they were made', () => {
  it('are put in one after another when they come in order, without reading the plan again', async () => {
    const { core, gates } = await heldAnswers();
    const first = retitle(ids.superusers, 'Superbrugere, første hold');
    await waitFor(() => expect(gates).toHaveLength(1));
    gates[0]?.();
    await first;
    const second = retitle(ids.phishing, 'Phishing-øvelse, anden runde');
    await waitFor(() => expect(gates).toHaveLength(2));
    gates[1]?.();
    await second;
    await expectTheFile(core);
    // Only the first load read the whole plan.
    expect(core.calls.getPlan).toHaveLength(1);
  });

  it('leave the plan as the file holds it when the later answer comes first', async () => {
    const { core, gates } = await heldAnswers();
    // Two edits of one field: put in the wrong way round, the first would win on the screen.
    const first = retitle(ids.superusers, 'Første titel');
    const second = retitle(ids.superusers, 'Anden titel');
    await waitFor(() => expect(gates).toHaveLength(2));
    gates[1]?.();
    await second;
    gates[0]?.();
    await first;
    expect(core.doc().activities.find((a) => a.id === ids.superusers)?.title).toBe('Anden titel');
    await expectTheFile(core);
  });

  it('leave the plan as the file holds it when an answer is lost on the way', async () => {
    const { core, gates } = await heldAnswers();
    // The core made the edit, but its answer never reached the window.
    core.standIns.updateEntity = async (input) => {
      await core.scene.updateEntity(input);
      return { ok: false, error: transportError('forbindelsen blev afbrudt') };
    };
    expect(await retitle(ids.superusers, 'Titlen, som svaret gik tabt for')).toBe(false);
    delete core.standIns.updateEntity;
    expect(await retitle(ids.phishing, 'Titlen efter')).toBe(true);
    expect(gates).toHaveLength(0);
    await expectTheFile(core);
  });
});
