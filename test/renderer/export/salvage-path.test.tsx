// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/renderer/store';
import type { CallInput } from '../../../src/shared/api';
import { errors } from '../../../src/shared/errors';
import { createFakeApi } from '../fake-api';
import { browserAppInfo } from '../fixtures';
import { renderApp } from '../render-app';

// Issue 6: a plan refused for holding things we did not write is offered as a clean copy; the
// user has just named the file, so the offer must not ask for it again.
const foreign = '/home/sekretariat/Delt/Kompetenceplan (fra kollega).omstil';

function refusingFake(native: boolean, asked: CallInput<'chooseFile'>[] = []) {
  return createFakeApi(
    { appInfo: native ? { ...browserAppInfo, nativeDialogs: true } : browserAppInfo },
    {
      openPlan: ({ path }) =>
        Promise.resolve({ ok: false, error: errors.foreignSchema(path, ['trigger audit_log']) }),
      chooseFile: (input) => {
        asked.push(input);
        return Promise.resolve({ ok: true, value: { path: null } });
      },
    },
  );
}

describe('a clean copy of a file that was just refused', () => {
  it('fills in the refused file in the browser host', async () => {
    renderApp(refusingFake(false));
    await screen.findByRole('heading', { level: 1, name: 'Omstil' });
    await act(() => useAppStore.getState().openPlan(foreign));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Gem en ren kopi af planens indhold…' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Gem en ren kopi af planens indhold',
    });
    const source = within(dialog).getByRole<HTMLInputElement>('textbox', {
      name: 'Planen, der ikke kunne åbnes',
    });
    expect(source.value).toBe(foreign);
    const target = within(dialog).getByRole<HTMLInputElement>('textbox', {
      name: 'Gem den rene kopi som',
    });
    expect(target.value).toBe(
      '/home/sekretariat/Delt/Kompetenceplan (fra kollega) (ren kopi).omstil',
    );
  });

  it('asks only where the copy goes when there are native dialogs', async () => {
    const asked: CallInput<'chooseFile'>[] = [];
    renderApp(refusingFake(true, asked));
    await screen.findByRole('heading', { level: 1, name: 'Omstil' });
    await act(() => useAppStore.getState().openPlan(foreign));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Gem en ren kopi af planens indhold…' }),
    );
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toMatchObject({
      purpose: 'saveCopy',
      suggestedName: 'Kompetenceplan (fra kollega) (ren kopi).omstil',
    });
  });

  it('forgets the file once another one opens or fails for another reason', async () => {
    renderApp(refusingFake(false));
    await screen.findByRole('heading', { level: 1, name: 'Omstil' });
    await act(() => useAppStore.getState().openPlan(foreign));
    expect(useAppStore.getState().refusedPath).toBe(foreign);
    useAppStore.setState({
      api: createFakeApi({}, {}).api,
    });
    await act(() => useAppStore.getState().openPlan('/nowhere.omstil'));
    expect(useAppStore.getState().refusedPath).toBeNull();
  });
});
