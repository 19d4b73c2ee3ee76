import { fromColumns } from '../../repositories/entity-mapper';
import type { Row } from '../../repositories/row-change';
import type { EntityTableDef } from '../../repositories/tables';
import { mergeFields } from './fields';
import type { OutcomeBuilder } from './outcome';
import type { Side } from './parting';
import { otherSide, type Sides } from './sides';
import { ENTITY_DEFS } from './table-rules';

/** The plan row and every entity: merged field by field, added, or deleted on one side. */
export function mergeEntities(sides: Sides, outcome: OutcomeBuilder): void {
  for (const def of ENTITY_DEFS) {
    const out = outcome.table(def.table);
    for (const key of [...sides.keys(def.table)].sort()) {
      const merged = mergeEntityRow(sides, outcome, def, key);
      if (merged) out.set(key, merged);
    }
  }
}

/** One entity row as the merged plan has it, or null when it is not in it. */
function mergeEntityRow(
  sides: Sides,
  outcome: OutcomeBuilder,
  def: EntityTableDef,
  key: string,
): Row | null {
  const m = sides.row('mine', def.table, key);
  const t = sides.row('theirs', def.table, key);
  if (m && t) return mergeFields(sides, outcome, def, key, m, t);
  if (!m && !t) return null;
  if (!sides.existedAtParting(def.table, key)) {
    // Added on one side since parting.
    if (t) outcome.takenFromTheirs++;
    return (m ?? t)!;
  }
  return deletionOrEdit(sides, outcome, def, key, m ? 'theirs' : 'mine', (m ?? t)!);
}

/**
 * A row one side deleted and the other kept. The deletion wins, unless the keeper edited the
 * entity since parting (its fields, its link lists, or — for a competence — its measurements):
 * then it is a conflict.
 */
function deletionOrEdit(
  sides: Sides,
  outcome: OutcomeBuilder,
  def: EntityTableDef,
  key: string,
  deleter: Side,
  kept: Row,
): Row | null {
  const keeper = otherSide(deleter);
  // Went with its competence on the deleting side; the references phase decides with the
  // competence.
  if (sides.deletedWithParent(deleter, def.table, kept)) return kept;
  if (!sides.entityEditedOn(keeper, def, key)) {
    if (deleter === 'theirs') outcome.takenFromTheirs++;
    return null;
  }
  const values = { ...fromColumns(def, kept) };
  const choice = outcome.ask({
    id: `${def.table}/${String(kept['id'])}/-`,
    table: def.table,
    rowId: String(kept['id']),
    entityKind: def.kind,
    entityTitle: sides.titleOf(def, kept),
    field: null,
    mine: keeper === 'mine' ? values : null,
    theirs: keeper === 'theirs' ? values : null,
    kind: 'delete-edit',
  });
  return choice === keeper ? kept : null;
}
