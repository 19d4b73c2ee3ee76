import { statSync } from 'node:fs';
import { isCatalogKey, type CatalogKind } from '../../../shared/catalog';
import type { PlanSummary, SummaryEntry } from '../../../shared/trends';
import { hashRow, parseChecksum } from '../db/checksum';
import { openConnection, type Db } from '../db/connection';
import { APPLICATION_ID, MAX_PLAN_FILE_BYTES } from '../db/constants';
import { CURRENT_VERSION } from '../db/migrations';
import { expectedSchema, foreignObjects, malformedSchemaEntries, readSchema } from '../db/schema';
import { readSqliteHeader } from '../plan-file/header';
import { summarySql, type SummaryTable } from './summary-sql';

// A trends report reads five hundred plans for a few numbers each, and the gate (`inspectPlanFile`)
// reads the whole of every one: SQLite's full check, every row's checksum, the whole plan built
// and checked against the model's rules. Here a plan is read for its summary alone, and only when
// it is a plain case; every other file is left to the gate, which then refuses it with its own
// reason or reads it. So this never refuses a file itself, and a count skips a file for the same
// reason the program gives on opening it. Left to the gate: a file that is not a plan, is empty,
// too large, truncated, in WAL mode, of an older version (read from a migrated copy in memory) or
// a newer one, with a schema not exactly ours, without exactly one plan row, damaged, or changed
// outside Omstil where the count reads it.
//
// What is checked here, and why it is enough for a count:
// - SQLite's quick check, not its full one: it reads every page of the file and every record, and
//   leaves out only the comparison of each index with its table. The summary reads every table
//   `NOT INDEXED`, so a damaged index cannot change a count (and the quick check needs a fraction
//   of the full one's time).
// - The checksums of the rows the summary reads: a count must not rest on a title, key or sum
//   changed outside Omstil, so those rows are hashed as the gate hashes them. The other rows
//   (history, change log, measurements, workshops …) are not hashed, as nothing in them is
//   counted; but what they carry is added into the plan's totals, which must agree, so that no
//   counted row was deleted or added outside Omstil. A change outside Omstil to rows the count
//   does not read is found when the plan is opened, not here.
// - Not the model's rules, the references or the logs: the rows are vouched for by their
//   checksums as Omstil wrote them, and Omstil writes nothing that breaks them.

/** One row as a summary statement answers it: checksum, canonical text, then the columns. */
type RawRow = unknown[];

const MASK = 2 ** 32;

/**
 * The summary of the plan at `path`, read through the checks above on a read-only connection
 * (never written, never locked, nothing left beside it), or null when the gate must judge the
 * file. The caller has already left alone a plan with a journal beside it.
 */
export function quickPlanSummary(path: string): PlanSummary | null {
  try {
    if (!isPlainPlanFile(path)) return null;
    const db = openConnection(path, { readonly: true });
    try {
      if (!passesQuickCheck(db)) return null;
      if (malformedSchemaEntries(db).length > 0) return null;
      if (foreignObjects(readSchema(db), expectedSchema(CURRENT_VERSION)).length > 0) return null;
      // One read transaction, so that a colleague's edit cannot fall between two tables.
      return db.transaction(() => readSummary(db))();
    } finally {
      db.close();
    }
  } catch {
    // Whatever went wrong, the gate reads the file again and says what it is.
    return null;
  }
}

/** The header's verdict, read without SQLite: a plan file of this version, whole, in our mode. */
function isPlainPlanFile(path: string): boolean {
  const st = statSync(path);
  if (!st.isFile() || st.size === 0 || st.size > MAX_PLAN_FILE_BYTES) return false;
  const header = readSqliteHeader(path);
  if (!header || header.applicationId !== APPLICATION_ID || header.walMode) return false;
  if (header.userVersion !== CURRENT_VERSION) return false;
  return header.pageCount === null || st.size >= header.pageCount * header.pageSize;
}

function passesQuickCheck(db: Db): boolean {
  const rows = db.pragma('quick_check(1)', { simple: true });
  return rows === 'ok' && db.pragma('user_version', { simple: true }) === CURRENT_VERSION;
}

/** Sums of the checksums rows carry, as the plan's totals keep them. */
interface Sums {
  rows: number;
  high: number;
  low: number;
}

/** A summary table's rows, each vouched for by its checksum and added to `sums`; or null. */
function vouchedRows(db: Db, table: SummaryTable, sums: Sums): RawRow[] | null {
  const rows = db.prepare(summarySql().tables[table]).raw().all() as RawRow[];
  for (const row of rows) {
    const carried = parseChecksum(row[0]);
    const own = hashRow(table, String(row[1]));
    if (!carried || carried.high !== own.high || carried.low !== own.low) return null;
    sums.rows += 1;
    sums.high = (sums.high + carried.high) % MASK;
    sums.low = (sums.low + carried.low) % MASK;
  }
  return rows;
}

