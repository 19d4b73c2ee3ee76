/**
 * A small seeded generator (mulberry32), so that a damaged file is fully named by its kind, its
 * original and its seed, and a failure found once can be made again byte for byte.
 */
export interface Random {
  /** A number in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  below: (n: number) => number;
  pick: <T>(items: readonly T[]) => T;
  bytes: (n: number) => Buffer;
}

export function seededRandom(...parts: readonly (string | number)[]): Random {
  let state = hash(parts.join('/'));
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number) => Math.floor(next() * n);
  return {
    next,
    below,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('nothing to pick from');
      return items[below(items.length)] as T;
    },
    bytes: (n) => {
      const out = Buffer.alloc(n);
      for (let i = 0; i < n; i++) out[i] = below(256);
      return out;
    },
  };
}

/** FNV-1a: enough to spread nearby seeds over the generator's whole state. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
