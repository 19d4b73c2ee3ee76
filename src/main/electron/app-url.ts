import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './app-protocol';

/** Where the renderer page comes from: the built renderer folder over `app://`, or Vite's dev server. */
export type RendererSource =
  { kind: 'app'; url: string; root: string } | { kind: 'dev'; url: string };

export function rendererSource(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
  rendererDir: string,
): RendererSource {
  const devUrl = env['ELECTRON_RENDERER_URL'];
  // A packaged app must never let an environment variable point its windows at another page.
  if (!isPackaged && devUrl) return { kind: 'dev', url: devUrl };
  return { kind: 'app', url: APP_INDEX_URL, root: rendererDir };
}

/**
 * Whether a URL is our own page. The IPC gate and the navigation guard both ask this, so a page
 * that somehow got into a window (a link, a redirect) can neither stay there nor call the core.
 */
export function createAppUrlMatcher(source: RendererSource): (url: string) => boolean {
  if (source.kind === 'dev') {
    const origin = new URL(source.url).origin;
    return (url) => parseUrl(url)?.origin === origin;
  }
  // `URL.origin` is "null" for a scheme Node does not know, so the parts are compared instead.
  return (url) => {
    const parsed = parseUrl(url);
    return (
      parsed !== null &&
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
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
