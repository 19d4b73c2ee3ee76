import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { HostContext } from '../../../src/main/host/host-context';
import { startApp } from '../../../src/main/electron/lifecycle';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/electron/security';
import { webPreferences, windowTitle } from '../../../src/main/electron/window';
import { ipcChannel, SHELL_EVENT_CHANNEL } from '../../../src/shared/api-names';
import {
  app,
  fakeEvent,
  FakeBrowserWindow,
  ipcMain,
  Menu,
  protocol,
  resetFakeElectron,
  session,
  shell,
  settle,
} from './fake-electron';
import { fakeHandlers } from './fake-handlers';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const MAIN_DIR = '/opt/omstil/out/main';
const PAGE_URL = 'app://omstil/index.html';

function start(argv: string[] = ['omstil'], platform: NodeJS.Platform = 'linux') {
  const contexts: HostContext[] = [];
  const created: ReturnType<typeof fakeHandlers>[] = [];
  const createHandlers = vi.fn((context: HostContext) => {
    contexts.push(context);
    const handlers = fakeHandlers({ listRecent: () => [] });
    created.push(handlers);
    return handlers;
  });
  const started = startApp({
    createHandlers,
    mainDir: MAIN_DIR,
    argv,
    cwd: '/home/anne',
    env: {},
    platform,
  });
  return { started, createHandlers, contexts, created };
}

/** The contexts and handlers of windows, without the app-level instance used for the menu. */
const windowContexts = (contexts: HostContext[]) => contexts.filter((c) => c.chooseFile);

const sentEvents = (window: FakeBrowserWindow | undefined) =>
  (window?.webContents.send.mock.calls ?? [])
    .filter(([channel]) => channel === SHELL_EVENT_CHANNEL)
    .map(([, event]) => event);

function menuItem(path: string[]): MenuItemConstructorOptions | undefined {
  let items = (Menu.current?.template ?? []) as MenuItemConstructorOptions[];
  let found: MenuItemConstructorOptions | undefined;
  for (const label of path) {
    found = items.find((item) => item.label === label);
    items = Array.isArray(found?.submenu) ? found.submenu : [];
  }
  return found;
}

beforeEach(() => {
  resetFakeElectron();
});

