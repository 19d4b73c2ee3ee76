import type { Row } from '../../repositories/row-change';
import type { EntityTableDef } from '../../repositories/tables';
import { UNLOGGED_COLUMN } from '../change-log';
import { DATE_PAIRS, datesCross } from './date-order';
import type { OutcomeBuilder } from './outcome';
import type { Sides } from './sides';
import { fieldName, modelValue, POSITION, same } from './table-rules';

/** One row both copies hold, as it is being merged. */
interface RowMerge {
  def: EntityTableDef;
  key: string;
  mine: Row;
  theirs: Row;
  merged: Row;
  /** Columns asked about already. */
  asked: Set<string>;
  /** Columns taken from theirs without asking. */
  taken: Set<string>;
}

/**
 * A row both copies hold, merged field by field: a field changed on one side only is taken from
 * that side; changed on both to different values, it is a conflict. The order of rows
 * (`position`) changed on both sides follows mine: order is not content worth a question.
 */
export function mergeFields(
  sides: Sides,
  outcome: OutcomeBuilder,
  def: EntityTableDef,
  key: string,
  mine: Row,
  theirs: Row,
): Row {
  const row: RowMerge = {
    def,
    key,
    mine,
    theirs,
    merged: { ...mine },
    asked: new Set(),
    taken: new Set(),
  };
  compareFields(sides, outcome, row);
  askWhenDatesCross(sides, outcome, row);
  outcome.takenFromTheirs += row.taken.size;
  return row.merged;
}

function compareFields(sides: Sides, outcome: OutcomeBuilder, row: RowMerge): void {
  const { def, key, mine: m, theirs: t, merged } = row;
  for (const column of Object.keys({ ...m, ...t })) {
    if (column === 'id') continue;
    if (column === UNLOGGED_COLUMN) {
      merged[column] = String(m[column] ?? '') >= String(t[column] ?? '') ? m[column]! : t[column]!;
      continue;
    }
    if (same(m[column], t[column])) continue;
    const mc = sides.changedOn('mine', def.table, key, column);
    const tc = sides.changedOn('theirs', def.table, key, column);
    if (tc && !mc) {
      merged[column] = t[column] ?? null;
      row.taken.add(column);
    } else if (mc && !tc) {
      // mine already
    } else if (column === POSITION) {
      // mine already
    } else {
      // Both changed it — or neither is known to have (a row older than the log): ask.
      askField(sides, outcome, row, column);
      row.asked.add(column);
    }
  }
}

/** Each side's dates were in order; the mix is not. The user picks, date by date. */
function askWhenDatesCross(sides: Sides, outcome: OutcomeBuilder, row: RowMerge): void {
  const pair = DATE_PAIRS[row.def.table];
  if (!pair || !datesCross(row.merged, pair)) return;
  for (const column of pair) {
    if (row.asked.has(column) || same(row.mine[column], row.theirs[column])) continue;
    row.merged[column] = row.mine[column] ?? null;
    row.taken.delete(column);
    askField(sides, outcome, row, column);
  }
}

function askField(sides: Sides, outcome: OutcomeBuilder, row: RowMerge, column: string): void {
  const { def, mine: m, theirs: t } = row;
  const rowId = String(m['id']);
  const choice = outcome.ask({
    id: `${def.table}/${rowId}/${fieldName(def, column)}`,
    table: def.table,
    rowId,
    entityKind: def.kind,
    entityTitle: sides.titleOf(def, m),
    field: fieldName(def, column),
    mine: modelValue(def, column, m[column]),
    theirs: modelValue(def, column, t[column]),
    kind: 'field',
  });
  if (choice === 'theirs') row.merged[column] = t[column] ?? null;
}
