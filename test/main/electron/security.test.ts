import { describe, expect, it, vi } from 'vitest';
import type { WindowOpenHandlerResponse } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  createSecurityHandlers,
  devContentSecurityPolicy,
  guardSession,
  guardWebContents,
} from '../../../src/main/electron/security';
import { createAppUrlMatcher } from '../../../src/main/electron/app-url';
import { fakeEvent, FakeWebContents } from './fake-electron';

const APP_PAGE = 'app://omstil/index.html';
const isAppUrl = createAppUrlMatcher({
  kind: 'app',
  url: APP_PAGE,
  root: '/opt/Omstil/resources/app.asar/out/renderer',
});

function setup() {
  const openExternal = vi.fn();
  const handlers = createSecurityHandlers({ isAppUrl, csp: CONTENT_SECURITY_POLICY, openExternal });
  const contents = new FakeWebContents();
  guardWebContents(contents, handlers);
  return { handlers, contents, openExternal };
}

const directives = (csp: string) =>
  new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

describe('navigation', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevents %s to another page',
    (eventName) => {
      const { contents } = setup();
      for (const url of [
        'https://example.com/',
        'file:///opt/Omstil/resources/app.asar/out/renderer/index.html',
        'app://other/index.html',
        'javascript:alert(1)',
      ]) {
        const event = fakeEvent({ url });
        contents.emit(eventName, event);
        expect(event.defaultPrevented, url).toBe(true);
      }
    },
  );

  it("lets the app's own page reload", () => {
    const { contents } = setup();
    const event = fakeEvent({ url: `${APP_PAGE}#/plan` });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('refuses <webview>', () => {
    const { contents } = setup();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('window.open', () => {
  it('is always denied', () => {
    const { contents } = setup();
    const open = contents.windowOpenHandler;
    expect(open).not.toBeNull();
    for (const url of ['https://kompetenceudvikling.dk/', APP_PAGE, 'about:blank']) {
      const response: WindowOpenHandlerResponse | undefined = open?.({ url }) as
        WindowOpenHandlerResponse | undefined;
      expect(response).toEqual({ action: 'deny' });
    }
  });

  it('hands links to the allowed sites, and only those, to the browser', () => {
    const { contents, openExternal } = setup();
    contents.windowOpenHandler?.({ url: 'https://kompetenceudvikling.dk/kompetencefonden' });
    contents.windowOpenHandler?.({ url: 'https://example.com/' });
    contents.windowOpenHandler?.({ url: 'http://kompetenceudvikling.dk/' });
    contents.windowOpenHandler?.({ url: 'file:///etc/passwd' });
    contents.windowOpenHandler?.({ url: 'smb://server/share' });
    expect(openExternal.mock.calls).toEqual([['https://kompetenceudvikling.dk/kompetencefonden']]);
  });
});

describe('session', () => {
  function guarded() {
    const { handlers } = setup();
    const state: {
      request?: (wc: unknown, permission: string, grant: (ok: boolean) => void) => void;
      check?: () => boolean;
      headers?: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void;
    } = {};
    const session = {
      setPermissionRequestHandler: (handler: typeof state.request) => (state.request = handler),
      setPermissionCheckHandler: (handler: typeof state.check) => (state.check = handler),
      webRequest: {
        onHeadersReceived: (handler: typeof state.headers) => (state.headers = handler),
      },
    };
    guardSession(session as unknown as Parameters<typeof guardSession>[0], handlers);
    return state;
  }

  it('denies every permission request and check', () => {
    const state = guarded();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const grant = vi.fn();
      state.request?.({}, permission, grant);
      expect(grant).toHaveBeenCalledWith(false);
    }
    expect(state.check?.()).toBe(false);
  });

  it('sets our CSP on responses, replacing any other', () => {
    const state = guarded();
    const callback = vi.fn();
    state.headers?.(
      {
        responseHeaders: {
          'content-security-policy': ["script-src 'unsafe-inline'"],
          'Content-Type': ['text/html'],
        },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
});

describe('content security policy', () => {
  it('allows scripts only from the app itself, never inline', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('loosens only what the dev server needs, in development', () => {
    const csp = directives(devContentSecurityPolicy('http://localhost:5173'));
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });
});
