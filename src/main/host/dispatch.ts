import { contract, type ApiHandlers } from '../../shared/api';
import { isApiCall } from '../../shared/api-names';
import { errors, isOmstilError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { parseInput } from '../../shared/validation';

/**
 * The single gate every transport goes through: the call name is checked, the input is parsed with
 * the call's schema, and whatever happens comes back as a `Result`, so IPC and HTTP carry the same
 * typed error and never a stack trace.
 */
export async function dispatch(
  handlers: ApiHandlers,
  call: string,
  rawInput: unknown,
  onUnexpected: (error: unknown) => void = defaultReport,
): Promise<Result<unknown>> {
  if (!isApiCall(call)) {
    return {
      ok: false,
      error: errors.notSupported({ da: `Kaldet »${call}«`, en: `The call "${call}"` }),
    };
  }
  try {
    const input = parseInput(contract[call].input, rawInput ?? {});
    const handler = handlers[call] as (input: unknown) => unknown;
    const value = await handler(input);
    return { ok: true, value };
  } catch (e) {
    if (isOmstilError(e)) return { ok: false, error: e.appError };
    onUnexpected(e);
    return { ok: false, error: errors.internal(e instanceof Error ? e.message : String(e)) };
  }
}

function defaultReport(error: unknown): void {
  console.error('[omstil] unexpected error', error);
}
