import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { SheetChoiceSchema, type SheetChoice } from '../../shared/excel-import/schema';
import { writeFileAtomic } from '../fs/atomic-write';

// The mapping a user chose for a workbook layout, kept in the user's settings folder beside the
// recent-files list, so next month's copy of the committee's list is mapped as this month's was.
// Not in the plan file: a mapping belongs to the user's spreadsheet, not to the plan.

/** So the file stays small; the layouts used longest ago go first. */
const MAX_LAYOUTS = 40;

const StoredSchema = z.array(
  z.object({ key: z.string(), choice: SheetChoiceSchema, usedAt: z.string() }),
);
type Stored = z.infer<typeof StoredSchema>;

/** A damaged or missing file is read as empty: a lost mapping must not stop an import. */
function readStored(storePath: string): Stored {
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(readFileSync(storePath, 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function rememberedMapping(storePath: string, key: string): SheetChoice | null {
  return readStored(storePath).find((s) => s.key === key)?.choice ?? null;
}

export function rememberMapping(
  storePath: string,
  key: string,
  choice: SheetChoice,
  now: string,
): void {
  if (key === '') return;
  const list = readStored(storePath).filter((s) => s.key !== key);
  list.unshift({ key, choice, usedAt: now });
  mkdirSync(dirname(storePath), { recursive: true });
  writeFileAtomic(storePath, JSON.stringify(list.slice(0, MAX_LAYOUTS), null, 2));
}
