import {
  fireEvent,
  render,
  screen,
  waitFor,
  type RenderOptions,
  type RenderResult,
} from '@testing-library/react';
import { expect, vi, type Mock } from 'vitest';
import { GuidedStart } from '../../../src/renderer/screens/guide';
import {
  guideStorageKey,
  newGuideRecord,
  readGuide,
  type GuideRecord,
} from '../../../src/renderer/screens/guide/guide-record';
import { resetAppStore, useAppStore } from '../../../src/renderer/store';
import type { CallInput } from '../../../src/shared/api';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Language } from '../../../src/shared/model/enums';
import { emptyDocument, ids } from '../fixtures';
import { colleague } from '../planner/helpers';
import { openCore, type InProcessCore } from '../real-core';

export const PLAN_ID = ids.plan;

export interface GuideTest extends RenderResult {
  api: InProcessCore;
  onFinish: Mock<() => void>;
  onSkip: Mock<() => void>;
  onPause: Mock<() => void>;
  /** The edit calls the guide made, in order, as the core received them. */
  created: () => CallInput<'createEntity'>[];
  links: () => CallInput<'addLink'>[];
  deleted: () => CallInput<'deleteEntity'>[];
}

/** A new plan, as "Ny plan…" makes it, in the given language. */
export function newPlan(language: Language = 'da'): PlanDocument {
  const doc = emptyDocument('Ny plan');
  doc.plan.language = language;
  return doc;
}

/** The plan open in the store on the real core, and the guide on screen for it. */
export async function renderGuide(
  doc: PlanDocument = newPlan(),
  options: { language?: Language; readOnly?: boolean; wrapper?: RenderOptions['wrapper'] } = {},
): Promise<GuideTest> {
  const api = await openCore({ plan: doc, ...(options.readOnly ? { heldBy: colleague } : {}) });
  resetAppStore(api.api, options.language ?? 'da');
  useAppStore.setState({ snapshot: await api.snapshot(), loaded: true });
  const onFinish = vi.fn<() => void>();
  const onSkip = vi.fn<() => void>();
  const onPause = vi.fn<() => void>();
  const view = render(<GuidedStart onFinish={onFinish} onSkip={onSkip} onPause={onPause} />, {
    wrapper: options.wrapper,
  });
  return {
    ...view,
    api,
    onFinish,
    onSkip,
    onPause,
    created: () => api.calls.createEntity ?? [],
    links: () => api.calls.addLink ?? [],
    deleted: () => api.calls.deleteEntity ?? [],
  };
}

/** The step heading: "Trin 2 af 6" above the step's own question. */
export function stepHeading(): HTMLElement {
  return screen.getByRole('heading', { level: 2 });
}

export async function findStep(step: number, language: Language = 'da'): Promise<HTMLElement> {
  const prefix = language === 'da' ? `Trin ${String(step)} af 6` : `Step ${String(step)} of 6`;
  // A step saves with several calls one after another: the real core's deadline (real-core.ts)
  // gives a busy machine the time that takes.
  return screen.findByRole('heading', { level: 2, name: new RegExp(`^${prefix}`) });
}

/** Presses a button of the guide and waits until the step it leads to is shown. */
export async function press(name: string, thenStep: number): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name }));
  await findStep(thenStep);
}

export const next = (thenStep: number) => press('Næste', thenStep);
export const back = (thenStep: number) => press('Tilbage', thenStep);

export function tick(name: string | RegExp, on = true): void {
  const box = screen.getByRole<HTMLInputElement>('checkbox', { name });
  if (box.checked !== on) fireEvent.click(box);
}

export function isTicked(name: string | RegExp): boolean {
  return screen.getByRole<HTMLInputElement>('checkbox', { name }).checked;
}

/** A record as the guide would have left it, so a test can start in the middle. */
export function storeRecord(change: Partial<GuideRecord>): void {
  localStorage.setItem(
    guideStorageKey(PLAN_ID),
    JSON.stringify({ ...newGuideRecord(), ...change }),
  );
}

export function record(): GuideRecord {
  const stored = readGuide(PLAN_ID);
  if (!stored) throw new Error('the guide has stored nothing for the plan');
  return stored;
}

export async function waitForSaved(): Promise<void> {
  await waitFor(() => expect(useAppStore.getState().saveState).not.toBe('saving'));
}
