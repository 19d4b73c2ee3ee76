import type { SqlValue } from '../../db/sql';
import type { Row } from '../../repositories/row-change';
import { ENTITY_TABLES, type EntityTableDef } from '../../repositories/tables';
import { UNLOGGED_COLUMN } from '../change-log';
import type { PlanState } from '../plan-state';
import { readParting, tableRowKey, type Parting, type Side, type Touch } from './parting';
import { CASCADE, idKey, LINK_DEFS, POSITION, same, SET_NULL } from './table-rules';

export const otherSide = (side: Side): Side => (side === 'mine' ? 'theirs' : 'mine');

/**
 * The two copies being merged and what their logs tell of where they parted: the questions
 * every phase of the merge asks of a row — did it exist at parting, which side changed what.
 */
export class Sides {
  private readonly states: Record<Side, PlanState>;
  private readonly parting: Parting;

  constructor(mine: PlanState, theirs: PlanState) {
    this.states = { mine, theirs };
    this.parting = readParting(mine, theirs);
  }

  row(side: Side, table: string, key: string): Row | undefined {
    return this.states[side].rows.get(table)?.get(key);
  }

  /** A side's rows of one table, by key. */
  rows(side: Side, table: string): Map<string, Row> | undefined {
    return this.states[side].rows.get(table);
  }

  /** The keys of a table's rows in either copy. */
  keys(table: string): Set<string> {
    return new Set([
      ...(this.states.mine.rows.get(table)?.keys() ?? []),
      ...(this.states.theirs.rows.get(table)?.keys() ?? []),
    ]);
  }

  /** Whether the row existed where the copies parted; guessed from the logs where unknown. */
  existedAtParting(table: string, key: string): boolean {
    const a = this.parting.ancestors.get(tableRowKey(table, key));
    if (a) return a.exists;
    const m = this.row('mine', table, key);
    const t = this.row('theirs', table, key);
    if (m && t) return true;
    if (m) return this.touch('theirs', table, key)?.deleted ?? false;
    if (t) return this.touch('mine', table, key)?.deleted ?? false;
    return false;
  }

  /** Whether `side` changed `column` of the row since parting. */
  changedOn(side: Side, table: string, key: string, column: string): boolean {
    const row = this.row(side, table, key);
    if (!row) return false;
    const a = this.parting.ancestors.get(tableRowKey(table, key));
    if (a?.exists && column in a.values) {
      if (same(row[column], a.values[column])) return false;
      return !this.clearedByDeletion(side, table, column, row[column], a.values[column]);
    }
    const touch = this.touch(side, table, key);
    if (!touch) return false;
    if (!touch.inserted && !touch.fields.has(column)) return false;
    const other = this.row(otherSide(side), table, key);
    return !this.clearedByDeletion(side, table, column, row[column], other?.[column]);
  }

  /** The columns of the row a side changed since parting, besides order and time. */
  contentChangedOn(side: Side, table: string, key: string): boolean {
    const row = this.row(side, table, key);
    if (!row) return false;
    if (!this.existedAtParting(table, key)) return true;
    return Object.keys(row).some(
      (c) => c !== UNLOGGED_COLUMN && c !== POSITION && this.changedOn(side, table, key, c),
    );
  }

  /** An edit of the entity as the committee sees it: its fields, its lists, its measurements. */
  entityEditedOn(side: Side, def: EntityTableDef, key: string): boolean {
    if (this.contentChangedOn(side, def.table, key)) return true;
    const id = JSON.parse(key) as { id: string };
    for (const link of LINK_DEFS) {
      if (ENTITY_TABLES[link.fromKind].table !== def.table) continue;
      for (const lkey of this.keys(link.table)) {
        const parsed = JSON.parse(lkey) as Record<string, string>;
        if (parsed[link.fromColumn] !== id.id) continue;
        const there = this.row(side, link.table, lkey) !== undefined;
        if (this.existedAtParting(link.table, lkey) !== there) return true;
      }
    }
    for (const [table, refs] of Object.entries(CASCADE)) {
      for (const [column, target] of Object.entries(refs)) {
        if (target !== def.table) continue;
        for (const [rkey, row] of this.rows(side, table) ?? []) {
          if (row[column] === id.id && this.contentChangedOn(side, table, rkey)) return true;
        }
      }
    }
    return false;
  }

  /** Whether the row went on the deleting side with the entity it belongs to (`CASCADE`). */
  deletedWithParent(deleter: Side, table: string, kept: Row): boolean {
    const refs = CASCADE[table];
    if (!refs) return false;
    return Object.entries(refs).some(
      ([column, target]) => !this.row(deleter, target, idKey(kept[column])),
    );
  }

  /** What a conflict calls the entity, so the committee knows which one it is about. */
  titleOf(def: EntityTableDef, row: Row): string {
    if (def.table === 'measurement') {
      const competence = this.row('mine', 'competence', idKey(row['competence_id']));
      const c = competence ?? this.row('theirs', 'competence', idKey(row['competence_id']));
      return `${String(c?.['title'] ?? '')} ${String(row['date'] ?? '')}`.trim();
    }
    // Neither has a title of its own: a snapshot is known by its date, an evaluation by its year.
    if (def.table === 'status_snapshot') return String(row['date'] ?? '');
    if (def.table === 'evaluation') return String(row['year'] ?? '');
    return String(row['title'] ?? row['name'] ?? '');
  }

  private touch(side: Side, table: string, key: string): Touch | undefined {
    return this.parting.touches[side].get(tableRowKey(table, key));
  }

  /** A reference a side cleared only because it deleted what it pointed at. */
  private clearedByDeletion(
    side: Side,
    table: string,
    column: string,
    value: SqlValue | undefined,
    before: SqlValue | undefined,
  ): boolean {
    const target = SET_NULL[table]?.[column];
    if (!target || value !== null || before === null || before === undefined) return false;
    return !this.row(side, target, idKey(before));
  }
}
