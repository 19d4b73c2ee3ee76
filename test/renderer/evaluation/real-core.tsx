import { render, screen } from '@testing-library/react';
import { EvaluationScreen } from '../../../src/renderer/screens/evaluation/EvaluationScreen';
import { TodayContext } from '../../../src/renderer/screens/progress/today';
import { resetAppStore, useAppStore } from '../../../src/renderer/store';
import type { Language } from '../../../src/shared/model/enums';
import { openCore, type InProcessCore } from '../real-core';

/** The real core on a real plan file, as the loopback host serves it, without the HTTP. */
export interface RealCore extends InProcessCore {
  /** Puts the file's plan in the store, as after an edit made elsewhere. */
  reload: () => Promise<void>;
}

/** The example plan in a fresh file, opened by the core, shown on the evaluation screen. */
export async function openEvaluationScreen(
  today: string,
  language: Language = 'da',
): Promise<RealCore> {
  const core = await openCore({ plan: 'example' });
  const [plan, info] = await Promise.all([core.snapshot(), core.scene.appInfo({})]);
  if (!plan || !info.ok) throw new Error('the example plan is not open');
  resetAppStore(core.api, language);
  useAppStore.setState({ snapshot: plan, appInfo: info.value });
  const reload = async () => {
    const now = await core.snapshot();
    if (now) useAppStore.setState({ snapshot: now });
  };
  render(
    <TodayContext value={today}>
      <EvaluationScreen />
    </TodayContext>,
  );
  await screen.findByRole('heading', { name: language === 'da' ? 'Evalueringer' : 'Evaluations' });
  return Object.assign(core, { reload });
}
