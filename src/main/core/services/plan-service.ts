import type { Plan } from '../../../shared/model/entities';
import { fromColumns, toColumns } from '../repositories/entity-mapper';
import { selectPlanRow } from '../repositories/plan-rows';
import type { RowWriter } from '../repositories/row-writer';
import { PLAN_TABLE } from '../repositories/tables';
import { validatePlan } from './entity-validation';
import type { PlanSession } from './plan-session';

type PlanPatch = Partial<Omit<Plan, 'id' | 'updatedAt'>>;

export function updatePlan(session: PlanSession, patch: PlanPatch): void {
  session.edit('update:plan', (writer, now) => changePlan(writer, patch, now));
}

/** The plan row as the model sees it. */
export function loadPlan(writer: RowWriter): Plan {
  const row = selectPlanRow(writer.db);
  if (!row) throw new Error('The plan file has no plan row');
  return fromColumns(PLAN_TABLE, row) as Plan;
}

/** Applies `patch` to the plan row, checked as an update call checks it, inside a larger edit. */
export function changePlan(writer: RowWriter, patch: PlanPatch, now: string): void {
  const current = loadPlan(writer);
  const values = validatePlan({ ...stripIdentity(current), ...patch });
  const changed = Object.fromEntries(Object.keys(patch).map((k) => [k, values[k]]));
  writer.update('plan', { id: current.id }, { ...toColumns(PLAN_TABLE, changed), updated_at: now });
}

function stripIdentity(values: Record<string, unknown> | Plan): Record<string, unknown> {
  const { id: _id, updatedAt: _updatedAt, ...rest } = values;
  return rest;
}
