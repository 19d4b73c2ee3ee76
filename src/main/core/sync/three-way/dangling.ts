import type { OutcomeBuilder } from './outcome';
import { CASCADE, ENTITY_DEFS, SET_NULL } from './table-rules';

/**
 * What hangs on the entities follows them, as deleting one in the program would have done:
 * measurements of a competence that is gone go with it, and references to an entity that is
 * gone are cleared.
 */
export function dropDanglingReferences(outcome: OutcomeBuilder): void {
  for (const def of ENTITY_DEFS) {
    const out = outcome.table(def.table);
    for (const [key, row] of out) {
      for (const [column, target] of Object.entries(CASCADE[def.table] ?? {})) {
        if (!outcome.survives(target, row[column])) out.delete(key);
      }
      for (const [column, target] of Object.entries(SET_NULL[def.table] ?? {})) {
        if (
          row[column] !== null &&
          row[column] !== undefined &&
          !outcome.survives(target, row[column])
        ) {
          out.set(key, { ...row, [column]: null });
        }
      }
    }
  }
}
