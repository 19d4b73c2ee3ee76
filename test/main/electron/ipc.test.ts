import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/host/handlers';
import { createAppUrlMatcher } from '../../../src/main/electron/app-url';
import { registerIpc, type InvokeEvent } from '../../../src/main/electron/ipc';
import type { ApiHandlers } from '../../../src/shared/api';
import { API_CALLS, ipcChannel } from '../../../src/shared/api-names';
import type { Result } from '../../../src/shared/result';
import { fakeHandlers } from './fake-handlers';

const PAGE_URL = 'app://omstil/index.html';
const WINDOW_CONTENTS_ID = 7;

function setup(handlers: ApiHandlers = fakeHandlers()) {
  const channels = new Map<string, (event: InvokeEvent, input: unknown) => Promise<unknown>>();
  const host = {
    handle: (channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<unknown>) =>
      void channels.set(channel, listener),
    removeHandler: (channel: string) => void channels.delete(channel),
  };
  const remove = registerIpc(host, {
    isAppUrl: createAppUrlMatcher({ kind: 'app', url: PAGE_URL, root: '/app/out/renderer' }),
    handlersFor: (id) => (id === WINDOW_CONTENTS_ID ? handlers : undefined),
  });
  const invoke = (call: string, event: InvokeEvent, input: unknown) => {
    const listener = channels.get(`omstil:${call}`);
    if (!listener) throw new Error(`no handler for ${call}`);
    return listener(event, input) as Promise<Result<unknown>>;
  };
  return { channels, remove, invoke };
}

const fromOurPage: InvokeEvent = {
  sender: { id: WINDOW_CONTENTS_ID },
  senderFrame: { url: PAGE_URL, parent: null },
};

describe('IPC gate', () => {
  it('registers one channel per call and removes them again', () => {
    const { channels, remove } = setup();
    expect([...channels.keys()].sort()).toEqual(API_CALLS.map(ipcChannel).sort());
    remove();
    expect(channels.size).toBe(0);
  });

  it('lets a call from our window through to dispatch and returns its Result', async () => {
    const handlers = fakeHandlers({ listRecent: () => [] });
    const { invoke } = setup(handlers);
    await expect(invoke('listRecent', fromOurPage, {})).resolves.toEqual({ ok: true, value: [] });
    expect(handlers.calls).toEqual([{ call: 'listRecent', input: {} }]);
  });

  it.each<[string, InvokeEvent]>([
    [
      'another page',
      { ...fromOurPage, senderFrame: { url: 'https://evil.example/', parent: null } },
    ],
    [
      'another file',
      { ...fromOurPage, senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } },
    ],
    ['a subframe', { ...fromOurPage, senderFrame: { url: PAGE_URL, parent: {} } }],
    ['a frame that is gone', { ...fromOurPage, senderFrame: null }],
    ['a webContents that is not one of our windows', { ...fromOurPage, sender: { id: 99 } }],
  ])('refuses a call from %s without reaching the handlers', async (_what, event) => {
    const handlers = fakeHandlers();
    const { invoke } = setup(handlers);
    const result = await invoke('openPlan', event, { path: '/tmp/a.omstil' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-supported');
    expect(handlers.calls).toEqual([]);
  });

  it('answers invalid input with a typed invalid-input error', async () => {
    const handlers = fakeHandlers();
    const { invoke } = setup(handlers);
    const result = await invoke('openPlan', fromOurPage, { path: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message.da).toBeTruthy();
      expect(result.error.issues?.length).toBeGreaterThan(0);
    }
    expect(handlers.calls).toEqual([]);
  });
});

describe('IPC gate with the real core', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  it('answers appInfo and a missing file as Results', async () => {
    folder = mkdtempSync(join(tmpdir(), 'omstil-ipc-'));
    const handlers = createHandlers({
      transport: 'electron',
      appVersion: '9.9.9',
      defaultFolder: folder,
      recentFilesPath: join(folder, 'recent.json'),
      chooseFile: () => Promise.resolve(null),
    });
    try {
      const { invoke } = setup(handlers);
      const info = await invoke('appInfo', fromOurPage, {});
      expect(info).toMatchObject({
        ok: true,
        value: { transport: 'electron', version: '9.9.9', nativeDialogs: true },
      });
      const missing = await invoke('openPlan', fromOurPage, { path: join(folder, 'no.omstil') });
      expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    } finally {
      handlers.dispose();
    }
  });
});
