import { BIT_FLIPS } from './kinds/bit-flips';
import type { DamageKind } from './kinds/damaged-file';
import { JOURNALS } from './kinds/journals';
import { OTHER_TOOLS } from './kinds/other-tools';
import { PAGES } from './kinds/pages';
import { SCHEMA } from './kinds/schema';

// The generator of damaged plan files. Each kind makes one damaged file from an original plan
// (see originals.ts) and a seeded generator, so a file is fully named by kind/original/seed: a
// failure in the CI run (test/main/core/integrity) or in `npm run bench:integrity` names it that
// way, and `npm run bench:integrity -- --case <name> [--keep <folder>]` makes it again.

export type { BesideSuffix, DamagedFile, DamageKind } from './kinds/damaged-file';

export const DAMAGE_KINDS: readonly DamageKind[] = [
  ...BIT_FLIPS,
  ...PAGES,
  ...JOURNALS,
  ...SCHEMA,
  ...OTHER_TOOLS,
];

export function damageKind(name: string): DamageKind {
  const kind = DAMAGE_KINDS.find((k) => k.name === name);
  if (!kind) throw new Error(`no damage kind named ${name}`);
  return kind;
}