describe('single instance', () => {
  it('quits a second instance before doing anything else', async () => {
    app.hasLock = false;
    const { started, createHandlers } = start(['omstil', '/p/a.omstil']);
    await settle();
    expect(started).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toEqual([]);
    expect(createHandlers).not.toHaveBeenCalled();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('opens a plan from the second instance in the running one', async () => {
    start();
    await settle();
    const [first] = FakeBrowserWindow.all;
    first?.finishLoad();
    app.emit('second-instance', fakeEvent(), ['omstil', 'b.omstil'], '/data');
    expect(sentEvents(first)).toEqual([{ type: 'open-path', path: '/data/b.omstil' }]);
  });
});

describe('start-up', () => {
  it('sandboxes renderers and opens one secure window on our page', async () => {
    const { started } = start();
    await settle();
    expect(started).toBe(true);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(1);
    const window = FakeBrowserWindow.all[0];
    expect(window?.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/opt/omstil/out/preload/index.js',
    });
    expect(window?.loadURL).toHaveBeenCalledWith(PAGE_URL);
  });

  it('opens a .omstil path given on the command line once the page has loaded', async () => {
    start(['omstil', '--no-sandbox-please', 'Planer/SU 2026.omstil']);
    await settle();
    expect(FakeBrowserWindow.all).toHaveLength(1);
    const window = FakeBrowserWindow.all[0];
    expect(sentEvents(window)).toEqual([]);
    window?.finishLoad();
    expect(sentEvents(window)).toEqual([
      { type: 'open-path', path: '/home/anne/Planer/SU 2026.omstil' },
    ]);
  });

  it('keeps files that macOS announces before the app is ready', async () => {
    start(['omstil'], 'darwin');
    const event = fakeEvent();
    app.emit('open-file', event, '/Users/anne/a.omstil');
    app.emit('open-file', fakeEvent(), '/Users/anne/b.omstil');
    expect(event.defaultPrevented).toBe(true);
    await settle();
    expect(FakeBrowserWindow.all).toHaveLength(2);
    for (const window of FakeBrowserWindow.all) window.finishLoad();
    expect(FakeBrowserWindow.all.map(sentEvents)).toEqual([
      [{ type: 'open-path', path: '/Users/anne/a.omstil' }],
      [{ type: 'open-path', path: '/Users/anne/b.omstil' }],
    ]);
  });

  it('gives each window its own core with the electron host context', async () => {
    const { contexts } = start();
    await settle();
    const [context] = windowContexts(contexts);
    expect(context).toMatchObject({
      transport: 'electron',
      appVersion: '0.1.0-test',
      defaultFolder: '/fake/documents',
      recentFilesPath: '/fake/userData/recent-files.json',
    });
  });

  it('guards the session and every new webContents', async () => {
    start();
    await settle();
    const grant = vi.fn();
    (session.defaultSession.permissionRequestHandler as (...a: unknown[]) => void)(
      {},
      'media',
      grant,
    );
    expect(grant).toHaveBeenCalledWith(false);
    const callback = vi.fn();
    (session.defaultSession.headersReceived as (...a: unknown[]) => void)(
      { responseHeaders: {} },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });

    const contents = new FakeBrowserWindow({}).webContents;
    app.emit('web-contents-created', fakeEvent(), contents);
    const navigate = fakeEvent({ url: 'https://example.com/' });
    contents.emit('will-navigate', navigate);
    expect(navigate.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });
});

describe('the app:// scheme', () => {
  it('is made privileged before ready and serves the built renderer folder with the CSP', async () => {
    const out = mkdtempSync(join(tmpdir(), 'omstil-lifecycle-'));
    try {
      mkdirSync(join(out, 'renderer'));
      mkdirSync(join(out, 'main'));
      writeFileSync(join(out, 'renderer', 'index.html'), '<!doctype html>');
      writeFileSync(join(out, 'main', 'index.js'), '// main');
      startApp({
        createHandlers: () => fakeHandlers({ listRecent: () => [] }),
        mainDir: join(out, 'main'),
        argv: ['omstil'],
        cwd: '/home/anne',
        env: {},
        platform: 'linux',
      });
      expect(protocol.privileged).toEqual([
        {
          scheme: 'app',
          privileges: { standard: true, secure: true, supportFetchAPI: true },
          whenReady: false,
        },
      ]);
      await settle();
      const handle = protocol.handlers.get('app');
      const page = await handle?.({ url: PAGE_URL, method: 'GET' });
      expect(page?.status).toBe(200);
      expect(page?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await page?.text()).toBe('<!doctype html>');
      const main = await handle?.({ url: 'app://omstil/%2e%2e/main/index.js', method: 'GET' });
      expect(main?.status).toBe(404);
      expect(FakeBrowserWindow.all[0]?.loadURL).toHaveBeenCalledWith(PAGE_URL);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('is not served while the dev server shows the page', async () => {
    startApp({
      createHandlers: () => fakeHandlers({ listRecent: () => [] }),
      mainDir: MAIN_DIR,
      argv: ['omstil'],
      cwd: '/home/anne',
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
      platform: 'linux',
    });
    await settle();
    expect(protocol.handlers.size).toBe(0);
    expect(FakeBrowserWindow.all[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });
});

describe('windows and plans', () => {
  it('names the window after the open plan', async () => {
    const { contexts } = start([], 'darwin');
    await settle();
    const window = FakeBrowserWindow.all[0];
    windowContexts(contexts)[0]?.onPlanChanged?.('/p/su.omstil', 'Kompetenceplan 2026');
    expect(window?.title).toBe('Kompetenceplan 2026 – Omstil');
    expect(window?.representedFilename).toBe('/p/su.omstil');
    expect(app.addRecentDocument).toHaveBeenCalledWith('/p/su.omstil');
    windowContexts(contexts)[0]?.onPlanChanged?.(null, null);
    expect(window?.title).toBe('Omstil');
    expect(windowTitle('  ')).toBe('Omstil');
  });

  it('opens a second file in a new window when the first shows a plan', async () => {
    const { contexts } = start();
    await settle();
    const first = FakeBrowserWindow.all[0];
    first?.finishLoad();
    FakeBrowserWindow.focused = first ?? null;
    windowContexts(contexts)[0]?.onPlanChanged?.('/p/a.omstil', 'A');
    app.emit('second-instance', fakeEvent(), ['omstil', '/p/b.omstil'], '/');
    expect(FakeBrowserWindow.all).toHaveLength(2);
    const second = FakeBrowserWindow.all[1];
    second?.finishLoad();
    expect(sentEvents(first)).toEqual([]);
    expect(sentEvents(second)).toEqual([{ type: 'open-path', path: '/p/b.omstil' }]);
  });

  it('pushes the progress of a PDF to the window whose core writes it', async () => {
    const { contexts } = start();
    await settle();
    const first = FakeBrowserWindow.all[0];
    first?.finishLoad();
    FakeBrowserWindow.focused = first ?? null;
    windowContexts(contexts)[0]?.onPlanChanged?.('/p/a.omstil', 'A');
    app.emit('second-instance', fakeEvent(), ['omstil', '/p/b.omstil'], '/');
    const second = FakeBrowserWindow.all[1];
    second?.finishLoad();
    const [, secondContext] = windowContexts(contexts);
    secondContext?.onExportProgress?.(0.42);
    secondContext?.onExportProgress?.(1);
    expect(second?.webContents.send).toHaveBeenCalledWith(SHELL_EVENT_CHANNEL, {
      type: 'export-progress',
      fraction: 0.42,
    });
    const expected = [
      { type: 'open-path', path: '/p/b.omstil' },
      { type: 'export-progress', fraction: 0.42 },
      { type: 'export-progress', fraction: 1 },
    ];
    expect(sentEvents(second)).toEqual(expected);
    expect(sentEvents(first)).toEqual([]);
    // A window closed while its PDF is written is not sent to any more.
    second?.close();
    expect(() => secondContext?.onExportProgress?.(0.5)).not.toThrow();
    expect(sentEvents(second)).toEqual(expected);
  });

  it("closes a window's plan when the window closes, and the rest when the app quits", async () => {
    const { created } = start();
    await settle();
    const [appLevel, firstHandlers] = created;
    FakeBrowserWindow.all[0]?.close();
    expect(firstHandlers?.dispose).toHaveBeenCalledTimes(1);
    app.emit('will-quit');
    expect(firstHandlers?.dispose).toHaveBeenCalledTimes(1);
    expect(appLevel?.dispose).toHaveBeenCalledTimes(1);
  });

  it('quits when the last window closes, except on macOS', async () => {
    start([], 'linux');
    await settle();
    FakeBrowserWindow.all[0]?.close();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);

    resetFakeElectron();
    start([], 'darwin');
    await settle();
    FakeBrowserWindow.all[0]?.close();
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('activate');
    expect(FakeBrowserWindow.all).toHaveLength(1);
  });
});

describe('IPC and menu wiring', () => {
  it("routes a call from a window's page to that window's handlers", async () => {
    const { created } = start();
    await settle();
    const window = FakeBrowserWindow.all[0];
    window?.finishLoad();
    const handlers = created[1];
    const listener = ipcMain.handlers.get(ipcChannel('getPlan'));
    const result = await listener?.(
      { sender: window?.webContents, senderFrame: { url: PAGE_URL, parent: null } },
      {},
    );
    expect(result).toEqual({ ok: true, value: { reached: 'getPlan' } });
    expect(handlers?.calls).toEqual([{ call: 'getPlan', input: {} }]);

    const refused = await listener?.(
      { sender: window?.webContents, senderFrame: { url: 'https://evil.example/', parent: null } },
      {},
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-supported' } });
    expect(handlers?.calls).toHaveLength(1);
  });

  it('installs the Danish menu; Filer › Ny plan… tells the focused window', async () => {
    start();
    await settle();
    const window = FakeBrowserWindow.all[0];
    window?.finishLoad();
    FakeBrowserWindow.focused = window ?? null;
    const item = menuItem(['Filer', 'Ny plan…']);
    expect(item?.accelerator).toBe('CmdOrCtrl+N');
    item?.click?.({} as never, undefined, {});
    expect(window?.webContents.send).toHaveBeenCalledWith(SHELL_EVENT_CHANNEL, {
      type: 'menu',
      command: 'new',
    });
    menuItem(['Redigér', 'Fortryd'])?.click?.({} as never, undefined, {});
    expect(sentEvents(window).at(-1)).toEqual({ type: 'menu', command: 'undo' });
  });

  it('sends Filer › Importér fra JSON… to the focused window, as the start screen’s button', async () => {
    start();
    await settle();
    const window = FakeBrowserWindow.all[0];
    window?.finishLoad();
    FakeBrowserWindow.focused = window ?? null;
    menuItem(['Filer', 'Importér fra JSON…'])?.click?.({} as never, undefined, {});
    expect(sentEvents(window).at(-1)).toEqual({ type: 'menu', command: 'import' });
  });

  it('sends Filer › Eksportér… and Flet med en kopi… to the focused window', async () => {
    start();
    await settle();
    const window = FakeBrowserWindow.all[0];
    window?.finishLoad();
    FakeBrowserWindow.focused = window ?? null;
    expect(menuItem(['Filer', 'Eksportér…'])?.accelerator).toBe('CmdOrCtrl+E');
    menuItem(['Filer', 'Eksportér…'])?.click?.({} as never, undefined, {});
    menuItem(['Filer', 'Flet med en kopi…'])?.click?.({} as never, undefined, {});
    expect(sentEvents(window).slice(-2)).toEqual([
      { type: 'menu', command: 'export' },
      { type: 'menu', command: 'merge' },
    ]);
  });

  it("opens an exported file in the system's program from a window's core", async () => {
    const { contexts } = start();
    await settle();
    const [context] = windowContexts(contexts);
    await context?.openFile?.('/home/anne/Plan.pdf');
    expect(shell.openPath).toHaveBeenCalledWith('/home/anne/Plan.pdf');
  });

  it('refreshes the recent list in the menu after a plan opens', async () => {
    const { contexts, created } = start();
    await settle();
    const appLevel = created[0];
    expect(menuItem(['Filer', 'Åbn seneste', 'Ingen seneste planer'])).toBeDefined();
    appLevel?.calls.splice(0);
    Object.assign(appLevel ?? {}, {
      listRecent: () => [
        { path: '/p/a.omstil', name: 'a.omstil', exists: true, openedAt: '2026-01-01' },
      ],
    });
    windowContexts(contexts)[0]?.onPlanChanged?.('/p/a.omstil', 'A');
    await settle();
    expect(menuItem(['Filer', 'Åbn seneste', 'a.omstil'])).toMatchObject({ enabled: true });
  });

  it('has the same web preferences for every window', () => {
    expect(webPreferences('/x/preload.js', true)).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      devTools: false,
    });
  });
});
