import type { Plan } from '../../../shared/model/entities';
import { fromColumns, toColumns } from '../repositories/entity-mapper';
import { selectPlanRow } from '../repositories/plan-rows';
import { PLAN_TABLE } from '../repositories/tables';
import { validatePlan } from './entity-validation';
import type { PlanSession } from './plan-session';

type PlanPatch = Partial<Omit<Plan, 'id' | 'updatedAt'>>;

export function updatePlan(session: PlanSession, patch: PlanPatch): void {
  session.edit('update:plan', (writer, now) => {
    const row = selectPlanRow(writer.db);
    if (!row) throw new Error('The plan file has no plan row');
    const current = fromColumns(PLAN_TABLE, row);
    const values = validatePlan({ ...stripIdentity(current), ...patch });
    const changed = Object.fromEntries(Object.keys(patch).map((k) => [k, values[k]]));
    writer.update(
      'plan',
      { id: row['id'] ?? null },
      { ...toColumns(PLAN_TABLE, changed), updated_at: now },
    );
  });
}

function stripIdentity(values: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, updatedAt: _updatedAt, ...rest } = values;
  return rest;
}
