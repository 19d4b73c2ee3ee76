import type { Db } from '../connection';
import { APPLICATION_ID } from '../constants';
import { migration001 } from './001-initial';
import { migration002 } from './002-change-log';
import { migration003 } from './003-year-wheel-evaluation';
import { migration004 } from './004-checksums';
import { migration005 } from './005-level-meanings';
import { migration006 } from './006-agenda-request';
import { migration007 } from './007-order-indexes';
import { migration008 } from './008-change-log-fold';
import { migration009 } from './009-change-log-limit';
import { migration010 } from './010-workshops';
import { migration011 } from './011-survey-figures';
import type { Migration } from './migration';

/** In order; a migration is never edited once released, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
];

export const CURRENT_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Brings a file up to `target` (default: the current version) in one transaction: either every
 * pending migration is applied, or the file is left exactly as it was.
 */
export function migrate(
  db: Db,
  target: number = CURRENT_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > target) throw new Error(`Cannot migrate down from ${from} to ${target}`);
  const pending = migrations.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
}
