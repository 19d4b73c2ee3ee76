import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Random } from '../random';

// Plain SQL on a copy of a plan, as another SQLite tool would run it: no checks of Omstil's own.

/** The content tables every version of the plan file has. */
export const TABLES = [
  'plan',
  'member',
  'target_group',
  'driver',
  'competence',
  'method',
  'activity',
  'measurement',
];

/**
 * Runs plain SQL on a copy of the plan, as another SQLite tool would, and returns the plan's
 * bytes: as they are after the tool closed it, or as `use` read them while it was still open.
 */
export function withTool(
  bytes: Buffer,
  scratch: string,
  use: (db: Database.Database, path: string) => Buffer | void,
): Buffer {
  mkdirSync(scratch, { recursive: true });
  const path = join(scratch, 'plan.omstil');
  writeFileSync(path, bytes);
  try {
    const db = new Database(path);
    // Only the bytes matter here, not whether they would survive a power cut.
    db.pragma('synchronous = OFF');
    let whileOpen: Buffer | void;
    try {
      whileOpen = use(db, path);
    } finally {
      db.close();
    }
    return whileOpen ?? readFileSync(path);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A content change another SQLite tool could make, keeping to the tables' own rules. */
export function editContent(db: Database.Database, random: Random): string {
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const nth = (table: string) =>
    `(SELECT id FROM ${table} ORDER BY position LIMIT 1 OFFSET ${random.below(Math.max(1, count(table)))})`;
  const edits = [
    `UPDATE plan SET title = title || ' (rettet)'`,
    `UPDATE plan SET period_start = date(period_start, '-1 year') WHERE period_start IS NOT NULL`,
    `UPDATE activity SET budget = budget + 1000 WHERE id = ${nth('activity')}`,
    `UPDATE activity SET title = 'Ændret i et andet program' WHERE id = ${nth('activity')}`,
    `UPDATE activity SET start_date = date(start_date, '-1 year') WHERE start_date IS NOT NULL AND id = ${nth('activity')}`,
    `UPDATE member SET name = name || 'sen' WHERE id = ${nth('member')}`,
    `UPDATE competence SET target_level = CASE WHEN target_level = 5 THEN 4 ELSE 5 END WHERE id = ${nth('competence')}`,
    `UPDATE measurement SET level = CASE WHEN level >= 4 THEN level - 1 ELSE level + 1 END WHERE level IS NOT NULL AND id = ${nth('measurement')}`,
    `DELETE FROM activity_competence WHERE activity_id = (SELECT activity_id FROM activity_competence LIMIT 1 OFFSET ${random.below(Math.max(1, count('activity_competence')))})`,
  ];
  const sql = random.pick(edits);
  if (db.prepare(sql).run().changes > 0) return sql;
  // The chosen row had nothing to change (no date, no level): the title always has.
  const fallback = edits[0] as string;
  db.exec(fallback);
  return fallback;
}
