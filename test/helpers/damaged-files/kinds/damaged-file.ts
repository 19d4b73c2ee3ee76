import type { Original } from '../originals';
import type { Random } from '../random';

/** A file SQLite puts beside a plan, by the suffix it adds to the plan's name. */
export type BesideSuffix = '-journal' | '-wal' | '-shm';

/** One damaged plan, as bytes, ready to be written into as many folders as there are ways in. */
export interface DamagedFile {
  plan: Buffer;
  beside: { suffix: BesideSuffix; bytes: Buffer }[];
  /** The intact plan whatever is read should equal: the original, or its newer copy. */
  reference: 'state' | 'newer';
  /**
   * Whether the plan still holds what Omstil wrote: known by construction for most kinds;
   * for damaged bytes it is found by reading every table of the damaged file (`from-bytes`).
   */
  content: 'same' | 'changed' | 'from-bytes';
  /** An intact plan with a journal beside it that does not belong to it. */
  strayJournal: boolean;
  /** What was done, in words, for the line that names a failing file. */
  note: string;
}

export interface DamageKind {
  name: string;
  make: (
    original: Original,
    others: readonly Original[],
    random: Random,
    scratch: string,
  ) => DamagedFile;
}

export const damaged = (plan: Buffer, note: string): DamagedFile => ({
  plan,
  beside: [],
  reference: 'state',
  content: 'from-bytes',
  strayJournal: false,
  note,
});
