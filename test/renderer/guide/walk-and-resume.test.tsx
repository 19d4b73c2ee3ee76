// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { newGuideRecord } from '../../../src/renderer/screens/guide/guide-record';
import { currentView, useAppStore } from '../../../src/renderer/store';
import { catalogEntry } from '../../../src/shared/catalog';
import {
  back,
  findStep,
  isTicked,
  newPlan,
  next,
  record,
  renderGuide,
  stepHeading,
  storeRecord,
  tick,
} from './helpers';

const SECURITY = catalogEntry('driver', 'security')!.title.da;
const IT_SECURITY = catalogEntry('competence', 'it-security')!.title.da;
const GROUP_A = '40000000-0000-4000-8000-000000000011';
const GROUP_B = '40000000-0000-4000-8000-000000000012';

/** A plan with what the guide's last step needs: a driver and a target group. */
function planAtLastStep() {
  const doc = newPlan();
  doc.drivers = [
    {
      id: '40000000-0000-4000-8000-000000000001',
      catalogKey: 'security',
      title: SECURITY,
      description: '',
      priority: 2,
      updatedAt: '2026-01-12T09:30:00.000Z',
    },
  ];
  doc.targetGroups = [
    {
      id: '40000000-0000-4000-8000-000000000002',
      name: 'Ledere',
      headcount: 1,
      description: '',
      updatedAt: '2026-01-12T09:30:00.000Z',
    },
  ];
  return doc;
}

