import { resolve } from 'node:path';
import type { MenuCommand } from './menu';
import type { RegistrableWindow, WindowEntry, WindowRegistry } from './windows-registry';

export interface RoutingOptions<W extends RegistrableWindow> {
  registry: WindowRegistry<W>;
  /** The id of the window with keyboard focus, if the app has it. */
  focusedWindowId: () => number | undefined;
  openWindow: () => WindowEntry<W>;
  focus: (window: W) => void;
  platform: NodeJS.Platform;
}

export interface Routing {
  /** A plan file from the OS (double-click, `open-file`, second instance) or the recent menu. */
  openPath(path: string): void;
  /** A menu command goes to the window the user is working in. */
  runCommand(command: MenuCommand): void;
}

/**
 * Which window gets what. A file goes to the current window when it shows no plan, otherwise to
 * a new window (each window holds one plan); a file already open is brought to the front instead
 * of being opened twice, which its lock file would make read-only.
 */
export function createRouting<W extends RegistrableWindow>(options: RoutingOptions<W>): Routing {
  const { registry } = options;
  const fold = (path: string) =>
    options.platform === 'win32' || options.platform === 'darwin' ? path.toLowerCase() : path;
  const same = (a: string | null, b: string) => a !== null && fold(resolve(a)) === fold(resolve(b));

  const current = (): WindowEntry<W> | undefined => {
    const id = options.focusedWindowId();
    return (id === undefined ? undefined : registry.byWindowId(id)) ?? registry.lastFocused();
  };

  return {
    openPath(path) {
      const already = registry
        .entries()
        .find((entry) => same(entry.planPath, path) || same(entry.pendingPath, path));
      if (already) {
        options.focus(already.window);
        return;
      }
      const target = current();
      const isFree =
        target !== undefined && target.planPath === null && target.pendingPath === null;
      const entry = target !== undefined && isFree ? target : options.openWindow();
      // Claimed now, so a second file arriving before the first has opened gets its own window.
      entry.pendingPath = path;
      entry.outbox.deliver({ type: 'open-path', path });
      options.focus(entry.window);
    },
    runCommand(command) {
      const target = current();
      if (target) {
        target.outbox.deliver({ type: 'menu', command });
        return;
      }
      // macOS keeps running without windows; New, Open and Import there start a window of their own.
      if (command === 'new' || command === 'open' || command === 'import') {
        options.openWindow().outbox.deliver({ type: 'menu', command });
      }
    },
  };
}
