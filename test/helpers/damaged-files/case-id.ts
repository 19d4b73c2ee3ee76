import { DAMAGE_KINDS, damageKind } from './damage-kinds';
import { ORIGINAL_NAMES, type OriginalName } from './originals';
import { seededRandom } from './random';

/** A damaged file is named by these three; the same three make the same bytes again. */
export interface CaseId {
  kind: string;
  original: OriginalName;
  seed: number;
}

export const caseName = (id: CaseId): string => `${id.kind}/${id.original}/${id.seed}`;

export function parseCaseName(name: string): CaseId {
  const [kind = '', original = '', seed = ''] = name.split('/');
  damageKind(kind);
  if (!(ORIGINAL_NAMES as readonly string[]).includes(original) || !/^\d+$/.test(seed)) {
    throw new Error(`not a damaged file's name (kind/original/seed): ${name}`);
  }
  return { kind, original: original as OriginalName, seed: Number(seed) };
}

/**
 * `count` files spread evenly over every kind and every original, each with its own seed drawn
 * from `seed`: the same arguments always make the same set.
 */
export function sampleCases(count: number, seed: number): CaseId[] {
  const random = seededRandom('sample', seed);
  return Array.from({ length: count }, (_, i) => ({
    kind: (DAMAGE_KINDS[i % DAMAGE_KINDS.length] as (typeof DAMAGE_KINDS)[number]).name,
    original: ORIGINAL_NAMES[
      Math.floor(i / DAMAGE_KINDS.length) % ORIGINAL_NAMES.length
    ] as OriginalName,
    seed: random.below(2 ** 31),
  }));
}
