import type { Result } from '../../shared/result';
import { readJson, type ReadOptions } from './read-json';
import type { Transport } from './transport';
import { transportError } from './transport-error';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The loopback HTTP host serves each call as `POST api/<call>`, relative to the page. Answers are
 * read as they arrive, letting the window draw between pieces (`reading`: how often).
 */
export function httpTransport(
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  reading: ReadOptions = {},
): Transport {
  return async (call, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`api/${call}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
    } catch (e) {
      return { ok: false, error: transportError(describe(e)) };
    }
    let body: unknown;
    try {
      // Not `response.json()`: a large plan's answer parsed at once holds the window too long.
      body = await readJson(response.body, reading);
    } catch {
      return { ok: false, error: transportError(`HTTP ${response.status}`) };
    }
    // The host answers refusals with a Result too, whatever the status code, so the body decides.
    return isResult(body) ? body : { ok: false, error: transportError(`HTTP ${response.status}`) };
  };
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  if (body.ok !== false || !('error' in body)) return false;
  const error = body.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    'message' in error &&
    typeof error.message === 'object' &&
    error.message !== null &&
    'da' in error.message &&
    'en' in error.message
  );
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
