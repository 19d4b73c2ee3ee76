import { endsBeforeStart } from '../../../../shared/merge/date-order';
import type { Row } from '../../repositories/row-change';
import { ENTITY_DEFS, fieldName } from './table-rules';

/** Cross-field rules the file itself enforces: the second date may not be before the first. */
export const DATE_PAIRS: Record<string, [string, string]> = {
  plan: ['period_start', 'period_end'],
  activity: ['start_date', 'end_date'],
  evaluation: ['period_start', 'period_end'],
};

/** Whether a row's end date is before its start date, by the rule the merge dialog uses too. */
export function datesCross(row: Row, [start, end]: [string, string]): boolean {
  return endsBeforeStart(row[start], row[end]);
}

/** The first merged row whose dates are out of order (possible only by mixed choices). */
export function dateOrderViolation(
  rows: Map<string, Map<string, Row>>,
): { table: string; row: Row; field: string } | null {
  for (const [table, pair] of Object.entries(DATE_PAIRS)) {
    for (const row of rows.get(table)?.values() ?? []) {
      if (datesCross(row, pair)) {
        const def = ENTITY_DEFS.find((d) => d.table === table)!;
        return { table, row, field: fieldName(def, pair[1]) };
      }
    }
  }
  return null;
}
