import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files a user may be handed instead of a plan, each made from a real plan where that matters.
 * Each entry says which error code opening or checking it must give.
 */
export function makeHostileFiles(
  dir: string,
  validPlan: string,
): { name: string; path: string; code: string }[] {
  const at = (name: string) => join(dir, name);

  writeFileSync(at('empty.omstil'), '');

  // Deterministic "random" bytes: a fixed pattern that is not an SQLite header.
  const noise = Buffer.alloc(8192);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
  writeFileSync(at('random.omstil'), noise);

  const whole = readFileSync(validPlan);
  writeFileSync(at('truncated.omstil'), whole.subarray(0, Math.floor(whole.length / 3)));

  const foreign = new Database(at('foreign.omstil'));
  foreign.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
  foreign.close();

  copyFileSync(validPlan, at('newer.omstil'));
  const newer = new Database(at('newer.omstil'));
  newer.pragma('user_version = 99');
  newer.close();

  copyFileSync(validPlan, at('trigger.omstil'));
  const trigger = new Database(at('trigger.omstil'));
  trigger.exec('CREATE TRIGGER wipe AFTER INSERT ON member BEGIN DELETE FROM plan; END');
  trigger.close();

  copyFileSync(validPlan, at('extra-table.omstil'));
  const extra = new Database(at('extra-table.omstil'));
  extra.exec('CREATE TABLE notes (body TEXT)');
  extra.close();

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
