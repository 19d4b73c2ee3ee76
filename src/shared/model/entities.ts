import { z } from 'zod';
import {
  ACTIVITY_STATUSES,
  EFFECT_LINKS,
  LANGUAGES,
  MEASUREMENT_KINDS,
  MEMBER_ROLES,
  PLAN_STATUSES,
} from './enums';
import {
  catalogKey,
  count,
  id,
  idList,
  isoDate,
  isoTimestamp,
  level,
  measuredLevel,
  money,
  optionalText,
  percent,
  priority,
  requiredText,
  textList,
} from './fields';

/**
 * The editable fields of every entity, without `id` and `updatedAt`. Kept as plain object shapes
 * (no refinements) so that patches can be derived with `.partial()`; the rules that span fields
 * live in `rules.ts` and run on the whole row after a patch is applied.
 */
export const planFields = {
  title: requiredText(200),
  organisation: optionalText(200),
  unit: optionalText(200),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  purpose: optionalText(5000),
  principles: textList(50, 1000),
  status: z.enum(PLAN_STATUSES, { error: 'invalid-choice' }),
  decisionDate: isoDate.nullable(),
  language: z.enum(LANGUAGES, { error: 'invalid-choice' }),
};

export const memberFields = {
  name: requiredText(200),
  role: z.enum(MEMBER_ROLES, { error: 'invalid-choice' }),
};

export const targetGroupFields = {
  name: requiredText(200),
  headcount: count.nullable(),
  description: optionalText(5000),
};

export const driverFields = {
  catalogKey: catalogKey.nullable(),
  title: requiredText(300),
  description: optionalText(5000),
  priority,
};

export const competenceFields = {
  catalogKey: catalogKey.nullable(),
  title: requiredText(300),
  description: optionalText(5000),
  priority,
  driverIds: idList,
  targetGroupIds: idList,
  methodIds: idList,
  currentLevel: level.nullable(),
  targetLevel: level.nullable(),
  learningObjectives: textList(50, 1000),
};

export const methodFields = {
  catalogKey: catalogKey.nullable(),
  title: requiredText(300),
  description: optionalText(5000),
};

export const activityFields = {
  title: requiredText(300),
  description: optionalText(5000),
  competenceIds: idList,
  methodIds: idList,
  targetGroupIds: idList,
  ownerId: id.nullable(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  status: z.enum(ACTIVITY_STATUSES, { error: 'invalid-choice' }),
  progress: percent,
  budget: money,
  spent: money,
  funding: optionalText(300),
  participantsPlanned: count,
  participantsReached: count,
};

export const measurementFields = {
  competenceId: id,
  targetGroupId: id.nullable(),
  date: isoDate,
  kind: z.enum(MEASUREMENT_KINDS, { error: 'invalid-choice' }),
  level: measuredLevel.nullable(),
  respondents: count.nullable(),
  note: optionalText(5000),
  effectLink: z.enum(EFFECT_LINKS, { error: 'invalid-choice' }),
  indicator: optionalText(300).nullable(),
};

const withIdentity = <T extends z.ZodRawShape>(fields: T) =>
  z.strictObject({ id, ...fields, updatedAt: isoTimestamp });

export const PlanSchema = withIdentity(planFields);
export const MemberSchema = withIdentity(memberFields);
export const TargetGroupSchema = withIdentity(targetGroupFields);
export const DriverSchema = withIdentity(driverFields);
export const CompetenceSchema = withIdentity(competenceFields);
export const MethodSchema = withIdentity(methodFields);
export const ActivitySchema = withIdentity(activityFields);
export const MeasurementSchema = withIdentity(measurementFields);

export type Plan = z.infer<typeof PlanSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type TargetGroup = z.infer<typeof TargetGroupSchema>;
export type Driver = z.infer<typeof DriverSchema>;
export type Competence = z.infer<typeof CompetenceSchema>;
export type Method = z.infer<typeof MethodSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type Measurement = z.infer<typeof MeasurementSchema>;

export interface EntityByKind {
  member: Member;
  targetGroup: TargetGroup;
  driver: Driver;
  competence: Competence;
  method: Method;
  activity: Activity;
  measurement: Measurement;
}

export const entityFields = {
  member: memberFields,
  targetGroup: targetGroupFields,
  driver: driverFields,
  competence: competenceFields,
  method: methodFields,
  activity: activityFields,
  measurement: measurementFields,
} as const;

export const entitySchemas = {
  member: MemberSchema,
  targetGroup: TargetGroupSchema,
  driver: DriverSchema,
  competence: CompetenceSchema,
  method: MethodSchema,
  activity: ActivitySchema,
  measurement: MeasurementSchema,
} as const;
