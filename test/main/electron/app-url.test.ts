import { describe, expect, it } from 'vitest';
import { createAppUrlMatcher, rendererSource } from '../../../src/main/electron/app-url';

describe('createAppUrlMatcher', () => {
  const page = '/home/søren/Omstil/out/renderer/index.html';
  const isAppUrl = createAppUrlMatcher({ kind: 'file', path: page }, 'linux');

  it('accepts our page, with any hash or query', () => {
    expect(isAppUrl('file:///home/s%C3%B8ren/Omstil/out/renderer/index.html')).toBe(true);
    expect(isAppUrl('file:///home/s%C3%B8ren/Omstil/out/renderer/index.html#/plan?x=1')).toBe(true);
  });

  it('refuses other files, other schemes and nonsense', () => {
    expect(isAppUrl('file:///home/s%C3%B8ren/Omstil/out/renderer/other.html')).toBe(false);
    expect(isAppUrl('file:///tmp/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/home/søren/Omstil/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('ignores the case of a Windows path', () => {
    const windows = createAppUrlMatcher(
      { kind: 'file', path: '/C:/Program Files/Omstil/out/renderer/index.html' },
      'win32',
    );
    expect(windows('file:///c:/program%20files/omstil/out/renderer/index.html')).toBe(true);
  });

  it('accepts the dev server by origin only', () => {
    const dev = createAppUrlMatcher({ kind: 'dev', url: 'http://localhost:5173' }, 'linux');
    expect(dev('http://localhost:5173/')).toBe(true);
    expect(dev('http://localhost:5173/src/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('http://127.0.0.1:5173/')).toBe(false);
  });
});

describe('rendererSource', () => {
  it('uses the dev server only when not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(rendererSource(env, false, '/x/index.html')).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173',
    });
    expect(rendererSource(env, true, '/x/index.html')).toEqual({
      kind: 'file',
      path: '/x/index.html',
    });
    expect(rendererSource({}, false, '/x/index.html').kind).toBe('file');
  });
});
