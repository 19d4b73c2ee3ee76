import type { ApiClient } from '../../shared/api';
import { findBridge } from './bridge';
import { bridgeTransport } from './bridge-transport';
import { createClient } from './client';
import { httpTransport } from './http-transport';
import { shellEventsFrom, type ShellEventSource } from './shell-events';

export { createClient } from './client';
export { httpTransport } from './http-transport';
export { bridgeTransport } from './bridge-transport';
export type { Transport } from './transport';
export type { ShellEventSource } from './shell-events';
export { noShellEvents } from './shell-events';

/** The renderer does not know its host: the preload bridge under Electron, HTTP otherwise. */
export function connect(): { api: ApiClient; shellEvents: ShellEventSource } {
  const bridge = findBridge();
  return {
    api: createClient(bridge ? bridgeTransport(bridge) : httpTransport()),
    shellEvents: shellEventsFrom(bridge),
  };
}
