import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../../src/main/http/json-stream';
import { examplePlan } from '../../helpers/example-plan';
import { fixedEnvironment } from '../../helpers/fixed-env';

/** A socket that takes each piece only once the last one is through, as a slow reader does. */
function slowSocket(highWaterMark = 1024) {
  const pieces: string[] = [];
  /** How much waited in the socket beside each piece as it went out. */
  const waiting: number[] = [];
  const out = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      pieces.push(chunk);
      waiting.push(out.writableLength - chunk.length);
      setImmediate(done);
    },
  });
  return { out, pieces, waiting };
}

/** The example plan's answer, with its activities many times over: a plan of a large programme. */
function largeAnswer() {
  const doc = examplePlan(fixedEnvironment());
  const activities = Array.from({ length: 40 }, (_, n) =>
    doc.activities.map((a) => ({ ...a, id: `${a.id.slice(0, -4)}${String(n).padStart(4, '0')}` })),
  ).flat();
  return { ok: true, value: { document: { ...doc, activities }, sequence: 0 } };
}

describe('an answer written to the socket in pieces', () => {
  it('is the text JSON.stringify makes, what it leaves out left out', async () => {
    const value = {
      ok: true,
      value: {
        text: 'Æblegrød "med" fløde\n',
        gone: undefined,
        call: () => 1,
        list: [1, undefined, () => 2, null, { deeper: { still: [new Date(0), { a: undefined }] } }],
        bare: Object.assign(Object.create(null) as object, { x: 1 }),
        own: { toJSON: () => 'som tekst' },
        empty: { list: [], record: {} },
        // A list as deep as a plan's lists, whose items are written a run at a time.
        runs: { list: [1, undefined, () => 2, Symbol('x'), null, { a: undefined }, new Date(0)] },
      },
    };
    const { out, pieces } = slowSocket();
    await writeJson(out, value);
    await finished(out);
    expect(pieces.join('')).toBe(JSON.stringify(value));
  });

  it('makes a large plan’s answer a run of rows at a time, never as one text', async () => {
    const answer = largeAnswer();
    const whole = JSON.stringify(answer);
    const { out, pieces } = slowSocket();
    await writeJson(out, answer);
    await finished(out);
    expect(pieces.join('')).toBe(whole);
    const longestRow = Math.max(
      ...answer.value.document.activities.map((a) => JSON.stringify(a).length),
    );
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) expect(piece.length).toBeLessThan(64 * 1024 + longestRow + 100);
  });

  it('waits for the socket to take each piece before it writes the next', async () => {
    const { out, waiting } = slowSocket();
    await writeJson(out, largeAnswer());
    expect(waiting.length).toBeGreaterThan(5);
    expect(waiting.every((w) => w === 0)).toBe(true);
  });

  it('stops when the other end has gone', async () => {
    const { out, pieces } = slowSocket();
    const written = writeJson(out, largeAnswer());
    out.destroy();
    await written;
    expect(pieces.length).toBeLessThanOrEqual(1);
  });
});
