import { basename, resolve } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import {
  parseInterchange,
  statusDatesFromDecision,
  toInterchange,
} from '../../../shared/interchange';
import { DEFAULT_LEVEL_MEANINGS } from '../../../shared/model/defaults';
import { collectionOf } from '../../../shared/model/collections';
import type { PlanDocument } from '../../../shared/model/document';
import { DEFAULT_ANONYMITY_THRESHOLD } from '../../../shared/model/anonymity';
import { DEFAULT_LOG_LIMIT } from '../../../shared/model/log-limit';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/model/enums';
import { openConnection, type Db } from '../db/connection';
import { CURRENT_VERSION } from '../db/migrations';
import { schemaObjectType, tablesAt } from '../db/schema';
import { createPlanFile } from '../plan-file/create';
import { readSqliteHeader } from '../plan-file/header';
import { CHECKSUMS_SINCE } from '../plan-file/inspect-content';
import { inspectPlanFile, sqliteToAppError } from '../plan-file/inspect';
import { verifyContent, type OutsideChanges } from '../plan-file/verify-content';
import { fromColumns } from '../repositories/entity-mapper';
import { selectColumns } from '../repositories/plan-rows';
import type { Row } from '../repositories/row-change';
import { withoutBookkeeping } from '../repositories/row-stamps';
import {
  ENTITY_TABLES,
  LINK_TABLES,
  PLAN_TABLE,
  type EntityTableDef,
} from '../repositories/tables';
import { leaveOut, type LeftOut } from './leave-out';

const why = (da: string, en: string) => ({ da, en });

/** The refusals a clean copy is the answer to; every other one stands. */
const SALVAGEABLE = new Set<string>(['foreign-schema', 'changed-outside']);

export interface SalvagedPlan {
  document: PlanDocument;
  /** The rows left out because they were changed outside Omstil (and what hung on them). */
  leftOut: LeftOut;
  /** The plan's own details were changed outside Omstil too, and are in the copy as they are. */
  planChanged: boolean;
}

/**
 * The data of a plan whose schema has something we did not write (a trigger, a view, an extra
 * table or column), or whose rows were changed outside Omstil, as a new clean plan file. Only
 * our own tables and columns are read, by name, on a read-only connection with an untrusted
 * schema, so nothing in the foreign part can run or be carried along. Rows whose checksum does
 * not match their content are left out, with what hangs on them; the rest then pass the same
 * checks as an imported JSON file. The plan keeps its id, so the clean copy can still be merged
 * with other copies of it. Undo history and change log are not carried over: they are the
 * foreign file's, and cannot be vouched for.
 */
export function salvagePlan(source: string, target: string, now: string): SalvagedPlan {
  if (resolve(source) === resolve(target)) throw new OmstilError(errors.alreadyExists(target));
  const name = basename(source);
  try {
    inspectPlanFile(source);
  } catch (e) {
    if (!(e instanceof OmstilError) || !SALVAGEABLE.has(e.appError.code)) throw e;
  }
  const version = readSqliteHeader(source)?.userVersion ?? 0;
  if (version > CURRENT_VERSION) {
    throw new OmstilError(errors.newerVersion(name, version, CURRENT_VERSION));
  }
  const known = tablesAt(version >= 1 ? version : CURRENT_VERSION);
  const db = openConnection(source, { readonly: true });
  let read: { document: PlanDocument; changes: OutsideChanges | null };
  try {
    // One read transaction, so the rows left out are those of the content read.
    read = db.transaction(() => ({
      document: readKnownDocument(db, name, known),
      changes: outsideChanges(db, name, version, known),
    }))();
  } finally {
    db.close();
  }
  const changed = read.changes?.changed ?? [];
  const { document, leftOut } = read.changes
    ? leaveOut(read.document, changed)
    : { document: read.document, leftOut: [] };
  const checked = parseInterchange(JSON.stringify(toInterchange(document)), now);
  createPlanFile(target, checked);
  const planChanged = changed.some((c) => c.table === PLAN_TABLE.table);
  return { document: checked, leftOut, planChanged };
}

/** What the checksums say was changed outside Omstil, by the columns Omstil wrote. */
function outsideChanges(
  db: Db,
  name: string,
  version: number,
  known: KnownTables,
): OutsideChanges | null {
  if (version < CHECKSUMS_SINCE) return null;
  try {
    return verifyContent(db, (table) => withoutBookkeeping(known.get(table) ?? []));
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code !== 'SQLITE_ERROR') throw sqliteToAppError(e, name);
    throw new OmstilError(
      errors.notAPlan(
        name,
        why(
          'tabellerne har ikke de kolonner, Omstil skriver.',
          'the tables lack the columns Omstil writes.',
        ),
      ),
    );
  }
}

