import { describe, expect, it } from 'vitest';
import { createAppUrlMatcher, rendererSource } from '../../../src/main/electron/app-url';

describe('createAppUrlMatcher', () => {
  const isAppUrl = createAppUrlMatcher({
    kind: 'app',
    url: 'app://omstil/index.html',
    root: '/home/søren/Omstil/out/renderer',
  });

  it('accepts our pages, with any hash or query', () => {
    expect(isAppUrl('app://omstil/index.html')).toBe(true);
    expect(isAppUrl('app://omstil/index.html#/plan?x=1')).toBe(true);
    expect(isAppUrl('app://omstil/')).toBe(true);
  });

  it('refuses the file the page is built from, other hosts, other schemes and nonsense', () => {
    expect(isAppUrl('file:///home/s%C3%B8ren/Omstil/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://omstil.evil.example/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@omstil/index.html')).toBe(false);
    expect(isAppUrl('https://omstil/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('accepts the dev server by origin only', () => {
    const dev = createAppUrlMatcher({ kind: 'dev', url: 'http://localhost:5173' });
    expect(dev('http://localhost:5173/')).toBe(true);
    expect(dev('http://localhost:5173/src/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('http://127.0.0.1:5173/')).toBe(false);
    expect(dev('app://omstil/index.html')).toBe(false);
  });
});

describe('rendererSource', () => {
  it('uses the dev server only when not packaged, and app:// otherwise', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(rendererSource(env, false, '/x/renderer')).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173',
    });
    const app = { kind: 'app', url: 'app://omstil/index.html', root: '/x/renderer' };
    expect(rendererSource(env, true, '/x/renderer')).toEqual(app);
    expect(rendererSource({}, false, '/x/renderer')).toEqual(app);
  });
});
