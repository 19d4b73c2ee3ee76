import type { OmstilBridge } from '../../shared/api';
import type { Transport } from './transport';
import { transportError } from './transport-error';

/** Calls go through the preload's `window.omstil`, one function per call. */
export function bridgeTransport(bridge: OmstilBridge): Transport {
  return async (call, input) => {
    try {
      return await bridge[call](input ?? {});
    } catch (e) {
      // An exception thrown through IPC keeps only its message; it still becomes a value here.
      return { ok: false, error: transportError(e instanceof Error ? e.message : String(e)) };
    }
  };
}
