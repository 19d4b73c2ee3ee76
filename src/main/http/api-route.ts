import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiHandlers } from '../../shared/api';
import { errors } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { dispatch } from '../host';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';
import { writeJson } from './json-stream';

const MAX_BODY_BYTES = 20 * 1024 * 1024;

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
};

function send(res: ServerResponse, status: number, result: Result<unknown>): void {
  res.writeHead(status, JSON_HEADERS);
  res.end(JSON.stringify(result));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `POST /api/<call>` with a JSON body: the same `dispatch` the desktop IPC uses, so the answer is
 * the same `Result`. Only JSON requests are taken: a cross-site form in the user's browser cannot
 * send one without a preflight, which this host never grants.
 */
export async function handleApi(
  handlers: ApiHandlers,
  call: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: 'POST' }).end();
    return;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    res.writeHead(415).end();
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    send(res, 413, {
      ok: false,
      error: errors.requestRefused({
        da: `det fylder mere end ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
        en: `it is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
      }),
    });
    return;
  }
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
    send(res, 400, {
      ok: false,
      error: errors.requestRefused({
        da: `indholdet er indlejret i mere end ${MAX_JSON_DEPTH} niveauer.`,
        en: `its content nests more than ${MAX_JSON_DEPTH} levels deep.`,
      }),
    });
    return;
  }
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch (e) {
    send(res, 400, { ok: false, error: errors.invalidJson((e as Error).message) });
    return;
  }
  const result = await dispatch(handlers, call, input);
  // An answer may be a whole plan of tens of megabytes: written in pieces, not made as one text.
  res.writeHead(200, JSON_HEADERS);
  await writeJson(res, result);
}
