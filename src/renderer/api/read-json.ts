import { JsonInPieces } from './json-in-pieces';

/** At most this much text is parsed between two looks at the clock. */
const SLICE_CHARS = 32 * 1024;

/** How long the reading may hold the window before it lets other work in; well under 50 ms. */
export const TURN_MS = 8;

/** Lets the event loop run other tasks (input, drawing) before the reading goes on. */
export type Rest = () => Promise<void>;

export interface ReadOptions {
  /** How long the reading may go on before it rests a turn. */
  turnMs?: number;
  rest?: Rest;
}

interface SchedulerWithYield {
  yield: () => Promise<void>;
}

/**
 * A macrotask turn: `scheduler.yield()` where the browser has it (its continuation comes before
 * other queued work of the page), else a zero timeout.
 */
export const restATurn: Rest = () => {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Reads a JSON answer as `response.json()` does — decoded as UTF-8 (a leading byte order mark
 * dropped), then parsed — but piece by piece as it arrives, resting a turn whenever it has held
 * the window `turnMs`: the whole plan of a large programme is some 26 MB of JSON, and parsing it
 * at once held the window for a long task. Throws where `response.json()` would, and when the
 * body breaks off.
 */
export async function readJson(
  body: ReadableStream<Uint8Array> | null,
  { turnMs = TURN_MS, rest = restATurn }: ReadOptions = {},
): Promise<unknown> {
  const parser = new JsonInPieces();
  const decoder = new TextDecoder();
  if (body === null) return parser.end();
  const reader = body.getReader();
  let since = performance.now();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      for (let at = 0; at < text.length; at += SLICE_CHARS) {
        parser.push(text, at, Math.min(at + SLICE_CHARS, text.length));
        if (performance.now() - since < turnMs) continue;
        await rest();
        since = performance.now();
      }
    }
  } catch (e) {
    // A fault in the text: the rest of the answer is not wanted.
    reader.cancel().catch(() => undefined);
    throw e;
  }
  parser.push(decoder.decode());
  return parser.end();
}
