import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * The packaged app's pages come from `app://omstil/…`, not from `file://`: a `file://` page may
 * read any file its URL can name, while this scheme serves the built renderer folder and nothing
 * else, and gives the page a real origin for the CSP's `'self'`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'omstil';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Standard: the page has an origin and relative URLs resolve; secure: a secure context, as
 * https; supportFetchAPI: the page may fetch its own files. Not corsEnabled, which would let
 * other origins read our files, nor bypassCSP.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export const mimeTypeOf = (path: string): string =>
  MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

export type AppFile = { kind: 'file'; path: string; mimeType: string } | { kind: 'not-found' };

const NOT_FOUND: AppFile = { kind: 'not-found' };

/**
 * Which file under `rootDir` a request names, or not-found. The URL parser already folds `..`
 * and `%2e%2e` segments; what it leaves encoded (`%2f`, `%5c`, a drive letter) is refused here, and
 * the file's real path must still lie inside the real root, so a link cannot lead out either.
 */
export async function resolveAppRequest(rootDir: string, url: string): Promise<AppFile> {
  const parsed = parseUrl(url);
  if (
    parsed === null ||
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.host !== APP_HOST ||
    parsed.username !== '' ||
    parsed.password !== ''
  ) {
    return NOT_FOUND;
  }
  const segments = pathSegments(parsed.pathname);
  if (segments === null) return NOT_FOUND;
  if (segments.length === 0) segments.push('index.html');

  const root = await realpathOrNull(rootDir);
  if (root === null) return NOT_FOUND;
  const path = await realpathOrNull(join(root, ...segments));
  if (path === null || !isInside(root, path)) return NOT_FOUND;
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) return NOT_FOUND;
  return { kind: 'file', path, mimeType: mimeTypeOf(path) };
}

function pathSegments(pathname: string): string[] | null {
  const raw = pathname.split('/').slice(1);
  if (raw.length === 1 && raw[0] === '') return [];
  const segments: string[] = [];
  for (const segment of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (
      decoded === '' ||
      decoded === '.' ||
      decoded === '..' ||
      /[/\\:\0]/.test(decoded) ||
      isAbsolute(decoded)
    ) {
      return null;
    }
    segments.push(decoded);
  }
  return segments;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const realpathOrNull = (path: string): Promise<string | null> => realpath(path).catch(() => null);

/** The request as `protocol.handle` hands it over; tests build these by hand. */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

/** The handler for `protocol.handle('app', …)`: the file with its type and the CSP, or a 404. */
export function createAppRequestHandler(
  rootDir: string,
  csp: string,
): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405 });
    }
    const file = await resolveAppRequest(rootDir, request.url);
    if (file.kind === 'not-found') return new Response(null, { status: 404 });
    const body = request.method === 'HEAD' ? null : await readFile(file.path);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': file.mimeType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
