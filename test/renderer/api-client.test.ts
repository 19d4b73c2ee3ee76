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

describe('api client over HTTP, with a large answer', () => {
  const rows = Array.from({ length: 4000 }, (_, i) => ({ id: `a${String(i)}`, title: 'Kursus' }));
  const text = JSON.stringify({ ok: true, value: { document: { activities: rows } } });
  /** An answer whose body arrives in `pieces`, the last one `end` (a cut-off answer gives up early). */
  const streamed = (pieces: string[], end: 'close' | 'fail' = 'close') => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(new TextEncoder().encode(piece));
        if (end === 'close') controller.close();
        else controller.error(new TypeError('network error'));
      },
    });
    return () => Promise.resolve(new Response(body, { status: 200 }));
  };
  const inThirds = [text.slice(0, 20_000), text.slice(20_000, 60_000), text.slice(60_000)];

  it('reads the answer in pieces and lets the window work between them', async () => {
    let ranMeanwhile = false;
    setTimeout(() => (ranMeanwhile = true), 0);
    const api = createClient(httpTransport(streamed(inThirds), { turnMs: 0 }));
    const result = await api.getPlan({});
    expect(ranMeanwhile).toBe(true);
    expect(result).toEqual(JSON.parse(text));
  });

  it('turns an answer cut off in its text or in its stream into an io-error', async () => {
    const cut = await createClient(httpTransport(streamed(inThirds.slice(0, 2)))).getPlan({});
    expect(!cut.ok && cut.error.code).toBe('io-error');
    expect(!cut.ok && cut.error.message.en).toContain('HTTP 200');
    const broken = await createClient(httpTransport(streamed(inThirds, 'fail'))).getPlan({});
    expect(!broken.ok && broken.error.code).toBe('io-error');
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
