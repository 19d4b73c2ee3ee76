import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OmstilBridge, ShellEvent } from '../../../src/shared/api';
import { API_CALLS, ipcChannel, SHELL_EVENT_CHANNEL } from '../../../src/shared/api-names';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const rendererListeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  return {
    exposed,
    rendererListeners,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: vi.fn((channel: string, input: unknown) =>
        Promise.resolve({ ok: true, value: { channel, input } }),
      ),
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        rendererListeners.set(channel, [...(rendererListeners.get(channel) ?? []), listener]);
      },
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

let bridge: OmstilBridge;
const fromMain = (payload: unknown) => {
  const ipcEvent = { sender: 'the IpcRendererEvent, which must not reach the page' };
  for (const listener of electron.rendererListeners.get(SHELL_EVENT_CHANNEL) ?? []) {
    listener(ipcEvent, payload);
  }
};
const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

// A fresh preload per test, as each page load gets one.
beforeEach(async () => {
  vi.resetModules();
  electron.exposed.clear();
  electron.rendererListeners.clear();
  electron.ipcRenderer.invoke.mockClear();
  await import('../../../src/preload/index');
  bridge = electron.exposed.get('omstil') as OmstilBridge;
});

describe('preload bridge', () => {
  it('exposes window.omstil and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['omstil']);
  });

  it('has exactly one function per call plus onShellEvent', () => {
    expect(Object.keys(bridge).sort()).toEqual([...API_CALLS, 'onShellEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it.each(API_CALLS)('forwards %s to ipcRenderer.invoke on its own channel', async (call) => {
    const input = { probe: call };
    await expect(bridge[call](input)).resolves.toEqual({
      ok: true,
      value: { channel: ipcChannel(call), input },
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(ipcChannel(call), input);
  });

  it('passes only the event payload to shell-event listeners, and stops on unsubscribe', async () => {
    const seen: ShellEvent[] = [];
    const listener = vi.fn((event: ShellEvent) => seen.push(event));
    const unsubscribe = bridge.onShellEvent(listener);
    fromMain({ type: 'menu', command: 'save-copy' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ type: 'menu', command: 'save-copy' }]);
    unsubscribe();
    fromMain({ type: 'plan-changed' });
    await tick();
    expect(seen).toEqual([{ type: 'menu', command: 'save-copy' }]);
  });

  it('keeps events that arrive before the page subscribes', async () => {
    fromMain({ type: 'open-path', path: '/p/a.omstil' });
    fromMain('not an event');
    const listener = vi.fn();
    const unsubscribe = bridge.onShellEvent(listener);
    expect(listener).not.toHaveBeenCalled();
    await tick();
    expect(listener.mock.calls).toEqual([[{ type: 'open-path', path: '/p/a.omstil' }]]);
    unsubscribe();
  });
});
