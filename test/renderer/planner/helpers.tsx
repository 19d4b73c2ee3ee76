import { fireEvent, screen, within } from '@testing-library/react';
import type { PlanDocument } from '../../../src/shared/model/document';
import { planDocument } from '../fixtures';
import { renderApp } from '../render-app';
import { createEditingApi, type EditingApi } from './editing-api';

/** The app with a plan open on the pretend core, on the given step of the plan. */
export async function openPlan(
  step: string | null = null,
  doc: PlanDocument = planDocument,
  options: { language?: 'da' | 'en'; readOnly?: boolean } = {},
): Promise<EditingApi> {
  const api = createEditingApi(doc, { readOnly: options.readOnly ?? false });
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
