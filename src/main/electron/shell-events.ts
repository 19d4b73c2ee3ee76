import type { ShellEvent } from '../../shared/api';
import { SHELL_EVENT_CHANNEL } from '../../shared/api-names';

export interface ShellEventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** The only way the shell talks to a page unasked: one typed event on one channel. */
export function sendShellEvent(contents: ShellEventTarget, event: ShellEvent): void {
  if (!contents.isDestroyed()) contents.send(SHELL_EVENT_CHANNEL, event);
}
