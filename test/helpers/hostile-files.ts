import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Spoiling } from './in-process-core-shape';
import {
  breakOutsideOmstil,
  changeOutsideOmstil,
  interruptChange,
  leaveStrayJournal,
} from './tampered-files';

/**
 * Spoils the plan file at `path` in place: cut short (as a broken transfer leaves it), marked as
 * written by a newer version, given a trigger or a table that Omstil did not write, changed with
 * another SQLite program, or left with a journal beside it.
 */
export function spoilPlanFile(path: string, how: Spoiling): void {
  switch (how) {
    case 'changed-outside':
      return changeOutsideOmstil(path);
    case 'changed-outside-against-rules':
      return breakOutsideOmstil(path);
    case 'stray-journal':
      return leaveStrayJournal(path);
    case 'interrupted':
      return interruptChange(path);
  }
  if (how === 'truncated') {
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 3)));
    return;
  }
  const db = new Database(path);
  try {
    if (how === 'newer') db.pragma('user_version = 99');
    if (how === 'trigger') {
      db.exec('CREATE TRIGGER wipe AFTER INSERT ON member BEGIN DELETE FROM plan; END');
    }
    if (how === 'extra-table') db.exec('CREATE TABLE notes (body TEXT)');
  } finally {
    db.close();
  }
}

/**
 * Files a user may be handed instead of a plan, each made from a real plan where that matters.
 * Each entry says which error code opening or checking it must give.
 */
export function makeHostileFiles(
  dir: string,
  validPlan: string,
): { name: string; path: string; code: string }[] {
  const at = (name: string) => join(dir, name);
  const spoiled = (name: string, how: Spoiling) => {
    copyFileSync(validPlan, at(name));
    spoilPlanFile(at(name), how);
  };

  writeFileSync(at('empty.omstil'), '');

  // Deterministic "random" bytes: a fixed pattern that is not an SQLite header.
  const noise = Buffer.alloc(8192);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
  writeFileSync(at('random.omstil'), noise);

  spoiled('truncated.omstil', 'truncated');

  const foreign = new Database(at('foreign.omstil'));
  foreign.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
  foreign.close();

  spoiled('newer.omstil', 'newer');
  spoiled('trigger.omstil', 'trigger');
  spoiled('extra-table.omstil', 'extra-table');

  return [
    { name: 'a 0-byte file', path: at('empty.omstil'), code: 'not-a-plan' },
    { name: 'random bytes', path: at('random.omstil'), code: 'not-a-plan' },
    { name: 'a truncated plan', path: at('truncated.omstil'), code: 'corrupt' },
    { name: 'a foreign SQLite database', path: at('foreign.omstil'), code: 'not-a-plan' },
    { name: 'a plan from a newer version', path: at('newer.omstil'), code: 'newer-version' },
    { name: 'a plan with an added trigger', path: at('trigger.omstil'), code: 'foreign-schema' },
    { name: 'a plan with an extra table', path: at('extra-table.omstil'), code: 'foreign-schema' },
  ];
}
