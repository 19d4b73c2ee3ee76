import { cleanup, render, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
import { EvaluationScreen } from '../../../src/renderer/screens/evaluation/EvaluationScreen';
import { TodayContext } from '../../../src/renderer/screens/progress/today';
import { resetAppStore, useAppStore } from '../../../src/renderer/store';
import type { ApiClient } from '../../../src/shared/api';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Language } from '../../../src/shared/model/enums';

/** The real core on a real plan file, as the loopback host serves it, without the HTTP. */
export interface RealCore {
  api: ApiClient;
  /** The plan as the file holds it now. */
  doc: () => Promise<PlanDocument>;
  /** Puts the file's plan in the store, as after an edit made elsewhere. */
  reload: () => Promise<void>;
}

/**
 * Loaded when the test runs rather than imported: the renderer's typecheck compiles this folder
 * without Node's types, and the core needs them.
 */
const CORE_MODULE = '../../main/export/evaluation/example-core';
type ExampleCore = { api: ApiClient; dispose: () => void };

let opened: ExampleCore | null = null;

afterEach(() => {
  cleanup();
  localStorage.clear();
  opened?.dispose();
  opened = null;
});

/** The example plan in a fresh file, opened by the core, shown on the evaluation screen. */
export async function openEvaluationScreen(
  today: string,
  language: Language = 'da',
): Promise<RealCore> {
  const core = (await import(CORE_MODULE)) as { openExampleCore: () => Promise<ExampleCore> };
  opened = await core.openExampleCore();
  const { api } = opened;
  const [plan, info] = await Promise.all([api.getPlan({}), api.appInfo({})]);
  if (!plan.ok || !plan.value || !info.ok) throw new Error('the example plan is not open');
  resetAppStore(api, language);
  useAppStore.setState({ snapshot: plan.value, appInfo: info.value });
  const doc = async () => {
    const now = await api.getPlan({});
    if (!now.ok || !now.value) throw new Error('no plan open');
    return now.value.document;
  };
  const reload = async () => {
    const now = await api.getPlan({});
    if (now.ok && now.value) useAppStore.setState({ snapshot: now.value });
  };
  render(
    <TodayContext value={today}>
      <EvaluationScreen />
    </TodayContext>,
  );
  await screen.findByRole('heading', { name: language === 'da' ? 'Evalueringer' : 'Evaluations' });
  return { api, doc, reload };
}
