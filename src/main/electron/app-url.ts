import { pathToFileURL } from 'node:url';

/** Where the renderer page comes from: the built `index.html`, or Vite's dev server. */
export type RendererSource = { kind: 'file'; path: string } | { kind: 'dev'; url: string };

export function rendererSource(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
  indexHtmlPath: string,
): RendererSource {
  const devUrl = env['ELECTRON_RENDERER_URL'];
  // A packaged app must never let an environment variable point its windows at another page.
  if (!isPackaged && devUrl) return { kind: 'dev', url: devUrl };
  return { kind: 'file', path: indexHtmlPath };
}

/**
 * Whether a URL is our own page. The IPC gate and the navigation guard both ask this, so a page
 * that somehow got into a window (a link, a redirect) can neither stay there nor call the core.
 */
export function createAppUrlMatcher(
  source: RendererSource,
  platform: NodeJS.Platform = process.platform,
): (url: string) => boolean {
  if (source.kind === 'dev') {
    const origin = new URL(source.url).origin;
    return (url) => parseUrl(url)?.origin === origin;
  }
  // Windows paths are case-insensitive, and Chromium may spell the drive letter either way.
  const fold = (path: string) => (platform === 'win32' ? path.toLowerCase() : path);
  const expected = pathToFileURL(source.path);
  const expectedPath = fold(decodePath(expected.pathname));
  return (url) => {
    const parsed = parseUrl(url);
    return (
      parsed !== null &&
      parsed.protocol === 'file:' &&
      parsed.host === expected.host &&
      fold(decodePath(parsed.pathname)) === expectedPath
    );
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
