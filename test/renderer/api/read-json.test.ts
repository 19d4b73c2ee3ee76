import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonInPieces, type SplitLevels } from '../../../src/renderer/api/json-in-pieces';
import { readJson } from '../../../src/renderer/api/read-json';

/** `text` cut at `cuts` (positions, in any order) and parsed piece by piece. */
function inPieces(text: string, cuts: number[], levels: SplitLevels): unknown {
  const parser = new JsonInPieces(levels);
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...at, text.length]) {
    parser.push(text, from, to);
    from = to;
  }
  return parser.end();
}

/** What `f` gives, or the kind of error it throws. */
function outcome(f: () => unknown): { value: unknown } | { threw: string } {
  try {
    return { value: f() };
  } catch (e) {
    return { threw: (e as Error).name };
  }
}

/** Equal as `JSON.parse` makes values: also in the order of each object's keys. */
function expectSame(ours: unknown, theirs: unknown): void {
  expect(ours).toStrictEqual(theirs);
  expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
}

/** A body that arrives as `bytes` cut at `cuts`. */
function bodyOf(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return new ReadableStream({
    start(controller) {
      let from = 0;
      for (const to of [...at, bytes.length]) {
        controller.enqueue(bytes.slice(from, to));
        from = to;
      }
      controller.close();
    },
  });
}

const json = fc.jsonValue({ maxDepth: 6 });
/** Lists and objects at the top, where the structure is built in pieces. */
const nested = fc.oneof(
  fc.array(json, { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 3 }), json, { maxKeys: 5 }),
);
const layout = fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n');
const cuts = fc.array(fc.nat(), { maxLength: 12 });
const levels = fc.record({
  rowsFrom: fc.integer({ min: 0, max: 6 }),
  wholeFrom: fc.integer({ min: 0, max: 8 }),
});
/** The signs that make or break JSON's structure, and a few that stand in values. */
const sign = fc.constantFrom(...'{}[],:"\\ \n0-.e1tfnul'.split(''));

describe('JSON parsed in pieces', () => {
  it('gives what JSON.parse of the whole gives, however the text is laid out and cut', () => {
    fc.assert(
      fc.property(json, layout, cuts, levels, (value, space, at, split) => {
        const text = JSON.stringify(value, null, space);
        expectSame(inPieces(text, at, split), JSON.parse(text));
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('throws exactly where JSON.parse throws, on text with one sign added, lost or changed', () => {
    // Mostly at a sign of the structure, where a fault in it would show.
    const edited = fc
      .tuple(nested, fc.nat(), fc.boolean(), fc.constantFrom('add', 'lose', 'change', 'stop'), sign)
      .map(([value, n, atSign, edit, c]) => {
        const text = JSON.stringify(value);
        const signs = [...text.matchAll(/[{}[\],:"]/g)].map((m) => m.index);
        const k =
          atSign && signs.length > 0 ? (signs[n % signs.length] as number) : n % (text.length + 1);
        if (edit === 'add') return text.slice(0, k) + c + text.slice(k);
        if (edit === 'lose') return text.slice(0, k) + text.slice(k + 1);
        if (edit === 'change') return text.slice(0, k) + c + text.slice(k + 1);
        return text.slice(0, k);
      });
    fc.assert(
      fc.property(edited, cuts, levels, (text, at, split) => {
        const ours = outcome(() => inPieces(text, at, split));
        const theirs = outcome(() => JSON.parse(text) as unknown);
        expect('threw' in ours).toBe('threw' in theirs);
        if ('value' in ours && 'value' in theirs) expectSame(ours.value, theirs.value);
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });

  it('throws exactly where JSON.parse throws, for every one-sign edit of a document', () => {
    const text =
      '{"ok":true,"value":{"a":[],"b":{},"c":[1,-2.5e3,"x\\"y",[null,false]],"d":{"e":{"f":[{}]}}}}';
    const signs = [...'{}[],:"\\ 0en'];
    const edits = [...text].flatMap((_, k) => [
      text.slice(0, k) + text.slice(k + 1),
      text.slice(0, k),
      ...signs.flatMap((c) => [
        text.slice(0, k) + c + text.slice(k),
        text.slice(0, k) + c + text.slice(k + 1),
      ]),
    ]);
    for (const split of [
      { rowsFrom: 1, wholeFrom: 8 },
      { rowsFrom: 3, wholeFrom: 8 },
      { rowsFrom: 8, wholeFrom: 2 },
      { rowsFrom: 8, wholeFrom: 4 },
    ]) {
      for (const edited of edits) {
        const ours = outcome(() => inPieces(edited, [edited.length >> 1], split));
        const theirs = outcome(() => JSON.parse(edited) as unknown);
        expect('threw' in ours, edited).toBe('threw' in theirs);
      }
    }
  });

  it('keeps a repeated key where it first stood and an own __proto__ key, as JSON.parse does', () => {
    const text = '{"b":{"__proto__":{"x":1},"a":1,"a":[2]},"b2":[{"__proto__":null}],"b":3}';
    for (const wholeFrom of [0, 1, 2, 3]) {
      const ours = inPieces(text, [7, 30], { rowsFrom: 8, wholeFrom }) as Record<string, unknown>;
      expectSame(ours, JSON.parse(text));
      expect(Object.getPrototypeOf(ours)).toBe(Object.prototype);
    }
  });
});

describe('reading a JSON answer as it arrives', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('decodes text cut anywhere, inside a character too, as response.json() does', async () => {
    const text = fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' });
    await fc.assert(
      fc.asyncProperty(text, cuts, async (value, at) => {
        const bytes = encode(`\uFEFF${JSON.stringify(value)}`);
        const expected: unknown = await new Response(bytes).json();
        expectSame(await readJson(bodyOf(bytes, at)), expected);
      }),
      { numRuns: 100, seed: 20261207 },
    );
  });

  it('lets other tasks in while it reads, and only then', async () => {
    const text = JSON.stringify({
      ok: true,
      value: { rows: Array.from({ length: 5000 }, (_, i) => ({ i })) },
    });
    const readWhileATaskWaits = async (turnMs: number) => {
      let ranMeanwhile = false;
      setTimeout(() => (ranMeanwhile = true), 0);
      const value = await readJson(bodyOf(encode(text), [1000, 30_000, 60_000]), { turnMs });
      expectSame(value, JSON.parse(text));
      return ranMeanwhile;
    };
    expect(await readWhileATaskWaits(0)).toBe(true);
    expect(await readWhileATaskWaits(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('throws on an answer that breaks off, in the text or in the stream', async () => {
    const whole = encode(JSON.stringify({ ok: true, value: { rows: [1, 2, 3] } }));
    await expect(readJson(bodyOf(whole.slice(0, 20), [5]))).rejects.toThrow(SyntaxError);
    await expect(readJson(null)).rejects.toThrow(SyntaxError);
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(whole.slice(0, 20));
        controller.error(new TypeError('network error'));
      },
    });
    await expect(readJson(broken)).rejects.toThrow('network error');
  });
});
