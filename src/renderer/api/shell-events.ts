import type { OmstilBridge, ShellEvent } from '../../shared/api';

/** Subscribes to the desktop shell's menu commands; returns the unsubscribe function. */
export type ShellEventSource = (listener: (event: ShellEvent) => void) => () => void;

/** In a plain browser there is no shell and so nothing to listen to. */
export const noShellEvents: ShellEventSource = () => () => undefined;

export function shellEventsFrom(bridge: OmstilBridge | null): ShellEventSource {
  return bridge ? (listener) => bridge.onShellEvent(listener) : noShellEvents;
}
