import type { HeadersReceivedResponse, Session, WindowOpenHandlerResponse } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { isAllowedExternalUrl } from './external-links';

export { CONTENT_SECURITY_POLICY };

/**
 * Only for `electron-vite dev`: Vite injects the React refresh preamble as an inline script, puts
 * CSS in <style> tags and talks to its HMR server over a WebSocket. A packaged app never uses this.
 */
export function devContentSecurityPolicy(devUrl: string): string {
  const url = new URL(devUrl);
  const socket = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${socket}`);
}

interface Preventable {
  preventDefault(): void;
}

interface HeadersDetails {
  responseHeaders?: Record<string, string[]>;
}

export interface SecurityHandlers {
  /** For `will-navigate`, `will-frame-navigate` and `will-redirect`. */
  guardNavigation(event: Preventable, url: string): void;
  windowOpen(details: { url: string }): WindowOpenHandlerResponse;
  permissionRequest(webContents: unknown, permission: string, grant: (ok: boolean) => void): void;
  permissionCheck(): boolean;
  headersReceived(
    details: HeadersDetails,
    callback: (response: HeadersReceivedResponse) => void,
  ): void;
}

export interface SecurityOptions {
  isAppUrl: (url: string) => boolean;
  csp: string;
  /** Opens an allowed web link in the user's browser; the app's own windows never show the web. */
  openExternal: (url: string) => void;
}

export function createSecurityHandlers(options: SecurityOptions): SecurityHandlers {
  return {
    guardNavigation(event, url) {
      if (!options.isAppUrl(url)) event.preventDefault();
    },
    windowOpen({ url }) {
      // A link with target=_blank to one of the sites the program's texts cite opens in the
      // browser; anything else (another site, file:, javascript:, our own page) is refused.
      if (isAllowedExternalUrl(url)) options.openExternal(url);
      return { action: 'deny' };
    },
    permissionRequest(_webContents, _permission, grant) {
      // A planning tool needs no camera, location, notifications, HID, serial …
      grant(false);
    },
    permissionCheck: () => false,
    headersReceived(details, callback) {
      const headers = Object.fromEntries(
        Object.entries(details.responseHeaders ?? {}).filter(
          ([name]) => name.toLowerCase() !== 'content-security-policy',
        ),
      );
      callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [options.csp] } });
    },
  };
}

/** The part of `WebContents` the guards attach to; tests hand in fakes. */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: Preventable & { url: string }) => void): unknown;
  on(
    event: 'will-frame-navigate',
    listener: (event: Preventable & { url: string }) => void,
  ): unknown;
  on(event: 'will-redirect', listener: (event: Preventable & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenHandlerResponse): void;
}

/** Applied to every webContents the app creates (`web-contents-created`), not only our windows. */
export function guardWebContents(contents: GuardableContents, handlers: SecurityHandlers): void {
  contents.on('will-navigate', (event) => handlers.guardNavigation(event, event.url));
  contents.on('will-frame-navigate', (event) => handlers.guardNavigation(event, event.url));
  contents.on('will-redirect', (event) => handlers.guardNavigation(event, event.url));
  // We never use <webview>; refusing it outright removes a way to load unguarded content.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handlers.windowOpen(details));
}

export type GuardableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

export function guardSession(session: GuardableSession, handlers: SecurityHandlers): void {
  session.setPermissionRequestHandler((webContents, permission, grant) =>
    handlers.permissionRequest(webContents, permission, grant),
  );
  session.setPermissionCheckHandler(() => handlers.permissionCheck());
  session.webRequest.onHeadersReceived((details, callback) =>
    handlers.headersReceived(details, callback),
  );
}
