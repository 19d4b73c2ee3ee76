import { z } from 'zod';
import {
  ACTIVITY_STATUSES,
  EFFECT_LINKS,
  LANGUAGES,
  MEASUREMENT_KINDS,
  MEMBER_ROLES,
  PLAN_STATUSES,
  WORKSHOP_CARD_KINDS,
  WORKSHOP_FORMATS,
  WORKSHOP_GRID_LEVELS,
  WORKSHOP_PROMOTED_KINDS,
  YEAR_WHEEL_KINDS,
  YEAR_WHEEL_OWNERS,
} from './enums';
import {
  catalogKey,
  count,
  id,
  idList,
  isoDate,
  isoTimestamp,
  level,
  levelMeanings,
  measuredLevel,
  money,
  optionalText,
  percent,
  priority,
  requiredText,
  jsonValue,
  stepId,
  textList,
  timerSeconds,
} from './fields';
import { anonymityThreshold } from './anonymity';
import { logLimit } from './log-limit';
import { EvaluationFiguresSchema } from './stored/evaluation-figures';
import { FundingApplicationSchema } from './stored/funding-application';
import { FundingRulesSchema } from './stored/funding-rules';
import { LevelDistributionSchema } from './stored/level-distribution';
import { StatusSnapshotSchema, StatusSummarySchema } from './stored/status-snapshot';

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
  /** When the plan reached each status; kept when the status moves on, so the history shows. */
  statusDates: z.strictObject(
    {
      draft: isoDate.nullable(),
      discussed: isoDate.nullable(),
      adopted: isoDate.nullable(),
      active: isoDate.nullable(),
      evaluated: isoDate.nullable(),
    },
    { error: 'invalid' },
  ),
  /** The committee's own copy of the fund's rules; null means the program's default rules. */
  fundingRules: jsonValue(FundingRulesSchema).nullable(),
  /** The committee's own words for the steps of the level scale; empty ones keep the default. */
  levelMeanings,
  /** What the committee is asked to decide when the plan is on its agenda, in its own words. */
  agendaRequest: optionalText(5000),
  /** How many changes the plan's change log keeps; older ones are folded away on closing. */
  changeLogLimit: logLimit,
  /** The fewest respondents a group's survey figures are kept for (see `anonymity.ts`). */
  anonymityThreshold,
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
  /** What the committee has filled in towards an application to Den Statslige Kompetencefond. */
  fundingApplication: jsonValue(FundingApplicationSchema).nullable(),
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
  /** Answers per step of the scale, when the level was computed from a survey's answers. */
  distribution: jsonValue(LevelDistributionSchema).nullable(),
};

export const yearItemFields = {
  month: z
    .number({ error: 'month-range' })
    .int({ error: 'month-range' })
    .min(1, { error: 'month-range' })
    .max(12, { error: 'month-range' }),
  title: requiredText(300),
  description: optionalText(2000),
  kind: z.enum(YEAR_WHEEL_KINDS, { error: 'invalid-choice' }),
  ownerRole: z.enum(YEAR_WHEEL_OWNERS, { error: 'invalid-choice' }).nullable(),
  activityIds: idList,
  measurementIds: idList,
};

export const statusSnapshotFields = {
  date: isoDate,
  note: optionalText(2000),
  data: jsonValue(StatusSnapshotSchema),
};

export const evaluationFields = {
  year: z
    .number({ error: 'year-range' })
    .int({ error: 'year-range' })
    .min(2000, { error: 'year-range' })
    .max(2200, { error: 'year-range' }),
  periodStart: isoDate,
  periodEnd: isoDate,
  /** Frozen when the committee fetches (or refreshes) them, so later edits do not rewrite history. */
  figures: jsonValue(EvaluationFiguresSchema).nullable(),
  musFollowUp: optionalText(10_000),
  conclusions: optionalText(10_000),
  decisions: textList(50, 1000),
  completedAt: isoDate.nullable(),
};

/**
 * A workshop the committee (or a team) holds with the program on the projector. Everything the
 * room has done is here and in its cards and votes, so a workshop interrupted continues where it
 * stopped. The timer is stored as what it was set to and what it has run, never as a ticking
 * value: while it runs, `timerRunningSince` says since when, and the time left follows from the
 * clock of whoever reads it (`workshop/timer.ts`).
 */