/** Adds the checksums the other tables' rows carry to `sums`; false when one carries none. */
function addOthers(db: Db, sums: Sums): boolean {
  const { rows, checksums } = db.prepare(summarySql().others).get() as {
    rows: number;
    checksums: string;
  };
  if (checksums.length !== rows * 16 || !/^[0-9a-f]*$/.test(checksums)) return false;
  for (let at = 0; at < checksums.length; at += 16) {
    sums.high = (sums.high + parseInt(checksums.slice(at, at + 8), 16)) % MASK;
    sums.low = (sums.low + parseInt(checksums.slice(at + 8, at + 16), 16)) % MASK;
  }
  sums.rows += rows;
  return true;
}

function readSummary(db: Db): PlanSummary | null {
  const sums: Sums = { rows: 0, high: 0, low: 0 };
  const read = (table: SummaryTable) => vouchedRows(db, table, sums);
  const plans = read('plan');
  const members = read('member');
  const groups = read('target_group');
  const drivers = read('driver');
  const competences = read('competence');
  const methods = read('method');
  const activities = read('activity');
  const driverLinks = read('competence_driver');
  const methodLinks = read('competence_method');
  const groupLinks = read('competence_target_group');
  if (
    plans?.length !== 1 ||
    !members ||
    !groups ||
    !drivers ||
    !competences ||
    !methods ||
    !activities ||
    !driverLinks ||
    !methodLinks ||
    !groupLinks ||
    !addOthers(db, sums)
  ) {
    return null;
  }
  const totals = db.prepare(summarySql().totals).get() as Sums;
  if (totals.rows !== sums.rows || totals.high !== sums.high || totals.low !== sums.low)
    return null;

  // Columns from 2 on, in the order `SUMMARY_COLUMNS` names them.
  const [, , id, organisation, unit, periodStart, periodEnd, planChanged] = plans[0]!;
  let changedAt = String(planChanged);
  for (const rows of [members, groups, drivers, competences, methods, activities]) {
    for (const row of rows) {
      const at = String(row[row.length - 1]);
      if (at > changedAt) changedAt = at;
    }
  }
  // Cancelled activities will not spend their budget nor reach their participants; summed in the
  // plan's order, as the plan's own summary sums them, so the figures agree to the last digit.
  let budget = 0;
  let spent = 0;
  let planned = 0;
  let reached = 0;
  for (const [, , status, b, s, p, r] of activities) {
    if (status === 'cancelled') continue;
    budget += b as number;
    spent += s as number;
    planned += p as number;
    reached += r as number;
  }
  const competenceAt = indexOf(competences);
  return {
    id: String(id),
    changedAt,
    organisation: String(organisation),
    unit: String(unit),
    periodStart: periodStart as string | null,
    periodEnd: periodEnd as string | null,
    drivers: drivers.map((row) => entry('driver', row)),
    competences: competences.map((row) => entry('competence', row)),
    methods: methods.map((row) => entry('method', row)),
    targetGroups: groups.map(([, , , name, headcount]) => ({
      title: String(name),
      headcount: headcount as number | null,
    })),
    driverCompetence: pairs(driverLinks, competenceAt, indexOf(drivers)).map(([c, d]) => [d, c]),
    competenceMethod: pairs(methodLinks, competenceAt, indexOf(methods)),
    competenceTargetGroup: pairs(groupLinks, competenceAt, indexOf(groups)),
    activities: activities.length,
    money: budget > 0 || spent > 0 ? { budget, spent } : null,
    participants: planned > 0 || reached > 0 ? { planned, reached } : null,
    people: members.map(([, , name]) => String(name)),
  };
}

/** A driver, competence or method row (id, catalog_key, title) as the summary names it. */
function entry(kind: CatalogKind, [, , , key, title]: RawRow): SummaryEntry {
  const catalogKey = key as string | null;
  return { key: isCatalogKey(kind, catalogKey) ? catalogKey : null, title: String(title) };
}

/** Each row's place in its list, by the id in its first summary column. */
function indexOf(rows: readonly RawRow[]): Map<unknown, number> {
  return new Map(rows.map((row, i) => [row[2], i]));
}

/**
 * A competence link table's rows as index pairs (competence, other), in the order the plan's own
 * lists give them: by competence, then by the other entity's place. A link whose ends are not
 * both there is left out, as reading the plan leaves it out.
 */
function pairs(
  links: readonly RawRow[],
  competenceAt: Map<unknown, number>,
  otherAt: Map<unknown, number>,
): [number, number][] {
  const found: [number, number][] = [];
  for (const [, , competence, other] of links) {
    const c = competenceAt.get(competence);
    const o = otherAt.get(other);
    if (c !== undefined && o !== undefined) found.push([c, o]);
  }
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