describe('the guide from an empty plan to a draft', () => {
  it('walks all six steps and ends in a draft with everything linked', async () => {
    const { api, onFinish } = await renderGuide();
    await next(2);
    tick(SECURITY);
    await next(3);
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj målgruppen »Sagsbehandlere«' }));
    await next(4);
    expect(isTicked(IT_SECURITY)).toBe(true);
    await next(5);
    await next(6);

    expect(screen.getByRole('heading', { name: 'Trin 6 af 6: Udkastet er klar' })).toBe(
      stepHeading(),
    );
    const summary = screen.getByRole('region', { name: 'Det har guiden lagt i planen' });
    expect(within(summary).getByText(SECURITY)).toBeTruthy();
    expect(within(summary).getByText('Sagsbehandlere')).toBeTruthy();
    expect(within(summary).getByText(IT_SECURITY)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Næste skridt' })).toBeTruthy();

    const doc = api.doc();
    const competence = doc.competences[0]!;
    expect(competence.driverIds).toEqual([doc.drivers[0]!.id]);
    expect(competence.targetGroupIds).toEqual([doc.targetGroups[0]!.id]);
    expect(competence.methodIds).toEqual(doc.methods.map((m) => m.id));
    expect(doc.methods.map((m) => m.catalogKey)).toEqual(['courses-in-practice']);

    useAppStore.getState().setView('drivers');
    fireEvent.click(screen.getByRole('button', { name: 'Gå til planens overblik' }));
    expect(onFinish).toHaveBeenCalledOnce();
    expect(record().status).toBe('finished');
    expect(currentView(useAppStore.getState())).toBe('overview');
  });

  it('goes straight to the activities from the last step when asked', async () => {
    storeRecord({ step: 'done' });
    const { onFinish } = await renderGuide(planAtLastStep());
    await findStep(6);
    fireEvent.click(screen.getByRole('button', { name: 'Gå til indsatserne' }));
    expect(onFinish).toHaveBeenCalledOnce();
    expect(currentView(useAppStore.getState())).toBe('activities');
  });
});

/**
 * Clicks the named button in the commit that first draws it, before React runs that commit's
 * effects: as a secretary's click can land between the frame that shows a step and the effects
 * that follow it on a busy machine.
 */
function clickAsDrawn(name: string) {
  let clicked = false;
  return function ClickAsDrawn({ children }: { children: ReactNode }) {
    const onRender = () => {
      const button = screen.queryByRole('button', { name });
      if (clicked || !button) return;
      clicked = true;
      // Not fireEvent: its act() would run the effects first. The render's act() holds this.
      button.click();
    };
    return (
      <Profiler id="guide" onRender={onRender}>
        {children}
      </Profiler>
    );
  };
}

describe('a click before the step’s effects have run', () => {
  it('stays finished when the last step is left as soon as it is drawn', async () => {
    storeRecord({ step: 'done' });
    const { onFinish } = await renderGuide(planAtLastStep(), {
      wrapper: clickAsDrawn('Gå til planens overblik'),
    });
    expect(onFinish).toHaveBeenCalledOnce();
    expect(record().status).toBe('finished');
  });

  it('stays skipped when the guide is skipped as soon as a step is drawn', async () => {
    storeRecord({ step: 'drivers' });
    const { onSkip } = await renderGuide(newPlan(), {
      wrapper: clickAsDrawn('Spring guiden over'),
    });
    expect(onSkip).toHaveBeenCalledOnce();
    expect(record().status).toBe('skipped');
  });
});

describe('resuming', () => {
  it('continues at the step it was left on after the program was closed, with the choices from the plan', async () => {
    const first = await renderGuide();
    await next(2);
    tick(SECURITY);
    await next(3);
    const api = first.api;
    cleanup();

    // Opened again: the store is new, the plan and this machine's record are what they were.
    const again = await renderGuide(api.doc());
    await findStep(3);
    expect(document.activeElement).toBe(stepHeading());
    await back(2);
    expect(isTicked(SECURITY)).toBe(true);
    expect(again.api.calls.createEntity).toBeUndefined();
  });

  it('counts a row as the guide’s when the program closed before the plan’s answer arrived', async () => {
    const doc = newPlan();
    const at = '2026-01-12T09:30:00.000Z';
    doc.targetGroups = [
      { id: GROUP_A, name: 'Sagsbehandlere', headcount: 42, description: '', updatedAt: at },
      { id: GROUP_B, name: 'Ledere', headcount: 6, description: '', updatedAt: at },
    ];
    const fresh = newGuideRecord('targetGroups');
    storeRecord({
      ...fresh,
      created: { ...fresh.created, targetGroup: [GROUP_A] },
      pending: [{ kind: 'targetGroup', label: 'Ledere' }],
    });
    await renderGuide(doc);
    await findStep(3);
    expect(record().created.targetGroup).toEqual([GROUP_A, GROUP_B]);
    expect(record().pending).toEqual([]);
    expect(screen.getByRole('group', { name: 'Målgruppe 2' })).toBeTruthy();
  });

  it('leaves the guide for later when another screen of the plan is chosen', async () => {
    const { onPause, api } = await renderGuide();
    await findStep(1);
    act(() => useAppStore.getState().setView('drivers'));
    expect(onPause).toHaveBeenCalledOnce();
    expect(record()).toMatchObject({ status: 'running', step: 'plan' });
    expect(api.calls.updatePlan).toBeUndefined();
  });

  it('goes back to the first step whose result is missing from the plan', async () => {
    storeRecord({ step: 'methods' });
    await renderGuide(newPlan());
    await findStep(2);
  });

  it('saves the step and leaves it for later with "Gem og fortsæt senere"', async () => {
    storeRecord({ step: 'drivers' });
    const { api, onPause, onFinish } = await renderGuide();
    await findStep(2);
    tick(SECURITY);
    fireEvent.click(screen.getByRole('button', { name: 'Gem og fortsæt senere' }));
    await screen.findByRole('heading', { level: 2 });
    await expect.poll(() => onPause.mock.calls.length).toBe(1);
    expect(onFinish).not.toHaveBeenCalled();
    expect(api.doc().drivers.map((d) => d.catalogKey)).toEqual(['security']);
    expect(record()).toMatchObject({ status: 'running', step: 'drivers' });
  });

  it('skips without saving the step on screen, and remembers the skip', async () => {
    storeRecord({ step: 'drivers' });
    const { api, onSkip } = await renderGuide();
    await findStep(2);
    tick(SECURITY);
    fireEvent.click(screen.getByRole('button', { name: 'Spring guiden over' }));
    expect(onSkip).toHaveBeenCalledOnce();
    expect(record().status).toBe('skipped');
    expect(api.calls.createEntity).toBeUndefined();
  });

  it('starts over at the first step when opened again after it was finished', async () => {
    storeRecord({ step: 'done', status: 'finished' });
    await renderGuide();
    await findStep(1);
    // Noted once the step is drawn, a moment after it shows.
    await waitFor(() => expect(record()).toMatchObject({ status: 'running', step: 'plan' }));
  });

  it('says so and saves nothing on a plan opened read-only', async () => {
    const { onFinish } = await renderGuide(newPlan(), { readOnly: true });
    await findStep(1);
    expect(screen.getByText(/Planen er åbnet skrivebeskyttet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Næste' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Luk guiden' }));
    expect(onFinish).toHaveBeenCalledOnce();
    expect(localStorage.length).toBe(0);
  });

  it('speaks English when the reader does', async () => {
    await renderGuide(newPlan(), { language: 'en' });
    await findStep(1, 'en');
    expect(screen.getByRole('heading', { name: 'Step 1 of 6: Name and period of the plan' })).toBe(
      stepHeading(),
    );
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save and continue later' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skip the guide' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await findStep(2, 'en');
    expect(screen.getByRole('checkbox', { name: 'IT or data security' })).toBeTruthy();
  });
});
