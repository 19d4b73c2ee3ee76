import type { SqlValue } from '../../db/sql';
import type { Row } from '../../repositories/row-change';
import type { LogEntry } from '../change-log';
import type { PlanState } from '../plan-state';

export type Side = 'mine' | 'theirs';

/** What we know of a row where the two copies parted. */
export interface Ancestor {
  exists: boolean;
  /** The columns whose value at parting is known (from the shared log). */
  values: Row;
}

/** What one copy's own log entries (those since parting) did to a row. */
export interface Touch {
  inserted: boolean;
  deleted: boolean;
  fields: Set<string>;
}

/** What the two logs tell of where the copies parted and of what each did since. */
export interface Parting {
  /** By `<table>\0<row key>`. */
  ancestors: Map<string, Ancestor>;
  /** Per side, by `<table>\0<row key>`. */
  touches: Record<Side, Map<string, Touch>>;
}

export const tableRowKey = (table: string, key: string) => `${table}\u0000${key}`;

/**
 * The common ancestor is not stored anywhere: what is known of it comes from the change log
 * entries both copies hold (their history up to parting), and from the first entry each copy
 * made since for a row or field, which keeps the value it replaced. What each copy did since
 * comes from the entries only it holds.
 */
export function readParting(mine: PlanState, theirs: PlanState): Parting {
  const theirIds = new Set(theirs.log.map((e) => e.changeId));
  const myIds = new Set(mine.log.map((e) => e.changeId));
  const ownEntries: Record<Side, LogEntry[]> = {
    mine: mine.log.filter((e) => !theirIds.has(e.changeId)),
    theirs: theirs.log.filter((e) => !myIds.has(e.changeId)),
  };
  const ancestors = foldAncestors(mine.log.filter((e) => theirIds.has(e.changeId)));
  fillFromOwn(ancestors, ownEntries.mine);
  fillFromOwn(ancestors, ownEntries.theirs);
  return {
    ancestors,
    touches: { mine: foldTouches(ownEntries.mine), theirs: foldTouches(ownEntries.theirs) },
  };
}

function foldAncestors(shared: readonly LogEntry[]): Map<string, Ancestor> {
  const out = new Map<string, Ancestor>();
  for (const e of shared) {
    const k = tableRowKey(e.table, e.rowKey);
    if (e.kind === 'insert') {
      out.set(k, { exists: true, values: { ...(e.value as Row) } });
    } else if (e.kind === 'delete') {
      out.set(k, { exists: false, values: {} });
    } else if (e.field !== null) {
      const a = out.get(k);
      if (a && a.exists) a.values[e.field] = e.value as SqlValue;
      else out.set(k, { exists: true, values: { [e.field]: e.value as SqlValue } });
    }
  }
  return out;
}

/**
 * What the shared log does not tell about the state at parting, a copy's first own entries do:
 * each keeps the value it replaced. A row created there did not exist at parting; a row deleted
 * there existed as the entry kept it; a field first changed there had its old value.
 */
function fillFromOwn(ancestors: Map<string, Ancestor>, own: readonly LogEntry[]): void {
  const rowDone = new Set<string>();
  const fieldSeen = new Set<string>();
  for (const e of own) {
    const k = tableRowKey(e.table, e.rowKey);
    if (rowDone.has(k)) continue;
    let a = ancestors.get(k);
    if (e.kind !== 'update' || (a && !a.exists)) rowDone.add(k);
    if (a && !a.exists) continue;
    if (e.kind === 'insert') {
      if (!a) ancestors.set(k, { exists: false, values: {} });
      continue;
    }
    if (!a) {
      a = { exists: true, values: {} };
      ancestors.set(k, a);
    }
    if (e.kind === 'delete') {
      for (const [column, value] of Object.entries((e.old ?? {}) as Row)) {
        if (!(column in a.values)) a.values[column] = value;
      }
      continue;
    }
    const fk = `${k}\u0000${e.field}`;
    if (e.field === null || fieldSeen.has(fk)) continue;
    fieldSeen.add(fk);
    if (!(e.field in a.values)) a.values[e.field] = e.old as SqlValue;
  }
}

function foldTouches(own: readonly LogEntry[]): Map<string, Touch> {
  const out = new Map<string, Touch>();
  for (const e of own) {
    const k = tableRowKey(e.table, e.rowKey);
    let t = out.get(k);
    if (!t) out.set(k, (t = { inserted: false, deleted: false, fields: new Set() }));
    if (e.kind === 'insert') t.inserted = true;
    else if (e.kind === 'delete') t.deleted = true;
    else if (e.field !== null) t.fields.add(e.field);
  }
  return out;
}
