import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { resetAppStore, useAppStore } from '../../../src/renderer/store';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Language } from '../../../src/shared/model/enums';
import { snapshotOf } from '../fixtures';
import { createPlanApi, type PlanApi } from './plan-api';

/**
 * One screen of the plan on its own, with the plan already open: these tests are about the
 * screen, not about how the navigation reaches it.
 */
export function renderWithPlan(
  ui: ReactElement,
  doc: PlanDocument,
  options: { language?: Language; readOnly?: boolean } = {},
): RenderResult & { api: PlanApi } {
  const api = createPlanApi(doc);
  resetAppStore(api.api, options.language ?? 'da');
  const snapshot = snapshotOf(doc);
  snapshot.file.readOnly = options.readOnly ?? false;
  useAppStore.setState({ snapshot, loaded: true });
  return { ...render(ui), api };
}

afterEach(() => {
  cleanup();
});
