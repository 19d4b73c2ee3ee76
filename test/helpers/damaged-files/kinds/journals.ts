import type { Random } from '../random';
import type { DamagedFile, DamageKind } from './damaged-file';

// Rollback journals beside an intact plan that do not belong to it (an older copy's, another
// plan's, garbage, one cut short), and the one that does: the journal of a crash in the plan itself.

const stray = (
  plan: Buffer,
  journal: Buffer,
  reference: DamagedFile['reference'],
  note: string,
): DamagedFile => ({
  plan,
  beside: [{ suffix: '-journal', bytes: journal }],
  reference,
  content: 'same',
  strayJournal: true,
  note,
});

/** The header SQLite writes at the start of a rollback journal (see pager.c, writeJournalHdr). */
function journalHeader(random: Random, pages: number, pageSize: number): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]).copy(header, 0);
  header.writeUInt32BE(0xffffffff, 8); // records: as many as the file holds
  header.writeUInt32BE(random.below(2 ** 32), 12); // the nonce of the records' checksums
  header.writeUInt32BE(pages, 16); // the plan's size before the transaction, in pages
  header.writeUInt32BE(512, 20); // sector size
  header.writeUInt32BE(pageSize, 24);
  return header;
}

export const JOURNALS: DamageKind[] = [
  {
    name: 'journal-from-older-copy',
    make: (original, _others, random) => {
      const journal = random.pick(original.journals);
      return stray(
        original.newer.bytes,
        journal.bytes,
        'newer',
        `older copy's journal: ${journal.label}`,
      );
    },
  },
  {
    name: 'journal-from-other-plan',
    make: (original, others, random) => {
      const other = random.pick(others);
      const journal = random.pick(other.journals);
      return stray(
        original.state.bytes,
        journal.bytes,
        'state',
        `${other.name}'s journal: ${journal.label}`,
      );
    },
  },
  {
    name: 'journal-garbage',
    make: (original, _others, random) => {
      const { pageSize, pageCount } = original.layout;
      const variant = random.below(3);
      if (variant === 0) {
        const length = 1 + random.below(64 * 1024);
        return stray(original.state.bytes, random.bytes(length), 'state', `${length} random bytes`);
      }
      if (variant === 1) {
        const length = 512 * (1 + random.below(16));
        return stray(original.state.bytes, Buffer.alloc(length), 'state', `${length} zero bytes`);
      }
      const pages = 1 + random.below(pageCount + 4);
      const journal = Buffer.concat([
        journalHeader(random, pages, pageSize),
        random.bytes(random.below(8) * (pageSize + 8)),
      ]);
      return stray(
        original.state.bytes,
        journal,
        'state',
        `a valid header for ${pages} pages, then noise`,
      );
    },
  },
  {
    name: 'journal-truncated',
    make: (original, _others, random) => {
      const journal = random.pick(original.journals);
      const length = 1 + random.below(journal.bytes.length - 1);
      return stray(
        original.newer.bytes,
        Buffer.from(journal.bytes.subarray(0, length)),
        'newer',
        `older copy's journal (${journal.label}) cut at byte ${length}`,
      );
    },
  },
  {
    // The journal that does belong: the plan must come back as it was before the crash.
    name: 'journal-of-a-crash',
    make: (original) => ({
      plan: original.crash.plan,
      beside: [{ suffix: '-journal', bytes: original.crash.journal }],
      reference: 'state',
      content: 'same',
      strayJournal: false,
      note: 'half-written plan with its own hot journal',
    }),
  },
];
