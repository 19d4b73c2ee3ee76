import { join } from 'node:path';
import type { Environment } from '../../../src/main/core';
import { createHandlers, dispatch } from '../../../src/main/host';
import type { CallInput, CallOutput } from '../../../src/shared/api';
import type { ApiCall } from '../../../src/shared/api-names';
import type { Result } from '../../../src/shared/result';

/**
 * One window's host, reached as the renderer reaches it: every call through `dispatch`, with its
 * input parsed by the contract. `settings` holds the recent-files list, away from any plan.
 */
export function hostFor(settings: string, env: Environment) {
  const handlers = createHandlers(
    {
      transport: 'direct',
      appVersion: '0.0.0-integrity',
      defaultFolder: settings,
      recentFilesPath: join(settings, 'recent.json'),
    },
    env,
  );
  /** What the host answered, and the error behind an `internal` answer when there was one. */
  const send = async <C extends ApiCall>(
    call: C,
    input: CallInput<C>,
  ): Promise<{ result: Result<CallOutput<C>>; unexpected: unknown }> => {
    let unexpected: unknown = null;
    const result = await dispatch(handlers, call, input, (e) => {
      unexpected = e;
    });
    return { result: result as Result<CallOutput<C>>, unexpected };
  };
  return {
    send,
    /** For building originals: any refusal is a broken test setup. */
    call: async <C extends ApiCall>(call: C, input: CallInput<C>): Promise<CallOutput<C>> => {
      const { result } = await send(call, input);
      if (!result.ok) throw new Error(`${call}: ${result.error.message.en}`);
      return result.value;
    },
    dispose: () => handlers.dispose(),
  };
}
