import type { ShellEvent } from '../../shared/api';

export interface Outbox {
  deliver(event: ShellEvent): void;
  /** The page has loaded: send what waited and from now on send at once. */
  open(): void;
}

/**
 * Holds shell events for a window whose page is still loading: a message sent before the preload
 * runs is dropped by Electron, and a file opened from the OS must not be lost that way.
 */
export function createOutbox(send: (event: ShellEvent) => void): Outbox {
  let ready = false;
  const waiting: ShellEvent[] = [];
  return {
    deliver(event) {
      if (ready) send(event);
      else waiting.push(event);
    },
    open() {
      ready = true;
      for (const event of waiting.splice(0)) send(event);
    },
  };
}
