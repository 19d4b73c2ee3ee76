import { openMemory } from '../db/connection';
import { migrate } from '../db/migrations';
import { ident } from '../db/sql';
import { CHECKSUMMED_TABLES, columnsInFile } from '../repositories/row-stamps';

/** The tables a plan's summary is read from, each with the columns it needs, in this order. */
export const SUMMARY_COLUMNS = {
  plan: ['id', 'organisation', 'unit', 'period_start', 'period_end', 'updated_at'],
  member: ['name', 'updated_at'],
  target_group: ['id', 'name', 'headcount', 'updated_at'],
  driver: ['id', 'catalog_key', 'title', 'updated_at'],
  competence: ['id', 'catalog_key', 'title', 'updated_at'],
  method: ['id', 'catalog_key', 'title', 'updated_at'],
  activity: [
    'status',
    'budget',
    'spent',
    'participants_planned',
    'participants_reached',
    'updated_at',
  ],
  competence_driver: ['competence_id', 'driver_id'],
  competence_method: ['competence_id', 'method_id'],
  competence_target_group: ['competence_id', 'target_group_id'],
} as const;

export type SummaryTable = keyof typeof SUMMARY_COLUMNS;

/** Tables whose rows come in the committee's order, as the plan's lists hold them. */
const ORDERED = new Set<string>([
  'member',
  'target_group',
  'driver',
  'competence',
  'method',
  'activity',
]);

export interface SummarySql {
  /**
   * Per summary table: each row's carried checksum, its canonical text (what the checksum is of)
   * and then the columns the summary needs. `NOT INDEXED`: the rows are read from the table itself,
   * never through an index, as the quick check does not compare the indexes with their tables.
   */
  tables: Record<SummaryTable, string>;
  /** How many rows the other checksummed tables hold, and their carried checksums run together. */
  others: string;
  /** The plan row's totals over every row's checksum. */
  totals: string;
}

let made: SummarySql | null = null;

/**
 * The statements, made once per process from this version's schema in memory: a file is only read
 * with them once its schema has been found to be exactly that one, so its columns are these.
 */
export function summarySql(): SummarySql {
  if (made) return made;
  const db = openMemory();
  try {
    migrate(db);
    const tables = {} as Record<SummaryTable, string>;
    for (const [table, columns] of Object.entries(SUMMARY_COLUMNS)) {
      const canonical = `json_array(${columnsInFile(db, table).map(ident).join(', ')})`;
      tables[table as SummaryTable] =
        `SELECT checksum, ${canonical}, ${columns.map(ident).join(', ')}
         FROM ${ident(table)} NOT INDEXED${ORDERED.has(table) ? ' ORDER BY position, id' : ''}`;
    }
    const rest = Object.keys(CHECKSUMMED_TABLES).filter((t) => !(t in SUMMARY_COLUMNS));
    const others = `SELECT count(*) AS rows, coalesce(group_concat(checksum, ''), '') AS checksums
      FROM (${rest.map((t) => `SELECT checksum FROM ${ident(t)} NOT INDEXED`).join(' UNION ALL ')})`;
    const totals = `SELECT content_rows AS rows, content_sum_high AS high, content_sum_low AS low
      FROM plan NOT INDEXED`;
    made = { tables, others, totals };
    return made;
  } finally {
    db.close();
  }
}
