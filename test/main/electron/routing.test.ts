import { describe, expect, it, vi } from 'vitest';
import { planPathFromArgv } from '../../../src/main/electron/argv';
import { createOutbox } from '../../../src/main/electron/outbox';
import { createRouting } from '../../../src/main/electron/routing';
import { createWindowRegistry } from '../../../src/main/electron/windows-registry';
import type { ShellEvent } from '../../../src/shared/api';
import { FakeBrowserWindow } from './fake-electron';
import { fakeHandlers } from './fake-handlers';

function setup(platform: NodeJS.Platform = 'linux') {
  const registry = createWindowRegistry<FakeBrowserWindow>();
  const delivered = new Map<number, ShellEvent[]>();
  let focusedId: number | undefined;
  const openWindow = vi.fn(() => {
    const window = new FakeBrowserWindow({});
    const events: ShellEvent[] = [];
    delivered.set(window.id, events);
    const outbox = createOutbox((event) => events.push(event));
    outbox.open();
    return registry.add(window, fakeHandlers(), outbox);
  });
  const focus = vi.fn();
  const routing = createRouting({
    registry,
    focusedWindowId: () => focusedId,
    openWindow,
    focus,
    platform,
  });
  return {
    registry,
    routing,
    openWindow,
    focus,
    eventsOf: (window: FakeBrowserWindow) => delivered.get(window.id) ?? [],
    setFocused: (window: FakeBrowserWindow | undefined) => (focusedId = window?.id),
  };
}

describe('planPathFromArgv', () => {
  it('finds a plan among the arguments, relative to the working directory', () => {
    expect(planPathFromArgv(['Omstil.exe', 'C:\\x', '--flag'], '/cwd')).toBeNull();
    expect(planPathFromArgv(['/usr/bin/omstil', 'plan.omstil'], '/home/a')).toBe(
      '/home/a/plan.omstil',
    );
    expect(planPathFromArgv(['electron', '.', '--inspect', '/data/Plan 2026.OMSTIL'], '/cwd')).toBe(
      '/data/Plan 2026.OMSTIL',
    );
  });

  it('ignores the executable and switches that look like plans', () => {
    expect(planPathFromArgv(['/tmp/evil.omstil'], '/cwd')).toBeNull();
    expect(planPathFromArgv(['omstil', '--user-data-dir=x.omstil'], '/cwd')).toBeNull();
  });
});

describe('outbox', () => {
  it('holds events until the page has loaded', () => {
    const sent: ShellEvent[] = [];
    const outbox = createOutbox((event) => sent.push(event));
    outbox.deliver({ type: 'open-path', path: '/a.omstil' });
    expect(sent).toEqual([]);
    outbox.open();
    outbox.deliver({ type: 'plan-changed' });
    expect(sent).toEqual([{ type: 'open-path', path: '/a.omstil' }, { type: 'plan-changed' }]);
  });
});

