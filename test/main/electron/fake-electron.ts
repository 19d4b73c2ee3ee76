import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, used through `vi.mock('electron', …)`. The real module
 * would try to download the Electron binary. State is reset in place, because the modules under
 * test keep the objects they imported.
 */

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export const fakeEvent = (
  extra: Record<string, unknown> = {},
): FakeEvent & Record<string, unknown> => {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
};

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  url = '';
  readonly mainFrame = { url: '', parent: null };
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }

  readonly id = nextId++;
  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  title = '';
  destroyed = false;
  visible = false;
  representedFilename = '';
  readonly loadFile = vi.fn((path: string) => {
    this.webContents.url = `file://${path}`;
    this.webContents.mainFrame.url = this.webContents.url;
    return Promise.resolve();
  });
  readonly loadURL = vi.fn((url: string) => {
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  });
  readonly focus = vi.fn();

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    FakeBrowserWindow.all.push(this);
    this.webContents.mainFrame.url = '';
  }
  show(): void {
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setRepresentedFilename(path: string): void {
    this.representedFilename = path;
  }
  /** What Electron does when the user closes the window. */
  close(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    FakeBrowserWindow.all = FakeBrowserWindow.all.filter((w) => w !== this);
    this.emit('closed');
  }
  /** The page has loaded. */
  finishLoad(): void {
    this.webContents.emit('did-finish-load');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  hasLock = true;
  preferredLanguages = ['da-DK'];
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setAppUserModelId = vi.fn();
  readonly addRecentDocument = vi.fn();
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  getPreferredSystemLanguages(): string[] {
    return this.preferredLanguages;
  }
  getPath(name: string): string {
    return `/fake/${name}`;
  }
  getVersion(): string {
    return '0.1.0-test';
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    this.ready = true;
    return Promise.resolve();
  }
}

type InvokeListener = (event: unknown, input: unknown) => Promise<unknown>;

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const ipcMain = {
  handlers: new Map<string, InvokeListener>(),
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};
export const Menu = {
  current: null as { template: unknown[] } | null,
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    Menu.current = menu;
  },
};
export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  /** The index of the button the user chose; 0 unless a test says otherwise. */
  showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
};
export const shell = {
  openExternal: vi.fn(() => Promise.resolve()),
  /** Resolves to an error message, or '' when the file opened. */
  openPath: vi.fn((_path: string) => Promise.resolve('')),
};

type ProtocolHandler = (request: { url: string; method: string }) => Promise<Response>;
export const protocol = {
  /** The schemes made privileged, and whether the app was ready then (Electron forbids that). */
  privileged: [] as { scheme: string; privileges: Record<string, boolean>; whenReady: boolean }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: Record<string, boolean> }[],
  ): void {
    for (const scheme of schemes) protocol.privileged.push({ ...scheme, whenReady: app.ready });
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (protocol.handlers.has(scheme)) throw new Error(`second handler for ${scheme}`);
    protocol.handlers.set(scheme, handler);
  },
};

type Handler = (...args: never[]) => unknown;
export const session = {
  defaultSession: {
    permissionRequestHandler: null as Handler | null,
    permissionCheckHandler: null as Handler | null,
    headersReceived: null as Handler | null,
    setPermissionRequestHandler(handler: Handler | null): void {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Handler | null): void {
      this.permissionCheckHandler = handler;
    },
    webRequest: {
      onHeadersReceived(handler: Handler): void {
        session.defaultSession.headersReceived = handler;
      },
    },
  },
};

export function resetFakeElectron(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  app.ready = false;
  app.hasLock = true;
  app.preferredLanguages = ['da-DK'];
  for (const fn of [
    app.quit,
    app.exit,
    app.enableSandbox,
    app.setAppUserModelId,
    app.addRecentDocument,
  ])
    fn.mockClear();
  FakeBrowserWindow.all = [];
  FakeBrowserWindow.focused = null;
  ipcMain.handlers.clear();
  Menu.current = null;
  dialog.showOpenDialog.mockReset();
  dialog.showSaveDialog.mockReset();
  dialog.showMessageBoxSync.mockReset().mockReturnValue(0);
  protocol.privileged = [];
  protocol.handlers.clear();
  shell.openExternal.mockClear();
  shell.openPath.mockClear();
  session.defaultSession.permissionRequestHandler = null;
  session.defaultSession.permissionCheckHandler = null;
  session.defaultSession.headersReceived = null;
}

export const electronModule = {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  dialog,
  protocol,
  shell,
  session,
};

/** Lets the `whenReady().then(…)` chain and other queued promises run. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
