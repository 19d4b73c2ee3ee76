import { app, dialog, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import type { HostContext } from '../host';
import type { RendererSource } from './app-url';
import { createChooseFile, createChooseTrendsSources } from './dialogs';
import { confirmCloseWithRefusedValue } from './leave-prompt';
import type { ShellLanguage } from './menu-labels';
import { createOpenFile } from './open-file';
import { createOutbox } from './outbox';
import type { UserPaths } from './paths';
import { sendShellEvent } from './shell-events';
import { createWindow, loadRenderer, windowTitle } from './window';
import type { PlanHandlers, WindowEntry, WindowRegistry } from './windows-registry';

export interface PlanWindowOptions {
  createHandlers: (context: HostContext) => PlanHandlers;
  registry: WindowRegistry<BrowserWindow>;
  source: RendererSource;
  preload: string;
  isPackaged: boolean;
  appVersion: string;
  paths: UserPaths;
  language: ShellLanguage;
  platform: NodeJS.Platform;
  /** After a plan opened or closed in any window, e.g. to refresh the recent-files menu. */
  afterPlanChanged: () => void;
}

/** A window with its own plan handlers, registered before its page loads so no call is missed. */
export function openPlanWindow(options: PlanWindowOptions): WindowEntry<BrowserWindow> {
  const window = createWindow(options.preload, options.isPackaged);
  // Read now: a destroyed window can no longer be asked for its id or its webContents.
  const windowId = window.id;
  const contents = window.webContents;
  const outbox = createOutbox((event) => sendShellEvent(contents, event));
  // What the menu and the OS's recent list were last told of this window's plan.
  let shown: { path: string | null; title: string | null } | null = null;
  const dialogOptions = {
    dialog,
    parent: () => (window.isDestroyed() ? undefined : window),
    defaultFolder: options.paths.defaultFolder,
    language: options.language,
  };
  const context: HostContext = {
    transport: 'electron',
    appVersion: options.appVersion,
    defaultFolder: options.paths.defaultFolder,
    recentFilesPath: options.paths.recentFilesPath,
    chooseFile: createChooseFile(dialogOptions),
    chooseTrendsSources: createChooseTrendsSources(dialogOptions),
    openFile: createOpenFile(shell),
    // Through the outbox like every shell event; an export only runs once the page has loaded.
    onExportProgress: (fraction) => outbox.deliver({ type: 'export-progress', fraction }),
    onPlanChanged: (path, title) => {
      const entry = options.registry.byWindowId(windowId);
      if (entry) {
        entry.planPath = path;
        entry.pendingPath = null;
      }
      if (!window.isDestroyed()) {
        window.setTitle(windowTitle(path === null ? null : title));
        // macOS shows the file's icon in the title bar and offers its folder on Cmd-click.
        if (options.platform === 'darwin') window.setRepresentedFilename(path ?? '');
      }
      // The host reports after every edit, but the recent lists change only with the plan's path
      // or title: rebuilding the menu for a field typed into would read the list each time.
      if (shown !== null && shown.path === path && shown.title === title) return;
      shown = { path, title };
      // The OS's own recent list: Windows jump list, macOS Dock menu.
      if (path !== null) app.addRecentDocument(path);
      options.afterPlanChanged();
    },
  };

  const entry = options.registry.add(window, options.createHandlers(context), outbox);
  contents.once('did-finish-load', () => outbox.open());
  // The page holds back closing or reloading while a field has a refused value; Electron shows
  // no question of its own, so the window asks, and goes only when the user discards the value.
  contents.on('will-prevent-unload', (event) => {
    if (confirmCloseWithRefusedValue(dialog, window, options.language)) event.preventDefault();
  });
  // Windows does not emit `will-quit` when the user logs off; close the plans (and locks) here.
  window.on('session-end', () => options.registry.disposeAll());
  loadRenderer(window, options.source).catch((error: unknown) => {
    console.error('[omstil] the window could not load its page', error);
  });
  return entry;
}
