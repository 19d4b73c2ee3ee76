import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../../shared/api';
import { handleApi } from './api-route';
import { serveStatic } from './static-files';

export interface HttpHost {
  url: string;
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

export async function startHttpHost(options: {
  handlers: ApiHandlers;
  staticRoot: string;
  port?: number;
}): Promise<HttpHost> {
  const server: Server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    if (!fromThisHost(req, port)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbudt');
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const task = path.startsWith('/api/')
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
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
