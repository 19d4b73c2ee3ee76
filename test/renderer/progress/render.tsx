import { fireEvent, render, screen, within } from '@testing-library/react';
import { noShellEvents } from '../../../src/renderer/api';
import { App } from '../../../src/renderer/App';
import { TodayContext } from '../../../src/renderer/screens/progress/today';
import { resetAppStore } from '../../../src/renderer/store';
import type { PlanDocument } from '../../../src/shared/model/document';
import { colleague } from '../planner/helpers';
import { openCore, type InProcessCore } from '../real-core';

/**
 * The app on a plan held by the real core, on one step of the plan, with "today" fixed so
 * overdue and "starts soon" have known answers.
 */
export async function openStep(
  step: string,
  doc: PlanDocument,
  options: { today: string; language?: 'da' | 'en'; readOnly?: boolean },
): Promise<InProcessCore> {
  const api = await openCore({ plan: doc, ...(options.readOnly ? { heldBy: colleague } : {}) });
  const language = options.language ?? 'da';
  resetAppStore(api.api, language);
  render(
    <TodayContext value={options.today}>
      <App shellEvents={noShellEvents} />
    </TodayContext>,
  );
  const nav = await screen.findByRole('navigation', {
    name: language === 'en' ? 'Steps of the plan' : 'Planens trin',
  });
  fireEvent.click(within(nav).getByRole('link', { name: new RegExp(`^${step}`) }));
  return api;
}

/** Text as read: runs of white space (and the no-break space Intl puts in amounts) made one. */
export const normalise = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
