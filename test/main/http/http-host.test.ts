import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { createHandlers } from '../../../src/main/host/handlers';
import { startHttpHost, type HttpHost } from '../../../src/main/http/server';
import { createClient } from '../../../src/renderer/api/client';
import { httpTransport } from '../../../src/renderer/api/http-transport';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { largePlan } from '../../helpers/large-plan';
import { useTempDir } from '../../helpers/temp-dir';

describe('the loopback HTTP host', () => {
  const tempDir = useTempDir();
  let host: HttpHost | null = null;
  afterEach(async () => {
    await host?.close();
    host = null;
  });

  const context = () => ({
    transport: 'http' as const,
    appVersion: '0.0.0-test',
    defaultFolder: tempDir(),
    recentFilesPath: join(tempDir(), 'recent.json'),
  });

  function web() {
    const root = join(tempDir(), 'web');
    if (!existsSync(root)) {
      mkdirSync(root);
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>Omstil</title>');
      writeFileSync(join(tempDir(), 'secret.txt'), 'not for the browser');
    }
    return root;
  }

  async function start() {
    const handlers = createHandlers(context(), fixedEnvironment());
    host = await startHttpHost({ handlers, staticRoot: web() });
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

  /** A call as the page makes it, with the cookie that carries the host's token. */
  const call = (h: HttpHost, name: string, input: unknown, body = JSON.stringify(input)) =>
    send(`${h.origin}api/${name}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', cookie: h.cookie },
    });

  it('listens on 127.0.0.1 only, at an address that carries a random token', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
    const other = await startHttpHost({ handlers: createHandlers(context()), staticRoot: web() });
    try {
      expect(new URL(other.url).searchParams.get('token')).not.toBe(
        new URL(h.url).searchParams.get('token'),
      );
    } finally {
      await other.close();
    }
  });

  it('refuses every call and page without the token, as another program on the machine would send them', async () => {
    const h = await start();
    const plan = join(tempDir(), 'plan.omstil');
    const bare = await send(`${h.origin}api/newPlan`, {
      method: 'POST',
      body: JSON.stringify({ path: plan }),
      headers: { 'content-type': 'application/json' },
    });
    expect(bare.status).toBe(403);
    expect(JSON.parse(bare.body)).toMatchObject({ ok: false, error: { code: 'access-denied' } });
    expect(existsSync(plan)).toBe(false);

    const guessed = await send(`${h.origin}api/getPlan`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', cookie: `${h.cookie.split('=')[0]}=guess` },
    });
    expect(guessed.status).toBe(403);

    const page = await send(h.origin, {});
    expect(page.status).toBe(403);
    expect(page.body).toContain('adgangsnøgle');
    expect((await send(`${h.origin}?token=guess`, {})).status).toBe(403);
  });

  it('trades the token in the address for a same-site cookie and drops it from the address', async () => {
    const h = await start();
    const entry = await send(h.url, {});
    expect(entry.status).toBe(303);
    expect(entry.headers['location']).toBe('/');
    const cookie = String(entry.headers['set-cookie']);
    expect(cookie).toContain(h.cookie);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    // A path that would make the redirect name another host stays on this one.
    const sneaky = await send(`${h.origin}/evil.example/?${new URL(h.url).search.slice(1)}`, {});
    expect(sneaky.headers['location']).toBe('/evil.example/');
  });

  it("writes an export only under its format's extension, never over the plan, its lock or a program file", async () => {
    const h = await start();
    const plan = join(tempDir(), 'plan.omstil');
    await call(h, 'newPlan', { path: plan, example: true });
    const before = readFileSync(plan);
    for (const path of [
      join(tempDir(), 'run.bat'),
      join(tempDir(), 'other.omstil'),
      join(tempDir(), '.~lock.plan.omstil#'),
      join(tempDir(), 'plan.omstil-journal'),
      join(tempDir(), 'plan.pdf.exe'),
    ]) {
      const res = JSON.parse(
        (await call(h, 'exportPlan', { path, format: 'pdf', overwrite: true })).body,
      ) as { ok: boolean; error: { code: string; message: { da: string } } };
      expect(res).toMatchObject({ ok: false, error: { code: 'wrong-extension' } });
      expect(res.error.message.da).toContain('.pdf');
    }
    expect(existsSync(join(tempDir(), 'run.bat'))).toBe(false);
    expect(readFileSync(plan).equals(before)).toBe(true);
    const csv = JSON.parse(
      (await call(h, 'exportPlan', { path: join(tempDir(), 'plan.CSV'), format: 'csv' })).body,
    ) as { ok: boolean };
    expect(csv.ok).toBe(true);
  });

  it('refuses a deeply nested body at once and goes on answering', async () => {
    const h = await start();
    const deep = `{"path":${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}}`;
    const refused = await call(h, 'openPlan', null, deep);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
    expect(JSON.parse((await call(h, 'getPlan', {})).body)).toEqual({ ok: true, value: null });
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

  it("gives the page's HTTP transport, reading in pieces, the answer JSON.parse gives", async () => {
    const h = await start();
    const path = join(tempDir(), 'large.omstil');
    PlanSession.create(path, largePlan(100, { snapshots: true })).close();
    const api = createClient(
      httpTransport(
        (input, init) =>
          fetch(new URL(input, h.origin), {
            ...init,
            headers: { ...(init.headers as Record<string, string>), cookie: h.cookie },
          }),
        { turnMs: 0 },
      ),
    );
    const opened = await api.openPlan({ path });
    expect(opened.ok).toBe(true);
    const whole = await call(h, 'getPlan', {});
    expect(whole.body.length).toBeGreaterThan(100_000);
    expect(await api.getPlan({})).toStrictEqual(JSON.parse(whole.body));
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
    const form = await send(`${h.origin}api/getPlan`, {
      method: 'POST',
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: h.cookie },
    });
    expect(form.status).toBe(415);
    const foreign = await send(`${h.origin}api/getPlan`, {
      method: 'POST',
      body: '{}',
      headers: {
        'content-type': 'application/json',
        origin: 'http://evil.example',
        cookie: h.cookie,
      },
    });
    expect(foreign.status).toBe(403);
    const rebound = await send(`${h.origin}api/getPlan`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', host: 'evil.example', cookie: h.cookie },
    });
    expect(rebound.status).toBe(403);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const h = await start();
    const page = await send(h.origin, { headers: { cookie: h.cookie } });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe-inline');
    const escape = await send(`${h.origin}..%2fsecret.txt`, { headers: { cookie: h.cookie } });
    expect(escape.status).toBe(404);
    expect(escape.body).not.toContain('not for the browser');
  });
});
