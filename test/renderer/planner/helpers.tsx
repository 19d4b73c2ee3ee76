import { fireEvent, screen, within } from '@testing-library/react';
import type { PlanDocument } from '../../../src/shared/model/document';
import { planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';

/** Someone who has the plan open on another machine, so that here it opens read-only. */
export const colleague = { user: 'Jens Brandt', machine: 'PC-1042' };

/** The app with a plan open on the real core, on the given step of the plan. */
export async function openPlan(
  step: string | null = null,
  doc: PlanDocument = planDocument,
  options: { language?: 'da' | 'en'; readOnly?: boolean } = {},
): Promise<InProcessCore> {
  const api = await openCore({ plan: doc, ...(options.readOnly ? { heldBy: colleague } : {}) });
  renderApp(api, { language: options.language ?? 'da' });
  const nav = await screen.findByRole('navigation', {
    name: options.language === 'en' ? 'Steps of the plan' : 'Planens trin',
  });
  if (step) fireEvent.click(within(nav).getByRole('link', { name: new RegExp(`^${step}`) }));
  return api;
}

/** Types into a field and leaves it, as a user does before moving on. */
export function typeAndLeave(field: HTMLElement, value: string): void {
  fireEvent.focus(field);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}
