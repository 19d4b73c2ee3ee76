import type { Original } from '../originals';
import type { Random } from '../random';
import { damaged, type DamageKind } from './damaged-file';

// Whole pages lost or out of place: the file cut short at a page boundary or inside a page, two
// pages swapped, a page zeroed.

const pageOf = (original: Original, page: number) => {
  const size = original.layout.pageSize;
  return original.state.bytes.subarray((page - 1) * size, page * size);
};

/** A page other than the first, whose loss or move leaves the header intact. */
const laterPage = (original: Original, random: Random) =>
  2 + random.below(original.layout.pageCount - 1);

export const PAGES: DamageKind[] = [
  {
    name: 'truncated-at-page',
    make: (original, _others, random) => {
      const pages = 1 + random.below(original.layout.pageCount - 1);
      const plan = original.state.bytes.subarray(0, pages * original.layout.pageSize);
      return damaged(Buffer.from(plan), `cut after page ${pages} of ${original.layout.pageCount}`);
    },
  },
  {
    name: 'truncated-mid-page',
    make: (original, _others, random) => {
      const { pageSize, pageCount } = original.layout;
      const length = Math.max(
        101,
        random.below(pageCount) * pageSize + 1 + random.below(pageSize - 1),
      );
      const plan = Buffer.from(original.state.bytes.subarray(0, length));
      return damaged(plan, `cut at byte ${length} of ${original.state.bytes.length}`);
    },
  },
  {
    name: 'pages-swapped',
    make: (original, _others, random) => {
      const a = laterPage(original, random);
      let b = laterPage(original, random);
      if (b === a) b = a === original.layout.pageCount ? 2 : a + 1;
      const copy = Buffer.from(original.state.bytes);
      const size = original.layout.pageSize;
      pageOf(original, b).copy(copy, (a - 1) * size);
      pageOf(original, a).copy(copy, (b - 1) * size);
      return damaged(copy, `pages ${a} and ${b} swapped`);
    },
  },
  {
    name: 'page-zeroed',
    make: (original, _others, random) => {
      const page = laterPage(original, random);
      const copy = Buffer.from(original.state.bytes);
      const size = original.layout.pageSize;
      copy.fill(0, (page - 1) * size, page * size);
      return damaged(copy, `page ${page} zeroed`);
    },
  },
];
