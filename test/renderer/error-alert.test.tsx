// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errors } from '../../src/shared/errors';
import { createFakeApi } from './fake-api';
import { renderApp } from './render-app';

const corrupt = errors.corrupt('/mnt/faelles/SU/plan.omstil', 'database disk image is malformed');

function failingOpen() {
  return createFakeApi({}, { openPlan: () => Promise.resolve({ ok: false, error: corrupt }) });
}

describe('error alert', () => {
  it('shows the Danish message of a refused call as an alert', async () => {
    renderApp(failingOpen());
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.className).toContain('alert-error');
    expect(alert.textContent).toContain(corrupt.message.da);
    expect(alert.textContent).not.toContain(corrupt.message.en);

    fireEvent.click(screen.getByRole('button', { name: 'Luk beskeden' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the English message when English is chosen', async () => {
    renderApp(failingOpen(), { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(corrupt.message.en);
  });

  it('reports a host that cannot be reached, without throwing', async () => {
    const fake = createFakeApi(
      {},
      {
        appInfo: () =>
          Promise.resolve({
            ok: false,
            error: {
              code: 'io-error',
              message: { da: 'Ingen forbindelse.', en: 'No connection.' },
            },
          }),
      },
    );
    renderApp(fake);
    expect((await screen.findByRole('alert')).textContent).toContain('Ingen forbindelse.');
  });
});
