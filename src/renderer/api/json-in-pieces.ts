/**
 * Where the answer is built here and where a value is handed to `JSON.parse` whole. Each row of a
 * list that lies three levels down or deeper is parsed whole: a plan's activities (the result, its
 * value, the plan, its lists), or a marked status's (the result, its list of statuses, a status,
 * its figures, their lists). Above that, lists and objects are built here, so no text parsed at
 * once is larger than one row; below `wholeFrom` levels anything is parsed whole.
 */
export interface SplitLevels {
  /** The rows of a list with this many lists and objects around it, itself included, are whole. */
  rowsFrom: number;
  /** A list or object with this many around it is parsed whole. */
  wholeFrom: number;
}

export const SPLIT_LEVELS: SplitLevels = { rowsFrom: 4, wholeFrom: 8 };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** JSON's four whitespace characters; nothing else may stand between its parts. */
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Where a number or a literal (`true`, `false`, `null`) ends: JSON.parse judges what it holds. */
const endsBare = (c: number) =>
  isSpace(c) ||
  c === COMMA ||
  c === COLON ||
  c === QUOTE ||
  c === OPEN_BRACE ||
  c === CLOSE_BRACE ||
  c === OPEN_BRACKET ||
  c === CLOSE_BRACKET;

/** What the text may hold next, between the values. */
type Expect =
  'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

interface Frame {
  container: unknown[] | Record<string, unknown>;
  isList: boolean;
  /** The key whose value comes next, in an object. */
  key: string;
}

/** A value whose text is still being read: a text, a number or literal, or a deep list or object. */
interface Token {
  kind: 'text' | 'bare' | 'nested';
  isKey: boolean;
  /** Its text from earlier pieces. */
  parts: string[];
  /** Where it starts in the current piece. */
  start: number;
  depth: number;
  inString: boolean;
  escaped: boolean;
}

/**
 * Parses one JSON text handed over in pieces, as `JSON.parse` of the whole would: the same value,
 * and an error wherever it would throw. The upper levels are built here; each value below them
 * (see SplitLevels) is found by its brackets and quotes and parsed whole by `JSON.parse`, which
 * also judges it. Each piece costs time in proportion to its length, so a caller can stop between
 * pieces and let the window draw.
 */
export class JsonInPieces {
  private readonly stack: Frame[] = [];
  private expect: Expect = 'value';
  private token: Token | null = null;
  private root: unknown = undefined;

  constructor(private readonly levels: SplitLevels = SPLIT_LEVELS) {}

  /** Takes in `text` from `from` up to `to`; throws a SyntaxError at the first fault. */
  push(text: string, from = 0, to = text.length): void {
    let i = from;
    // A value begun in an earlier piece goes on from the start of this one.
    if (this.token) this.token.start = from;
    while (i < to) {
      const token = this.token;
      if (token) {
        const end = token.kind === 'bare' ? bareEnd(text, i, to) : nestedEnd(token, text, i, to);
        if (end < 0) {
          token.parts.push(text.slice(token.start, to));
          return;
        }
        this.finish(token, text.slice(token.start, end));
        i = end;
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i += 1;
        continue;
      }
      this.step(c);
      // A value begun here is scanned from its first character on, so only a sign moves on.
      if (this.token === null) i += 1;
      else this.token.start = i;
    }
  }

  /** The value, once every piece is in; throws when the text stops before it is whole. */
  end(): unknown {
    const token = this.token;
    if (token?.kind === 'bare') this.finish(token, '');
    else if (token) throw new SyntaxError('Unexpected end of JSON input');
    if (this.expect !== 'end') throw new SyntaxError('Unexpected end of JSON input');
    return this.root;
  }

  /** One sign between the values, or the first character of a value. */
  private step(c: number): void {
    switch (this.expect) {
      case 'value-or-close':
      case 'value':
        if (c === CLOSE_BRACKET && this.expect === 'value-or-close') return this.close();
        if ((c === OPEN_BRACE || c === OPEN_BRACKET) && !this.wholeHere()) {
          return this.open(c === OPEN_BRACKET);
        }
        this.token = newToken(c === QUOTE ? 'text' : isOpen(c) ? 'nested' : 'bare', false);
        return;
      case 'key-or-close':
      case 'key':
        if (c === CLOSE_BRACE && this.expect === 'key-or-close') return this.close();
        if (c !== QUOTE) throw unexpected(c);
        this.token = newToken('text', true);
        return;
      case 'colon':
        if (c !== COLON) throw unexpected(c);
        this.expect = 'value';
        return;
      case 'comma-or-close': {
        const top = this.stack[this.stack.length - 1] as Frame;
        if (c === COMMA) this.expect = top.isList ? 'value' : 'key';
        else if (c === (top.isList ? CLOSE_BRACKET : CLOSE_BRACE)) this.close();
        else throw unexpected(c);
        return;
      }
      case 'end':
        throw unexpected(c);
    }
  }

  /** Whether a list or object that starts here is parsed whole (see SplitLevels). */
  private wholeHere(): boolean {
    const depth = this.stack.length;
    const inList = this.stack[depth - 1]?.isList === true;
    return depth >= this.levels.wholeFrom || (inList && depth >= this.levels.rowsFrom);
  }

  private open(isList: boolean): void {
    this.stack.push({ container: isList ? [] : {}, isList, key: '' });
    this.expect = isList ? 'value-or-close' : 'key-or-close';
  }

  private close(): void {
    const frame = this.stack.pop() as Frame;
    this.place(frame.container);
  }

  private finish(token: Token, tail: string): void {
    this.token = null;
    const text = token.parts.length > 0 ? token.parts.join('') + tail : tail;
    const value: unknown = JSON.parse(text);
    if (!token.isKey) return this.place(value);
    (this.stack[this.stack.length - 1] as Frame).key = value as string;
    this.expect = 'colon';
  }

  /** Puts a finished value where it belongs, as `JSON.parse` would (an own `__proto__` too). */
  private place(value: unknown): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.root = value;
      this.expect = 'end';
      return;
    }
    if (Array.isArray(top.container)) top.container.push(value);
    else {
      Object.defineProperty(top.container, top.key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    this.expect = 'comma-or-close';
  }
}

const isOpen = (c: number) => c === OPEN_BRACE || c === OPEN_BRACKET;

function newToken(kind: Token['kind'], isKey: boolean): Token {
  return { kind, isKey, parts: [], start: 0, depth: 0, inString: false, escaped: false };
}

/** Where a number or literal ends in `text`, or -1 if it may go on in the next piece. */
function bareEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (endsBare(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Where a text or a deep list or object ends in `text` (just after its last character), or -1 if
 * it goes on in the next piece; `token` keeps where the scan stands between pieces.
 */
function nestedEnd(token: Token, text: string, from: number, to: number): number {
  let { depth, inString, escaped } = token;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) {
        inString = false;
        if (depth === 0) return i + 1;
      }
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  token.depth = depth;
  token.inString = inString;
  token.escaped = escaped;
  return -1;
}

function unexpected(c: number): SyntaxError {
  return new SyntaxError(`Unexpected token '${String.fromCharCode(c)}' in JSON`);
}
