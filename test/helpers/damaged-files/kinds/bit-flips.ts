import type { Original } from '../originals';
import type { Random } from '../random';
import type { Span } from '../sqlite-layout';
import { damaged, type DamagedFile, type DamageKind } from './damaged-file';

// Single flipped bits, each kind aimed at one part of the file: the 100-byte header, b-tree page
// headers, cell pointer arrays, and the texts (dates among them), numbers and type headers of records.

/** One bit of `bytes` flipped somewhere in `span`. */
function flipIn(bytes: Buffer, span: Span, random: Random): DamagedFile {
  const copy = Buffer.from(bytes);
  const offset = span.offset + random.below(span.length);
  const bit = random.below(8);
  copy[offset] = (copy[offset] ?? 0) ^ (1 << bit);
  return damaged(copy, `bit ${bit} of byte ${offset} (${span.owner})`);
}

const flipKind = (name: string, spans: (original: Original) => readonly Span[]): DamageKind => ({
  name,
  make: (original, _others, random) =>
    flipIn(original.state.bytes, random.pick(spans(original)), random),
});

export const BIT_FLIPS: DamageKind[] = [
  flipKind('header-bit', () => [{ offset: 0, length: 100, owner: 'SQLite header' }]),
  flipKind('btree-header-bit', (o) => o.layout.btreeHeaders),
  flipKind('cell-pointer-bit', (o) => o.layout.cellPointers),
  flipKind('cell-text-bit', (o) => o.layout.texts),
  flipKind('cell-number-bit', (o) => o.layout.numbers),
  flipKind('record-header-bit', (o) => o.layout.recordHeaders),
];