describe('window registry', () => {
  it('finds a window by its webContents and disposes its plan when it closes', () => {
    const registry = createWindowRegistry<FakeBrowserWindow>();
    const window = new FakeBrowserWindow({});
    const handlers = fakeHandlers();
    registry.add(
      window,
      handlers,
      createOutbox(() => undefined),
    );
    expect(registry.byWebContentsId(window.webContents.id)?.handlers).toBe(handlers);
    window.close();
    expect(handlers.dispose).toHaveBeenCalledTimes(1);
    expect(registry.byWebContentsId(window.webContents.id)).toBeUndefined();
    expect(registry.entries()).toEqual([]);
  });

  it('disposes every plan once, even when windows close afterwards', () => {
    const report = vi.fn();
    const registry = createWindowRegistry<FakeBrowserWindow>(report);
    const windows = [new FakeBrowserWindow({}), new FakeBrowserWindow({})];
    const handlers = windows.map((window) => {
      const h = fakeHandlers();
      registry.add(
        window,
        h,
        createOutbox(() => undefined),
      );
      return h;
    });
    handlers[0]?.dispose.mockImplementation(() => {
      throw new Error('disk gone');
    });
    registry.disposeAll();
    for (const window of windows) window.close();
    registry.disposeAll();
    expect(handlers.map((h) => h.dispose.mock.calls.length)).toEqual([1, 1]);
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('remembers which window was focused last', () => {
    const registry = createWindowRegistry<FakeBrowserWindow>();
    const [a, b] = [new FakeBrowserWindow({}), new FakeBrowserWindow({})];
    registry.add(
      a,
      fakeHandlers(),
      createOutbox(() => undefined),
    );
    registry.add(
      b,
      fakeHandlers(),
      createOutbox(() => undefined),
    );
    expect(registry.lastFocused()?.window).toBe(b);
    a.emit('focus');
    expect(registry.lastFocused()?.window).toBe(a);
  });
});

describe('routing files and commands to windows', () => {
  it('opens a file in the focused window when it shows no plan', () => {
    const { routing, openWindow, eventsOf, setFocused } = setup();
    const first = openWindow();
    openWindow.mockClear();
    setFocused(first.window);
    routing.openPath('/p/a.omstil');
    expect(openWindow).not.toHaveBeenCalled();
    expect(eventsOf(first.window)).toEqual([{ type: 'open-path', path: '/p/a.omstil' }]);
    expect(first.pendingPath).toBe('/p/a.omstil');
  });

  it('opens a second file in a second window', () => {
    const { routing, openWindow, eventsOf, setFocused } = setup();
    const first = openWindow();
    setFocused(first.window);
    first.planPath = '/p/a.omstil';
    routing.openPath('/p/b.omstil');
    expect(openWindow).toHaveBeenCalledTimes(2);
    const second = openWindow.mock.results[1]?.value as typeof first;
    expect(eventsOf(second.window)).toEqual([{ type: 'open-path', path: '/p/b.omstil' }]);
    expect(eventsOf(first.window)).toEqual([]);
  });

  it('gives two files that arrive together a window each', () => {
    const { routing, openWindow, registry } = setup();
    routing.openPath('/p/a.omstil');
    routing.openPath('/p/b.omstil');
    expect(openWindow).toHaveBeenCalledTimes(2);
    expect(registry.entries().map((entry) => entry.pendingPath)).toEqual([
      '/p/a.omstil',
      '/p/b.omstil',
    ]);
  });

  it('brings a plan that is already open to the front instead of opening it twice', () => {
    const { routing, openWindow, focus, eventsOf } = setup('win32');
    const first = openWindow();
    first.planPath = 'C:\\Planer\\A.omstil';
    routing.openPath('c:\\planer\\a.omstil');
    expect(openWindow).toHaveBeenCalledTimes(1);
    expect(focus).toHaveBeenCalledWith(first.window);
    expect(eventsOf(first.window)).toEqual([]);
  });

  it('sends a menu command to the focused window', () => {
    const { routing, openWindow, eventsOf, setFocused } = setup();
    const [a, b] = [openWindow(), openWindow()];
    setFocused(a.window);
    routing.runCommand('save-copy');
    expect(eventsOf(a.window)).toEqual([{ type: 'menu', command: 'save-copy' }]);
    expect(eventsOf(b.window)).toEqual([]);
  });

  it('starts a window for New, Open and Import when none is open, and ignores the rest', () => {
    const { routing, openWindow, eventsOf } = setup('darwin');
    routing.runCommand('undo');
    expect(openWindow).not.toHaveBeenCalled();
    routing.runCommand('open');
    expect(openWindow).toHaveBeenCalledTimes(1);
    const entry = openWindow.mock.results[0]?.value as ReturnType<typeof openWindow>;
    expect(eventsOf(entry.window)).toEqual([{ type: 'menu', command: 'open' }]);

    const other = setup('darwin');
    other.routing.runCommand('import');
    const started = other.openWindow.mock.results[0]?.value as ReturnType<typeof openWindow>;
    expect(other.eventsOf(started.window)).toEqual([{ type: 'menu', command: 'import' }]);
  });
});
