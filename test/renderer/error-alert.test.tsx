// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../src/shared/errors';
import { planDocument } from './fixtures';
import { openCore, type InProcessCore } from './real-core';
import { renderApp } from './render-app';

/** A recent plan whose file was cut short on its way: opening it is refused as damaged. */
async function damagedRecentPlan(): Promise<InProcessCore> {
  const core = await openCore();
  const path = core.writePlan('Kompetenceplan 2026.omstil', planDocument);
  await core.remember(path);
  core.spoil(path, 'truncated');
  return core;
}

/** The refusal the core gave the screen's call to open the plan. */
function refusal(core: InProcessCore): AppError {
  const answer = core.answers.openPlan?.[0];
  if (!answer || answer.ok) throw new Error('the plan was not refused');
  return answer.error;
}

describe('error alert', () => {
  it('shows the Danish message of a refused call as an alert', async () => {
    const core = await damagedRecentPlan();
    renderApp(core);
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    const alert = await screen.findByRole('alert');
    const { code, message } = refusal(core);
    expect(code).toBe('corrupt');
    expect(alert.className).toContain('alert-error');
    expect(alert.textContent).toContain(message.da);
    expect(alert.textContent).not.toContain(message.en);

    fireEvent.click(screen.getByRole('button', { name: 'Luk beskeden' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the English message when English is chosen', async () => {
    const core = await damagedRecentPlan();
    renderApp(core, { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(refusal(core).message.en);
  });

  it('reports a host that cannot be reached, without throwing', async () => {
    const core = await openCore();
    // A stand-in: the real core always answers, so only a broken transport gives this.
    core.standIns.appInfo = () =>
      Promise.resolve({
        ok: false,
        error: {
          code: 'io-error',
          message: { da: 'Ingen forbindelse.', en: 'No connection.' },
        },
      });
    renderApp(core);
    expect((await screen.findByRole('alert')).textContent).toContain('Ingen forbindelse.');
  });
});