export const workshopFields = {
  format: z.enum(WORKSHOP_FORMATS, { error: 'invalid-choice' }),
  title: requiredText(300),
  heldOn: isoDate,
  /** The team whose group development plan a team workshop makes. */
  targetGroupId: id.nullable(),
  currentStepId: stepId.nullable(),
  dotsPerParticipant: z
    .number({ error: 'dots-range' })
    .int({ error: 'dots-range' })
    .min(1, { error: 'dots-range' })
    .max(20, { error: 'dots-range' }),
  /** Votes are hidden from the room until the facilitator shows them. */
  votesRevealed: z.boolean({ error: 'invalid-choice' }),
  timerStepId: stepId.nullable(),
  timerSeconds,
  timerRunningSince: isoTimestamp.nullable(),
  /** What the timer ran before it was last paused (or extended while running). */
  timerElapsedSeconds: timerSeconds,
  endedAt: isoTimestamp.nullable(),
};

export const workshopCardFields = {
  workshopId: id,
  stepId,
  kind: z.enum(WORKSHOP_CARD_KINDS, { error: 'invalid-choice' }),
  text: requiredText(1000),
  /** In the parking lot: an idea that belongs elsewhere, kept for later. */
  parked: z.boolean({ error: 'invalid-choice' }),
  impact: z.enum(WORKSHOP_GRID_LEVELS, { error: 'invalid-choice' }).nullable(),
  effort: z.enum(WORKSHOP_GRID_LEVELS, { error: 'invalid-choice' }).nullable(),
  /**
   * The plan entry the card became, so it is not entered twice: a driver, competence or activity
   * by id; a principle has no id, as the plan keeps its principles as a list of texts. The id is
   * a note, not a reference the file holds to: the entry may since have been deleted.
   */
  promotedKind: z.enum(WORKSHOP_PROMOTED_KINDS, { error: 'invalid-choice' }).nullable(),
  promotedId: id.nullable(),
};

export const workshopVoteFields = {
  workshopId: id,
  cardId: id,
  /** Who gave the dots; null when the facilitator enters the room's total for the card. */
  participant: requiredText(100).nullable(),
  dots: count,
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
export const YearItemSchema = withIdentity(yearItemFields);
export const StatusSnapshotEntitySchema = withIdentity(statusSnapshotFields);
/** A marked status as a window's copy of the plan holds it: the summary in place of the figures. */
export const StatusSnapshotViewSchema = withIdentity({
  ...statusSnapshotFields,
  data: jsonValue(StatusSummarySchema),
});
export const EvaluationSchema = withIdentity(evaluationFields);
export const WorkshopSchema = withIdentity(workshopFields);
export const WorkshopCardSchema = withIdentity(workshopCardFields);
export const WorkshopVoteSchema = withIdentity(workshopVoteFields);

export type Plan = z.infer<typeof PlanSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type TargetGroup = z.infer<typeof TargetGroupSchema>;
export type Driver = z.infer<typeof DriverSchema>;
export type Competence = z.infer<typeof CompetenceSchema>;
export type Method = z.infer<typeof MethodSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type Measurement = z.infer<typeof MeasurementSchema>;
export type YearItem = z.infer<typeof YearItemSchema>;
export type StatusSnapshotEntity = z.infer<typeof StatusSnapshotEntitySchema>;
export type StatusSnapshotView = z.infer<typeof StatusSnapshotViewSchema>;
export type Evaluation = z.infer<typeof EvaluationSchema>;
export type Workshop = z.infer<typeof WorkshopSchema>;
export type WorkshopCard = z.infer<typeof WorkshopCardSchema>;
export type WorkshopVote = z.infer<typeof WorkshopVoteSchema>;
export type PlanStatusDates = Plan['statusDates'];

export interface EntityByKind {
  member: Member;
  targetGroup: TargetGroup;
  driver: Driver;
  competence: Competence;
  method: Method;
  activity: Activity;
  measurement: Measurement;
  yearItem: YearItem;
  statusSnapshot: StatusSnapshotEntity;
  evaluation: Evaluation;
  workshop: Workshop;
  workshopCard: WorkshopCard;
  workshopVote: WorkshopVote;
}

export const entityFields = {
  member: memberFields,
  targetGroup: targetGroupFields,
  driver: driverFields,
  competence: competenceFields,
  method: methodFields,
  activity: activityFields,
  measurement: measurementFields,
  yearItem: yearItemFields,
  statusSnapshot: statusSnapshotFields,
  evaluation: evaluationFields,
  workshop: workshopFields,
  workshopCard: workshopCardFields,
  workshopVote: workshopVoteFields,
} as const;

export const entitySchemas = {
  member: MemberSchema,
  targetGroup: TargetGroupSchema,
  driver: DriverSchema,
  competence: CompetenceSchema,
  method: MethodSchema,
  activity: ActivitySchema,
  measurement: MeasurementSchema,
  yearItem: YearItemSchema,
  statusSnapshot: StatusSnapshotEntitySchema,
  evaluation: EvaluationSchema,
  workshop: WorkshopSchema,
  workshopCard: WorkshopCardSchema,
  workshopVote: WorkshopVoteSchema,
} as const;
