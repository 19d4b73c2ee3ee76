import { ENTITY_TABLES } from '../../repositories/tables';
import { UNLOGGED_COLUMN } from '../change-log';
import type { OutcomeBuilder } from './outcome';
import type { Side } from './parting';
import type { Sides } from './sides';
import { idKey, LINK_DEFS } from './table-rules';

/**
 * Links, as sets, once the entities are decided: a link exists if both ends survive and neither
 * side removed it on purpose — added on either side is added, removed on purpose on either is
 * removed. A link that went with a deleted end comes back if that end is kept.
 */
export function mergeLinks(sides: Sides, outcome: OutcomeBuilder): void {
  for (const link of LINK_DEFS) {
    const out = outcome.table(link.table);
    const fromTable = ENTITY_TABLES[link.fromKind].table;
    const toTable = ENTITY_TABLES[link.toKind].table;
    for (const key of [...sides.keys(link.table)].sort()) {
      const ends = JSON.parse(key) as Record<string, string>;
      const from = ends[link.fromColumn];
      const to = ends[link.toColumn];
      if (!outcome.survives(fromTable, from) || !outcome.survives(toTable, to)) continue;
      const m = sides.row('mine', link.table, key);
      const t = sides.row('theirs', link.table, key);
      const endsOn = (side: Side) =>
        sides.row(side, fromTable, idKey(from)) !== undefined &&
        sides.row(side, toTable, idKey(to)) !== undefined;
      let exists: boolean;
      if (sides.existedAtParting(link.table, key)) {
        const removedByMine = !m && endsOn('mine');
        const removedByTheirs = !t && endsOn('theirs');
        exists = !removedByMine && !removedByTheirs;
        if (removedByTheirs && m) outcome.takenFromTheirs++;
      } else {
        exists = m !== undefined || t !== undefined;
        if (!m && t) outcome.takenFromTheirs++;
      }
      if (!exists) continue;
      const row = m ?? t!;
      const stamp =
        m && t && String(t[UNLOGGED_COLUMN]) > String(m[UNLOGGED_COLUMN])
          ? t[UNLOGGED_COLUMN]!
          : row[UNLOGGED_COLUMN]!;
      out.set(key, { ...row, [UNLOGGED_COLUMN]: stamp });
    }
  }
}
