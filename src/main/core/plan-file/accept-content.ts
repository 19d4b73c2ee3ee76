import type { Db } from '../db/connection';
import { CHECKSUMMED_TABLES, contentColumns, restampAll } from '../repositories/row-stamps';

/**
 * Takes the content of a plan that was changed outside Omstil as it is: every row is stamped
 * afresh from what it holds and the totals are made to match, in one transaction. For a file a
 * user changed on purpose with another tool, and only after they confirmed it; the content has
 * passed the gate's rules, which is what made it possible to show it.
 */
export function acceptContent(db: Db): void {
  db.transaction(() =>
    restampAll(db, CHECKSUMMED_TABLES, (table) => contentColumns(db, table)),
  ).immediate();
}
