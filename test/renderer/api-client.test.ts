// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bridgeTransport, createClient, httpTransport } from '../../src/renderer/api';
import type { OmstilBridge } from '../../src/shared/api';
import { API_CALLS } from '../../src/shared/api-names';
import { snapshotOf } from './fixtures';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('api client over HTTP', () => {
  it('posts each call as JSON to api/<call> and returns the Result', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const api = createClient(
      httpTransport((url, init) => {
        requests.push({ url, init });
        return Promise.resolve(json({ ok: true, value: snapshotOf() }));
      }),
    );
    const result = await api.openPlan({ path: '/tmp/plan.omstil' });
    expect(result.ok && result.value.document.plan.title).toBe(
      'Kompetenceplan for den digitale omstilling 2026–2027',
    );
    expect(requests).toEqual([
      {
        url: 'api/openPlan',
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ path: '/tmp/plan.omstil' }),
        },
      },
    ]);
  });

  it('passes on the typed error of a refused call, whatever the status code', async () => {
    const error = { code: 'not-found', message: { da: 'Filen findes ikke.', en: 'No such file.' } };
    const api = createClient(httpTransport(() => Promise.resolve(json({ ok: false, error }, 400))));
    expect(await api.openPlan({ path: '/x.omstil' })).toEqual({ ok: false, error });
  });

  it('turns a network failure into an io-error in both languages', async () => {
    const api = createClient(httpTransport(() => Promise.reject(new TypeError('Failed to fetch'))));
    const result = await api.appInfo({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('io-error');
    expect(result.error.message.da).toContain('Omstil kunne ikke få forbindelse');
    expect(result.error.message.da).toContain('Failed to fetch');
    expect(result.error.message.en).toContain('Omstil could not reach');
  });

  it('turns an answer that is not a Result into an io-error', async () => {
    const html = () => Promise.resolve(new Response('<h1>502 Bad Gateway</h1>', { status: 502 }));
    const result = await createClient(httpTransport(html)).getPlan({});
    expect(!result.ok && result.error.code).toBe('io-error');
    expect(!result.ok && result.error.message.en).toContain('HTTP 502');

    const wrongShape = () => Promise.resolve(json({ hello: 'world' }));
    const second = await createClient(httpTransport(wrongShape)).getPlan({});
    expect(!second.ok && second.error.code).toBe('io-error');
  });
});

describe('api client over the preload bridge', () => {
  it('calls the bridge function of the same name and never throws', async () => {
    const seen: string[] = [];
    const bridge = Object.fromEntries(
      API_CALLS.map((call) => [
        call,
        (input: unknown) => {
          seen.push(`${call} ${JSON.stringify(input)}`);
          return call === 'undo'
            ? Promise.reject(new Error('IPC channel closed'))
            : Promise.resolve({ ok: true, value: null });
        },
      ]),
    ) as unknown as OmstilBridge;
    const api = createClient(bridgeTransport(bridge));
    expect(await api.closePlan({})).toEqual({ ok: true, value: null });
    const undo = await api.undo({});
    expect(!undo.ok && undo.error.code).toBe('io-error');
    expect(!undo.ok && undo.error.message.en).toContain('IPC channel closed');
    expect(seen).toEqual(['closePlan {}', 'undo {}']);
  });
});
