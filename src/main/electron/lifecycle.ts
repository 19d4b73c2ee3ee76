import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { RecentFile } from '../../shared/api';
import type { HostContext } from '../host';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './app-protocol';
import { createAppUrlMatcher, rendererSource } from './app-url';
import { planPathFromArgv } from './argv';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { MENU_LABELS, shellLanguage } from './menu-labels';
import { preloadPath, rendererDir, userPaths } from './paths';
import { openPlanWindow } from './plan-window';
import { createRouting } from './routing';
import type { Routing } from './routing';
import {
  CONTENT_SECURITY_POLICY,
  createSecurityHandlers,
  devContentSecurityPolicy,
  guardSession,
  guardWebContents,
} from './security';
import { createWindowRegistry } from './windows-registry';
import type { PlanHandlers } from './windows-registry';

export const APP_USER_MODEL_ID = 'dk.omstil.app';

export interface StartOptions {
  createHandlers: (context: HostContext) => PlanHandlers;
  /** The folder of the built main script (`out/main`). */
  mainDir: string;
  argv: readonly string[];
  cwd: string;
  env: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
}

/**
 * The app's lifecycle. Returns false when another instance already runs: that one is handed our
 * command line (`second-instance`) and this one quits, so one plan file has one owner process.
 */
export function startApp(options: StartOptions): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  const platform = options.platform ?? process.platform;
  // Every renderer sandboxed, including any we did not create ourselves.
  app.enableSandbox();
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  // Only possible before `ready`; the scheme's handler is set once the app is ready.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
  ]);

  const source = rendererSource(options.env, app.isPackaged, rendererDir(options.mainDir));
  const isAppUrl = createAppUrlMatcher(source);
  const csp =
    source.kind === 'dev' ? devContentSecurityPolicy(source.url) : CONTENT_SECURITY_POLICY;
  const security = createSecurityHandlers({
    isAppUrl,
    csp,
    openExternal: (url) => {
      shell.openExternal(url).catch((error: unknown) => console.error('[omstil]', error));
    },
  });
  const registry = createWindowRegistry<BrowserWindow>();
  const language = shellLanguage(app.getPreferredSystemLanguages());

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, security));
  registerIpc(ipcMain, {
    isAppUrl,
    handlersFor: (webContentsId) => registry.byWebContentsId(webContentsId)?.handlers,
  });

  // Files can arrive (macOS `open-file`, a second instance) before the app is ready to show them.
  const waiting: string[] = [];
  const startPath = planPathFromArgv(options.argv, options.cwd);
  if (startPath !== null) waiting.push(startPath);
  let routing: Routing | undefined;
  const openPath = (path: string): void => {
    if (routing) routing.openPath(path);
    else waiting.push(path);
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = planPathFromArgv(argv, workingDirectory);
    if (path !== null) openPath(path);
    else if (routing) focusOrOpen();
  });

  let recentHandlers: PlanHandlers | undefined;
  let openWindow: (() => ReturnType<typeof openPlanWindow>) | undefined;
  const focusOrOpen = (): void => {
    const entry = registry.lastFocused() ?? openWindow?.();
    if (entry) focus(entry.window);
  };

  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && registry.entries().length === 0) openWindow?.();
  });
  // Not `before-quit`: a quit can still be cancelled then, and the windows would be left
  // without their plans. Windows that closed have closed their plans already.
  app.on('will-quit', () => {
    registry.disposeAll();
    recentHandlers?.dispose();
  });

  app
    .whenReady()
    .then(() => {
      guardSession(session.defaultSession, security);
      if (source.kind === 'app') {
        protocol.handle(APP_SCHEME, createAppRequestHandler(source.root, csp));
      }
      const paths = userPaths((name) => app.getPath(name));
      // A plan-less instance of the core serves the recent list while no window is open (macOS).
      const appHandlers = options.createHandlers({
        transport: 'electron',
        appVersion: app.getVersion(),
        defaultFolder: paths.defaultFolder,
        recentFilesPath: paths.recentFilesPath,
      });
      recentHandlers = appHandlers;

      const refreshMenu = async (): Promise<void> => {
        const recent = await listRecent(appHandlers);
        const template = buildMenuTemplate({
          labels: MENU_LABELS[language],
          recent,
          isPackaged: app.isPackaged,
          platform,
          onCommand: (command) => routing?.runCommand(command),
          onOpenRecent: openPath,
        });
        Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      };
      const refresh = (): void => {
        refreshMenu().catch((error: unknown) => console.error('[omstil] menu', error));
      };

      const windowFactory = () =>
        openPlanWindow({
          createHandlers: options.createHandlers,
          registry,
          source,
          preload: preloadPath(options.mainDir),
          isPackaged: app.isPackaged,
          appVersion: app.getVersion(),
          paths,
          language,
          platform,
          afterPlanChanged: refresh,
        });
      openWindow = windowFactory;
      routing = createRouting({
        registry,
        focusedWindowId: () => BrowserWindow.getFocusedWindow()?.id,
        openWindow: windowFactory,
        focus,
        platform,
      });

      refresh();
      if (waiting.length === 0) windowFactory();
      for (const path of waiting.splice(0)) routing.openPath(path);
    })
    .catch((error: unknown) => {
      console.error('[omstil] start-up failed', error);
      app.exit(1);
    });
  return true;
}

function focus(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  // A window still loading shows itself on `ready-to-show`; showing it now would flash white.
  if (window.isVisible()) window.focus();
}

async function listRecent(handlers: PlanHandlers): Promise<RecentFile[]> {
  try {
    return await handlers.listRecent({});
  } catch (error) {
    console.error('[omstil] the recent list could not be read', error);
    return [];
  }
}
