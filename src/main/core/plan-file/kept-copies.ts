import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fsyncFile, publishNew, tempPathBeside } from '../../fs/atomic-write';

/** The plan and its journal as they lay before a rollback, under names beside the plan. */
export interface KeptOriginal {
  plan: string;
  journal: string;
}

/**
 * `Plan.omstil` with `label` → `Plan (label).omstil`, or `Plan (label 2).omstil` for n = 2: the
 * names Omstil gives the files it puts beside a plan.
 */
export function nameBeside(path: string, label: string, n: number): string {
  const ext = extname(path);
  const stem = basename(path, ext);
  return join(dirname(path), `${stem} (${label}${n === 1 ? '' : ` ${n}`})${ext}`);
}

/**
 * Copies the plan and its journal, byte for byte and synced, to `Plan (før gendannelse).omstil`
 * and `Plan (før gendannelse).omstil-journal` (numbered when taken) before anything rolls the
 * journal back. A pair kept by an earlier attempt with the same bytes is used again, so opening a
 * plan that cannot be recovered again and again does not fill the folder with copies.
 *
 * The journal is copied first: a copy of a half-written plan without its journal would look like
 * a plan and is not one.
 */
export function keepBeforeRecovery(path: string, journal: string): KeptOriginal {
  for (let n = 1; ; n++) {
    const plan = nameBeside(path, 'før gendannelse', n);
    const kept = { plan, journal: `${plan}-journal` };
    const planTaken = existsSync(kept.plan);
    const journalTaken = existsSync(kept.journal);
    if (
      planTaken &&
      journalTaken &&
      sameBytes(kept.plan, path) &&
      sameBytes(kept.journal, journal)
    ) {
      return kept;
    }
    if (planTaken || journalTaken) continue;
    copyAsNew(journal, kept.journal);
    copyAsNew(path, kept.plan);
    return kept;
  }
}

/**
 * Puts the kept plan and journal back under the plan's own names, as they were before the
 * rollback: the journal first, so that a crash in between leaves a journal that rolls back again
 * rather than a half-written plan without one.
 */
export function putBack(kept: KeptOriginal, path: string, journal: string): void {
  replaceWithCopy(kept.journal, journal);
  replaceWithCopy(kept.plan, path);
}

function copyAsNew(source: string, target: string): void {
  const temp = tempPathBeside(target);
  try {
    copyFileSync(source, temp);
    fsyncFile(temp);
    publishNew(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
}

function replaceWithCopy(source: string, target: string): void {
  const temp = tempPathBeside(target);
  try {
    copyFileSync(source, temp);
    fsyncFile(temp);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
}

function sameBytes(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  const fa = openSync(a, 'r');
  try {
    const fb = openSync(b, 'r');
    try {
      const chunk = 1 << 20;
      const ba = Buffer.alloc(chunk);
      const bb = Buffer.alloc(chunk);
      for (let at = 0; ; at += chunk) {
        const na = readSync(fa, ba, 0, chunk, at);
        const nb = readSync(fb, bb, 0, chunk, at);
        if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
        if (na === 0) return true;
      }
    } finally {
      closeSync(fb);
    }
  } finally {
    closeSync(fa);
  }
}
