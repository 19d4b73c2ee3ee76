// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  closeGuide,
  GuideLauncher,
  GuideOffer,
  openGuide,
  useGuideState,
} from '../../../src/renderer/screens/guide';
import { newGuideRecord } from '../../../src/renderer/screens/guide/guide-record';
import { resetAppStore, useAppStore } from '../../../src/renderer/store';
import type { PlanDocument } from '../../../src/shared/model/document';
import { planDocument } from '../fixtures';
import { colleague } from '../planner/helpers';
import { openCore } from '../real-core';
import { newPlan, PLAN_ID, record, storeRecord } from './helpers';

function Probe() {
  const guide = useGuideState();
  return <output data-testid="guide">{JSON.stringify(guide)}</output>;
}

function state(): ReturnType<typeof useGuideState> {
  return JSON.parse(screen.getByTestId('guide').textContent ?? '{}') as ReturnType<
    typeof useGuideState
  >;
}

async function open(doc: PlanDocument, readOnly = false) {
  const core = await openCore({ plan: doc, ...(readOnly ? { heldBy: colleague } : {}) });
  resetAppStore(core.api, 'da');
  useAppStore.setState({ snapshot: await core.snapshot(), loaded: true });
  const onStart = vi.fn<() => void>();
  const onSkip = vi.fn<() => void>();
  render(
    <>
      <Probe />
      <GuideOffer onStart={onStart} onSkip={onSkip} />
      <GuideLauncher />
    </>,
  );
  return { onStart, onSkip };
}

describe('whether the guide is offered', () => {
  it('offers a guided start on a new, empty plan', async () => {
    const { onStart } = await open(newPlan());
    expect(state()).toMatchObject({ planId: PLAN_ID, offer: true, inProgress: false, open: false });
    expect(screen.getByRole('heading', { level: 3, name: 'Kom i gang med en guide' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start guiden' }));
    expect(onStart).toHaveBeenCalledOnce();
  });

  it('does not offer it on a plan with content', async () => {
    await open(planDocument);
    expect(state().offer).toBe(false);
  });

  it('does not offer it on a plan opened read-only', async () => {
    await open(newPlan(), true);
    expect(state().offer).toBe(false);
  });

  it('remembers a skip for the plan, so the offer goes and stays away', async () => {
    const { onSkip } = await open(newPlan());
    fireEvent.click(screen.getByRole('button', { name: 'Spring over' }));
    expect(onSkip).toHaveBeenCalledOnce();
    expect(record().status).toBe('skipped');
    expect(state().offer).toBe(false);
  });

  it('offers to continue a guide left for later, at the step it was left on', async () => {
    const doc = newPlan();
    doc.drivers = [structuredClone(planDocument.drivers[0]!)];
    const fresh = newGuideRecord();
    storeRecord({
      step: 'targetGroups',
      created: { ...fresh.created, driver: [doc.drivers[0]!.id] },
    });
    const { onSkip } = await open(doc);
    expect(state()).toMatchObject({ offer: true, inProgress: true, step: 3, total: 6 });
    expect(screen.getByRole('heading', { name: 'Guiden er i gang' })).toBeTruthy();
    expect(screen.getByText(/I er nået til trin 3 af 6/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fortsæt guiden' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Afslut guiden' }));
    expect(onSkip).toHaveBeenCalledOnce();
    expect(record().status).toBe('finished');
    expect(state()).toMatchObject({ offer: false, inProgress: false });
  });

  it('opens the guide from the "Kom i gang-guide" button, also on a plan with content', async () => {
    await open(planDocument);
    fireEvent.click(screen.getByRole('button', { name: 'Kom i gang-guide' }));
    expect(state().open).toBe(true);
    expect(
      screen.getByRole('button', { name: 'Kom i gang-guide' }).getAttribute('aria-current'),
    ).toBe('true');
  });

  it('says whether the guide is on screen for the open plan', async () => {
    await open(newPlan());
    act(() => openGuide(PLAN_ID));
    expect(state().open).toBe(true);
    act(() => openGuide('another-plan'));
    expect(state().open).toBe(false);
    act(() => closeGuide());
    expect(state().open).toBe(false);
  });
});
