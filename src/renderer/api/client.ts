import type { ApiClient } from '../../shared/api';
import { API_CALLS, type ApiCall } from '../../shared/api-names';
import type { Transport } from './transport';

/**
 * The typed client over any transport. The transport is untyped on the wire; the contract's
 * types are restored here, once, for every call.
 */
export function createClient(transport: Transport): ApiClient {
  const entries = API_CALLS.map((call: ApiCall) => [
    call,
    (input: unknown) => transport(call, input),
  ]);
  return Object.fromEntries(entries) as ApiClient;
}