function requireTable(db: Db, table: string, name: string): void {
  if (schemaObjectType(db, table) !== 'table') {
    throw new OmstilError(
      errors.notAPlan(
        name,
        why(
          `tabellen ${table} mangler eller er ændret.`,
          `the table ${table} is missing or altered.`,
        ),
      ),
    );
  }
}

/** What the file's version holds of our tables: an older file lacks the later ones. */
type KnownTables = Map<string, Set<string>>;

function selectKnown(
  db: Db,
  name: string,
  known: KnownTables,
  table: string,
  columns: readonly string[],
): Row[] {
  const has = known.get(table);
  // A table or column that came after the file's version is read as empty: its default.
  if (!has) return [];
  requireTable(db, table, name);
  const wanted = columns.filter((c) => has.has(c));
  try {
    return selectColumns(db, table, wanted);
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_ERROR') {
      throw new OmstilError(
        errors.notAPlan(
          name,
          why(
            `tabellen ${table} har ikke de kolonner, Omstil skriver.`,
            `the table ${table} lacks the columns Omstil writes.`,
          ),
        ),
      );
    }
    throw sqliteToAppError(e, name);
  }
}

function entityColumns(def: EntityTableDef, positioned: boolean): string[] {
  return [
    'id',
    ...(positioned ? ['position'] : []),
    ...def.columns.map((c) => c.column),
    'updated_at',
  ];
}

function readKnownDocument(db: Db, name: string, known: KnownTables): PlanDocument {
  return db.transaction(() => {
    const plans = selectKnown(db, name, known, PLAN_TABLE.table, entityColumns(PLAN_TABLE, false));
    const planRow = plans[0];
    if (!planRow || plans.length !== 1) {
      throw new OmstilError(
        errors.notAPlan(name, why('den har ikke én plan.', 'it does not hold exactly one plan.')),
      );
    }
    const plan = fromColumns(PLAN_TABLE, planRow) as PlanDocument['plan'];
    // A file older than the status dates tells only the decision date, as an old JSON file does.
    plan.statusDates ??= statusDatesFromDecision(plan);
    // One older than the level scale's meanings keeps the default meaning of every step.
    if (plan.levelMeanings.length === 0) plan.levelMeanings = [...DEFAULT_LEVEL_MEANINGS];
    // One older than the agenda's text has none.
    plan.agendaRequest ??= '';
    // One older than the plan's own limit on its change log has the default.
    plan.changeLogLimit ??= DEFAULT_LOG_LIMIT;
    // One older than survey figures has the default anonymity threshold.
    plan.anonymityThreshold ??= DEFAULT_ANONYMITY_THRESHOLD;
    const doc = { plan } as Record<string, unknown>;
    const byId = new Map<string, Record<string, unknown>>();
    const lists = {} as Record<EntityKind, Record<string, unknown>[]>;
    for (const kind of ENTITY_KINDS) {
      const def = ENTITY_TABLES[kind];
      const rows = selectKnown(db, name, known, def.table, entityColumns(def, true)).sort(
        (a, b) =>
          Number(a['position']) - Number(b['position']) ||
          String(a['id']).localeCompare(String(b['id'])),
      );
      lists[kind] = rows.map((row) => {
        const values = fromColumns(def, row);
        byId.set(String(row['id']), values);
        return values;
      });
    }
    const order = new Map<string, number>();
    for (const kind of ENTITY_KINDS) lists[kind].forEach((v, i) => order.set(String(v['id']), i));
    for (const link of Object.values(LINK_TABLES)) {
      for (const values of lists[link.fromKind]) values[link.field] = [];
      const rows = selectKnown(db, name, known, link.table, [link.fromColumn, link.toColumn]);
      for (const row of rows) {
        const list = byId.get(String(row[link.fromColumn]))?.[link.field];
        // A link to a row that is not there is reported by the import check, naming both ids.
        if (Array.isArray(list)) list.push(row[link.toColumn]);
      }
      // In the order of the entities they point at, as the program lists them.
      for (const values of lists[link.fromKind]) {
        (values[link.field] as string[]).sort(
          (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
        );
      }
    }
    for (const kind of ENTITY_KINDS) doc[collectionOf[kind]] = lists[kind];
    return doc as PlanDocument;
  })();
}
