import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/host/handlers';
import { startHttpHost, type HttpHost } from '../../../src/main/http/server';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

describe('the loopback HTTP host', () => {
  const tempDir = useTempDir();
  let host: HttpHost | null = null;
  afterEach(async () => {
    await host?.close();
    host = null;
  });

  async function start() {
    const web = join(tempDir(), 'web');
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Omstil</title>');
    writeFileSync(join(tempDir(), 'secret.txt'), 'not for the browser');
    const handlers = createHandlers(
      {
        transport: 'http',
        appVersion: '0.0.0-test',
        defaultFolder: tempDir(),
        recentFilesPath: join(tempDir(), 'recent.json'),
      },
      fixedEnvironment(),
    );
    host = await startHttpHost({ handlers, staticRoot: web });
    return host;
  }

  function send(
    url: string,
    init: { method?: string; body?: string; headers?: Record<string, string> },
  ) {
    return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
      (resolve, reject) => {
        const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        });
        req.on('error', reject);
        req.end(init.body);
      },
    );
  }

  const call = (h: HttpHost, name: string, input: unknown) =>
    send(`${h.url}api/${name}`, {
      method: 'POST',
      body: JSON.stringify(input),
      headers: { 'content-type': 'application/json' },
    });

  it('listens on 127.0.0.1 only', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('creates, edits and reads a real plan file through POST /api/<call>', async () => {
    const h = await start();
    const path = join(tempDir(), 'plan.omstil');
    const created = JSON.parse((await call(h, 'newPlan', { path, example: true })).body) as {
      ok: boolean;
      value: { document: { competences: unknown[] }; file: { name: string } };
    };
    expect(created.ok).toBe(true);
    expect(created.value.file.name).toBe('plan.omstil');
    expect(created.value.document.competences.length).toBeGreaterThan(0);

    const added = JSON.parse(
      (
        await call(h, 'createEntity', {
          entity: 'member',
          values: { name: 'Anne Lund', role: 'hr' },
        })
      ).body,
    ) as { ok: boolean; value: { id: string } };
    expect(added.ok).toBe(true);
    const plan = JSON.parse((await call(h, 'getPlan', {})).body) as {
      value: { document: { members: { name: string }[] }; history: { canUndo: boolean } };
    };
    expect(plan.value.document.members.map((m) => m.name)).toContain('Anne Lund');
    expect(plan.value.history.canUndo).toBe(true);
  });

  it('answers invalid input with the typed error, not an exception', async () => {
    const h = await start();
    const res = await call(h, 'openPlan', { path: '' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const missing: unknown = JSON.parse(
      (await call(h, 'openPlan', { path: join(tempDir(), 'nej.omstil') })).body,
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const unknown: unknown = JSON.parse((await call(h, 'dropTables', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-supported' } });
  });

  it('takes only JSON posts from its own origin', async () => {
    const h = await start();
    const form = await send(`${h.url}api/getPlan`, {
      method: 'POST',
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const foreign = await send(`${h.url}api/getPlan`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const rebound = await send(`${h.url}api/getPlan`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', host: 'evil.example' },
    });
    expect(rebound.status).toBe(403);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const h = await start();
    const page = await send(h.url, {});
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe-inline');
    const escape = await send(`${h.url}..%2fsecret.txt`, {});
    expect(escape.status).toBe(404);
    expect(escape.body).not.toContain('not for the browser');
  });
});
