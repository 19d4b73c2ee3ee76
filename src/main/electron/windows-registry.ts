import type { ApiHandlers } from '../../shared/api';
import type { Outbox } from './outbox';

/** One open plan's core: what `createHandlers` returns for each window. */
export type PlanHandlers = ApiHandlers & { dispose: () => void };

/** The part of a `BrowserWindow` the registry needs; tests hand in fakes. */
export interface RegistrableWindow {
  readonly id: number;
  readonly webContents: { readonly id: number };
  once(event: 'closed', listener: () => void): unknown;
  on(event: 'focus', listener: () => void): unknown;
}

export interface WindowEntry<W extends RegistrableWindow> {
  readonly window: W;
  readonly handlers: PlanHandlers;
  readonly outbox: Outbox;
  /** The plan the core reports open in this window; null when none. */
  planPath: string | null;
  /** A plan the shell asked this window to open that it has not reported open yet. */
  pendingPath: string | null;
}

export interface WindowRegistry<W extends RegistrableWindow> {
  add(window: W, handlers: PlanHandlers, outbox: Outbox): WindowEntry<W>;
  byWebContentsId(id: number): WindowEntry<W> | undefined;
  byWindowId(id: number): WindowEntry<W> | undefined;
  entries(): WindowEntry<W>[];
  /** The window the user worked in last, even when the app itself is not focused. */
  lastFocused(): WindowEntry<W> | undefined;
  /** Closes every plan file; safe to call more than once. */
  disposeAll(): void;
}

/**
 * Window ↔ plan handlers. Each window holds its own plan, and its plan file is closed (lock file
 * removed) when the window closes, so a colleague on the shared drive can open it straight after.
 */
export function createWindowRegistry<W extends RegistrableWindow>(
  report: (error: unknown) => void = defaultReport,
): WindowRegistry<W> {
  // Map order is focus order: a focused window is moved to the end.
  const byWindow = new Map<number, WindowEntry<W>>();
  const webContentsToWindow = new Map<number, number>();

  const dispose = (windowId: number): void => {
    const entry = byWindow.get(windowId);
    if (!entry) return;
    byWindow.delete(windowId);
    webContentsToWindow.delete(entry.window.webContents.id);
    try {
      entry.handlers.dispose();
    } catch (error) {
      report(error);
    }
  };

  return {
    add(window, handlers, outbox) {
      const entry: WindowEntry<W> = { window, handlers, outbox, planPath: null, pendingPath: null };
      const windowId = window.id;
      byWindow.set(windowId, entry);
      // Read now: a closed window's webContents can no longer be asked for its id.
      webContentsToWindow.set(window.webContents.id, windowId);
      window.once('closed', () => dispose(windowId));
      window.on('focus', () => {
        const current = byWindow.get(windowId);
        if (!current) return;
        byWindow.delete(windowId);
        byWindow.set(windowId, current);
      });
      return entry;
    },
    byWebContentsId(id) {
      const windowId = webContentsToWindow.get(id);
      return windowId === undefined ? undefined : byWindow.get(windowId);
    },
    byWindowId: (id) => byWindow.get(id),
    entries: () => [...byWindow.values()],
    lastFocused: () => [...byWindow.values()].at(-1),
    disposeAll() {
      for (const windowId of [...byWindow.keys()]) dispose(windowId);
    },
  };
}

function defaultReport(error: unknown): void {
  console.error('[omstil] closing a plan failed', error);
}
