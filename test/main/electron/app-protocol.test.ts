import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAppRequestHandler,
  resolveAppRequest,
} from '../../../src/main/electron/app-protocol';

let base = '';
let root = '';

beforeAll(() => {
  // The renderer folder, and beside it the files a request must never reach.
  base = mkdtempSync(join(tmpdir(), 'omstil-app-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Omstil</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1);');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'wOF2');
  writeFileSync(join(root, 'assets', 'æble og pære.svg'), '<svg/>');
  writeFileSync(join(base, 'secret.txt'), 'not for the page');
  mkdirSync(join(base, 'main'));
  writeFileSync(join(base, 'main', 'index.js'), 'require("fs")');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

const resolved = async (url: string) => {
  const file = await resolveAppRequest(root, url);
  return file.kind === 'file' ? { path: file.path, type: file.mimeType } : 'not-found';
};

describe('resolveAppRequest', () => {
  it('serves the renderer folder with each file type', async () => {
    expect(await resolved('app://omstil/index.html')).toEqual({
      path: join(root, 'index.html'),
      type: 'text/html; charset=utf-8',
    });
    expect(await resolved('app://omstil/')).toEqual(await resolved('app://omstil/index.html'));
    expect(await resolved('app://omstil/index.html?x=1#/plan')).toEqual(
      await resolved('app://omstil/index.html'),
    );
    expect(await resolved('app://omstil/assets/index-abc.js')).toMatchObject({
      type: 'text/javascript; charset=utf-8',
    });
    expect(await resolved('app://omstil/assets/index-abc.css')).toMatchObject({
      type: 'text/css; charset=utf-8',
    });
    expect(await resolved('app://omstil/assets/font.woff2')).toMatchObject({ type: 'font/woff2' });
    expect(await resolved('app://omstil/assets/%C3%A6ble%20og%20p%C3%A6re.svg')).toEqual({
      path: join(root, 'assets', 'æble og pære.svg'),
      type: 'image/svg+xml',
    });
  });

  it.each([
    ['a dot-dot path', 'app://omstil/../secret.txt'],
    ['an encoded dot-dot path', 'app://omstil/%2e%2e/secret.txt'],
    ['a dot-dot path under a folder', 'app://omstil/assets/../../main/index.js'],
    ['an encoded slash', 'app://omstil/assets%2f..%2f..%2fsecret.txt'],
    ['an encoded backslash', 'app://omstil/..%5csecret.txt'],
    ['an absolute path', `app://omstil/${encodeURIComponent(join(base, 'secret.txt'))}`],
    ['a doubled slash', `app://omstil/${join(base, 'secret.txt')}`],
    ['a drive letter', 'app://omstil/C:/Windows/win.ini'],
    ['a link out of the folder', 'app://omstil/assets/link.txt'],
    ['a folder', 'app://omstil/assets/'],
    ['a missing file', 'app://omstil/nothing.js'],
    ['another host', 'app://evil/index.html'],
    ['credentials', 'app://user@omstil/index.html'],
    ['another scheme', `file://${join(root, 'index.html')}`],
    ['a malformed escape', 'app://omstil/%E0%A4%A.js'],
  ])('refuses %s', async (_name, url) => {
    expect(await resolved(url)).toBe('not-found');
  });
});

describe('the app:// handler', () => {
  // The folder exists only once beforeAll has run.
  const handle = (request: { url: string; method: string }) =>
    createAppRequestHandler(root, "default-src 'self'")(request);

  it('answers with the file, its type and the CSP', async () => {
    const response = await handle({ url: 'app://omstil/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Omstil</title>');
  });

  it('answers 404 for anything outside the folder, and 405 for anything but reading', async () => {
    const outside = await handle({ url: 'app://omstil/%2e%2e/secret.txt', method: 'GET' });
    expect(outside.status).toBe(404);
    expect(await outside.text()).toBe('');
    const post = await handle({ url: 'app://omstil/index.html', method: 'POST' });
    expect(post.status).toBe(405);
  });
});
