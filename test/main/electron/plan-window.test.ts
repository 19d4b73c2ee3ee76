import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { startApp } from '../../../src/main/electron/lifecycle';
import { MENU_LABELS } from '../../../src/main/electron/menu-labels';
import { createHandlers, type Handlers } from '../../../src/main/host/handlers';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';
import {
  app,
  dialog,
  fakeEvent,
  FakeBrowserWindow,
  Menu,
  resetFakeElectron,
  settle,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const tempDir = useTempDir();

/** The app with the real host behind each window, on a recent list of the test's own. */
function start(): Handlers[] {
  const recentFilesPath = join(tempDir(), 'recent-files.json');
  const windows: Handlers[] = [];
  startApp({
    createHandlers: (context) => {
      const handlers = createHandlers({ ...context, recentFilesPath }, fixedEnvironment());
      if (context.chooseFile) windows.push(handlers);
      return handlers;
    },
    mainDir: '/opt/omstil/out/main',
    argv: ['omstil'],
    cwd: '/',
    env: {},
    platform: 'linux',
  });
  return windows;
}

const labels = MENU_LABELS.da;

function recentInMenu(): string[] {
  const template = (Menu.current?.template ?? []) as MenuItemConstructorOptions[];
  const file = template.find((item) => item.label === labels.file);
  const items = Array.isArray(file?.submenu) ? file.submenu : [];
  const recent = items.find((item) => item.label === labels.openRecent);
  return (Array.isArray(recent?.submenu) ? recent.submenu : []).map((item) => item.label ?? '');
}

beforeEach(() => {
  resetFakeElectron();
});

afterEach(() => {
  // Closes the windows' plans and their lock files.
  app.emit('will-quit');
  vi.restoreAllMocks();
});

describe('a plan window', () => {
  it('rebuilds the menu when its plan’s path or title changes, not on every edit', async () => {
    const windows = start();
    await settle();
    const handlers = windows[0];
    const window = FakeBrowserWindow.all[0];
    const builds = vi.spyOn(Menu, 'setApplicationMenu');

    await handlers!.newPlan({ path: join(tempDir(), 'SU 2026.omstil'), title: 'Kompetenceplan' });
    await settle();
    expect(builds).toHaveBeenCalledTimes(1);
    expect(recentInMenu()).toEqual(['SU 2026.omstil']);
    expect(window?.title).toBe('Kompetenceplan – Omstil');

    // A field typed into: the host reports it, and the menu stays as it is.
    await handlers!.updatePlan({ patch: { purpose: 'Digital omstilling i hele huset' } });
    await handlers!.updatePlan({ patch: { organisation: 'Styrelsen' } });
    await settle();
    expect(builds).toHaveBeenCalledTimes(1);
    expect(window?.title).toBe('Kompetenceplan – Omstil');

    await handlers!.updatePlan({ patch: { title: 'Kompetenceplan 2026' } });
    await settle();
    expect(builds).toHaveBeenCalledTimes(2);
    expect(window?.title).toBe('Kompetenceplan 2026 – Omstil');

    // Undoing the title is a change of title too.
    await handlers!.undo({});
    await settle();
    expect(builds).toHaveBeenCalledTimes(3);
    expect(window?.title).toBe('Kompetenceplan – Omstil');
  });

  it('asks before a page holding a refused value is closed, and closes only on "Kassér og luk"', async () => {
    start();
    await settle();
    const window = FakeBrowserWindow.all[0]!;

    // The page refused to unload; the user keeps editing.
    const kept = fakeEvent();
    window.webContents.emit('will-prevent-unload', kept);
    expect(kept.defaultPrevented).toBe(false);
    const [parent, options] = dialog.showMessageBoxSync.mock.calls[0] as [
      unknown,
      { buttons: string[]; defaultId: number; message: string },
    ];
    expect(parent).toBe(window);
    expect(options.message).toBe('Værdien er ikke gemt');
    expect(options.buttons).toEqual(['Fortsæt redigering', 'Kassér og luk']);
    expect(options.defaultId).toBe(0);

    // The user discards the value: the window's unload goes ahead.
    dialog.showMessageBoxSync.mockReturnValue(1);
    const discarded = fakeEvent();
    window.webContents.emit('will-prevent-unload', discarded);
    expect(discarded.defaultPrevented).toBe(true);
  });
});
