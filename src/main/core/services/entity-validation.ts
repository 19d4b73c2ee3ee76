import { z } from 'zod';
import { errors, OmstilError } from '../../../shared/errors';
import { entityLabels } from '../../../shared/i18n/entity-labels';
import { entityFields, planFields } from '../../../shared/model/entities';
import type { EntityKind } from '../../../shared/model/enums';
import { evaluationYearTaken } from '../../../shared/model/messages';
import { formatPath } from '../../../shared/model/field-path';
import { activityRules, evaluationRules, planRules, type Issue } from '../../../shared/model/rules';
import { parseInput, ruleMessage } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { hasOtherEvaluationOfYear, hasRow } from '../repositories/plan-rows';
import { ENTITY_TABLES, LINKS_FROM } from '../repositories/tables';

const rowSchemas = Object.fromEntries(
  Object.entries(entityFields).map(([k, fields]) => [k, z.strictObject(fields)]),
) as unknown as Record<EntityKind, z.ZodObject>;
const planRowSchema = z.strictObject(planFields);

function throwRuleIssues(issues: Issue[]): void {
  if (issues.length === 0) return;
  throw new OmstilError(
    errors.invalidInput(
      issues.map((i) => ({
        path: formatPath(i.path),
        rule: i.message,
        message: ruleMessage(i.message),
      })),
    ),
  );
}

/** Validates a whole entity (defaults or current values with the change applied). */
export function validateEntity(
  kind: EntityKind,
  values: Record<string, unknown>,
): Record<string, unknown> {
  const parsed: Record<string, unknown> = parseInput(rowSchemas[kind], values);
  if (kind === 'activity') throwRuleIssues(activityRules(parsed as never));
  if (kind === 'evaluation') throwRuleIssues(evaluationRules(parsed as never));
  return parsed;
}

/**
 * Kompetenceaftalen § 8 asks for one evaluation a year: a second for a year that has one is
 * refused, naming the year, so the committee edits the one it has instead.
 */
export function checkEvaluationYear(db: Db, id: string, year: unknown): void {
  if (typeof year !== 'number') return;
  if (!hasOtherEvaluationOfYear(db, year, id)) return;
  throw new OmstilError(
    errors.invalidInput([
      { path: 'year', rule: 'evaluation-year-taken', message: evaluationYearTaken(year) },
    ]),
  );
}

export function validatePlan(values: Record<string, unknown>): Record<string, unknown> {
  const parsed = parseInput(planRowSchema, values) as Record<string, unknown>;
  throwRuleIssues(planRules(parsed as never));
  return parsed;
}

export function exists(db: Db, kind: EntityKind, id: string): boolean {
  return hasRow(db, ENTITY_TABLES[kind].table, id);
}

/** Single references (not links) each entity kind holds, with the kind they point at. */
const singleReferences: Partial<Record<EntityKind, { field: string; kind: EntityKind }[]>> = {
  activity: [{ field: 'ownerId', kind: 'member' }],
  measurement: [
    { field: 'competenceId', kind: 'competence' },
    { field: 'targetGroupId', kind: 'targetGroup' },
  ],
  workshop: [{ field: 'targetGroupId', kind: 'targetGroup' }],
  workshopCard: [{ field: 'workshopId', kind: 'workshop' }],
  workshopVote: [
    { field: 'workshopId', kind: 'workshop' },
    { field: 'cardId', kind: 'workshopCard' },
  ],
};

/**
 * Refuses a reference to an id that is not in the plan (deleted meanwhile in another window, or
 * a mistaken import), naming both ids — the database would refuse it too, but not in words.
 */
export function checkReferences(
  db: Db,
  kind: EntityKind,
  id: string,
  values: Record<string, unknown>,
): void {
  const refs: { kind: EntityKind; ids: string[] }[] = [];
  for (const r of singleReferences[kind] ?? []) {
    const v = values[r.field];
    if (typeof v === 'string') refs.push({ kind: r.kind, ids: [v] });
  }
  for (const link of LINKS_FROM(kind)) {
    const v = values[link.field];
    if (Array.isArray(v)) refs.push({ kind: link.toKind, ids: v as string[] });
  }
  for (const ref of refs) {
    for (const target of ref.ids) {
      if (!exists(db, ref.kind, target)) {
        throw new OmstilError(
          errors.danglingReference(entityLabels[kind], id, entityLabels[ref.kind], target),
        );
      }
    }
  }
}
