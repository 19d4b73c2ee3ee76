import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { RendererSource } from './app-url';

export const APP_NAME = 'Omstil';

export function webPreferences(preload: string, isPackaged: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    devTools: !isPackaged,
    // On Linux Chromium fetches spelling dictionaries from Google; the app promises to stay
    // offline. Windows and macOS use the system's own spell checker.
    spellcheck: process.platform !== 'linux',
  };
}

export function windowOptions(
  preload: string,
  isPackaged: boolean,
): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    // Shown on `ready-to-show`, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: webPreferences(preload, isPackaged),
  };
}

/** The window's title names the plan; the page's own <title> does not override it. */
export function windowTitle(planTitle: string | null): string {
  const title = planTitle?.trim();
  return title ? `${title} – ${APP_NAME}` : APP_NAME;
}

export function createWindow(preload: string, isPackaged: boolean): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preload, isPackaged));
  window.once('ready-to-show', () => window.show());
  window.on('page-title-updated', (event) => event.preventDefault());
  return window;
}

export function loadRenderer(window: BrowserWindow, source: RendererSource): Promise<void> {
  return window.loadURL(source.url);
}
