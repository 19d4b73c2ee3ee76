import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../../shared/api';
import { errors } from '../../shared/errors';
import {
  cookieToken,
  newAccessToken,
  sameToken,
  tokenCookie,
  tokenCookieName,
} from './access-token';
import { handleApi } from './api-route';
import { serveStatic } from './static-files';

export interface HttpHost {
  /** The address to open, with the access token; printed once when the host is ready. */
  url: string;
  /** The host's own address, without the token. */
  origin: string;
  /** The cookie that carries the token, as a client other than the page sends it. */
  cookie: string;
  close: () => Promise<void>;
}

/**
 * A request must name this host by its loopback address: a page on another site that rebinds
 * its DNS name to 127.0.0.1 still sends its own name in Host and Origin, and is refused.
 */
function fromThisHost(req: IncomingMessage, port: number): boolean {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowed.some((a) => origin === `http://${a}`);
}

const FORBIDDEN_PAGE =
  '<!doctype html><html lang="da"><meta charset="utf-8"><title>Omstil</title>' +
  '<p>Adgang nægtet. Åbn Omstil med den adresse, som programmet skrev, da det startede: ' +
  'den indeholder en adgangsnøgle.</p></html>';

function refuse(res: ServerResponse, api: boolean): void {
  if (api) {
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ ok: false, error: errors.accessDenied() }));
  } else {
    res.writeHead(403, { 'content-type': 'text/html; charset=utf-8' }).end(FORBIDDEN_PAGE);
  }
}

export async function startHttpHost(options: {
  handlers: ApiHandlers;
  staticRoot: string;
  port?: number;
  /** A fixed token, for tests that start a host twice; a fresh random one when left out. */
  token?: string;
}): Promise<HttpHost> {
  const token = options.token ?? newAccessToken();
  const server: Server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    if (!fromThisHost(req, port)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbudt');
      return;
    }
    const [path = '/', query = ''] = (req.url ?? '/').split('?');
    const api = path.startsWith('/api/');
    const offered = new URLSearchParams(query).get('token');
    if (!api && offered !== null) {
      if (!sameToken(offered, token)) return refuse(res, false);
      // Trade the token for the cookie and drop it from the address; one leading slash, so the
      // redirect can never name another host (`//elsewhere`).
      res.writeHead(303, {
        location: `/${path.replace(/^\/+/, '')}`,
        'set-cookie': tokenCookie(port, token),
      });
      res.end();
      return;
    }
    if (!sameToken(cookieToken(req, port), token)) return refuse(res, api);
    const task = api
      ? handleApi(options.handlers, path.slice('/api/'.length), req, res)
      : serveStatic(options.staticRoot, path, res);
    task.catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}/`;
  return {
    url: `${origin}?token=${token}`,
    origin,
    cookie: `${tokenCookieName(port)}=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
