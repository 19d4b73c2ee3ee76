import type { SqlValue } from '../../db/sql';
import { fromColumns } from '../../repositories/entity-mapper';
import type { Row } from '../../repositories/row-change';
import { ENTITY_TABLES } from '../../repositories/tables';
import type { OutcomeBuilder } from './outcome';
import type { Side } from './parting';
import type { Sides } from './sides';
import { same } from './table-rules';

/**
 * One evaluation a year (Kompetenceaftalen § 8, and the service's rule): when each copy has its
 * own evaluation for a year — both started it, or one moved an evaluation to a year the other
 * started — only one of them can go into the merged plan. Which one is the committee's
 * judgement, so it is asked; the other is left out as a whole, since two evaluations' texts
 * cannot be mixed field by field into something either side wrote.
 */
export function keepOneEvaluationPerYear(sides: Sides, outcome: OutcomeBuilder): void {
  const def = ENTITY_TABLES.evaluation;
  const out = outcome.table(def.table);
  const heldAt = (side: Side, key: string, year: SqlValue | undefined) => {
    const row = sides.row(side, def.table, key);
    return row !== undefined && same(row['year'], year);
  };
  for (const keys of keysByYear(out).values()) {
    if (keys.length < 2) continue;
    const year = out.get(keys[0]!)!['year'];
    // Each copy keeps one evaluation a year, so here one row is mine's for the year and the
    // other theirs'; the merged year of a row always comes from one of the two sides.
    const myKey = keys.find((k) => heldAt('mine', k, year) && !heldAt('theirs', k, year));
    const theirKey = keys.find((k) => heldAt('theirs', k, year) && !heldAt('mine', k, year));
    if (myKey === undefined || theirKey === undefined) continue;
    const myRow = out.get(myKey)!;
    const theirRow = out.get(theirKey)!;
    const id = `${def.table}/${String(theirRow['id'])}/same-year`;
    // Their new evaluation, or their move of one to this year, was counted as taken without
    // asking; it is a question now.
    const counted = sides.row('mine', def.table, theirKey)
      ? sides.changedOn('theirs', def.table, theirKey, 'year') &&
        !sides.changedOn('mine', def.table, theirKey, 'year')
      : !sides.existedAtParting(def.table, theirKey);
    if (counted) outcome.takenFromTheirs--;
    const choice = outcome.ask({
      id,
      table: def.table,
      rowId: String(theirRow['id']),
      entityKind: def.kind,
      entityTitle: sides.titleOf(def, theirRow),
      field: null,
      mine: { ...fromColumns(def, myRow) },
      theirs: { ...fromColumns(def, theirRow) },
      kind: 'same-year',
    });
    out.delete(choice === 'mine' ? theirKey : myKey);
  }
}

/** The merged evaluations' keys, grouped by year, in key order. */
function keysByYear(rows: Map<string, Row>): Map<string, string[]> {
  const byYear = new Map<string, string[]>();
  for (const [key, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    const year = JSON.stringify(row['year'] ?? null);
    byYear.set(year, [...(byYear.get(year) ?? []), key]);
  }
  return byYear;
}
