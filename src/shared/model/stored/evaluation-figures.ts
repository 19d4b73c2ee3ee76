import { z } from 'zod';
import { EFFECT_LINKS, MEASUREMENT_KINDS, type ActivityStatus, type EffectLink } from '../enums';
import type { LocalizedText } from '../localized-text';
import {
  BudgetTotalsSchema,
  LevelPointSchema,
  ParticipantTotalsSchema,
  StatusCountsSchema,
  storedAmount,
  storedCount,
  storedDate,
  storedLocalized,
  storedStatus,
  type BudgetTotals,
  type LevelPoint,
  type ParticipantTotals,
  type StatusCounts,
} from './figures';

export interface EvaluationActivity {
  activityId: string;
  title: string;
  status: ActivityStatus;
  start: string | null;
  end: string | null;
  progress: number;
  budget: number;
  spent: number;
  participantsPlanned: number;
  participantsReached: number;
}

export interface EvaluationActivities {
  /** Activities whose end date falls in the period (or, with no end date, whose start does). */
  inPeriod: number;
  byStatus: StatusCounts;
  /** Done. */
  carriedOut: EvaluationActivity[];
  /** Idea, planned, in progress or cancelled: the committee should say why. */
  notCarriedOut: EvaluationActivity[];
  /** Started by the end of the period, ending after it, neither done nor cancelled: they carry over. */
  continuing: EvaluationActivity[];
  /** No start and no end date, so they belong to no period. */
  undated: EvaluationActivity[];
}

export interface EvaluationCost extends BudgetTotals {
  /** spent / planned, or null when nothing was planned. */
  share: number | null;
}

export interface LinkPairChange {
  competenceId: string;
  targetGroupId: string | null;
  baseline: LevelPoint;
  followUp: LevelPoint;
  change: number;
}

export interface LinkIndicator {
  measurementId: string;
  competenceId: string;
  targetGroupId: string | null;
  date: string;
  kind: 'baseline' | 'follow-up';
  indicator: string;
}

export interface EffectLinkFigures {
  link: EffectLink;
  label: LocalizedText;
  /** Measurements at this link dated in the period. */
  measurements: number;
  baselines: number;
  followUps: number;
  /**
   * Per competence and target group with a follow-up at this link in the period and a baseline
   * on or before it: the latest follow-up minus that baseline.
   */
  pairs: LinkPairChange[];
  /** The plain mean of the pairs' changes (each pair counts once), or null without pairs. */
  meanChange: number | null;
  /** What was measured when it was not a level. */
  indicators: LinkIndicator[];
}

export interface EvaluationCompetence {
  competenceId: string;
  title: string;
  gap: number | null;
  /** Overall change with follow-ups in the period; see progress' `groupChanges`. */
  baseline: number | null;
  followUp: number | null;
  change: number | null;
}

export interface EvaluationFigures {
  periodStart: string;
  periodEnd: string;
  activities: EvaluationActivities;
  cost: EvaluationCost;
  participants: ParticipantTotals;
  effectChain: EffectLinkFigures[];
  competences: EvaluationCompetence[];
}

const activity = z.strictObject({
  activityId: z.string(),
  title: z.string(),
  status: storedStatus,
  start: storedDate.nullable(),
  end: storedDate.nullable(),
  progress: z.number().min(0).max(100),
  budget: storedAmount,
  spent: storedAmount,
  participantsPlanned: storedCount,
  participantsReached: storedCount,
});

const level = z.number().min(-5).max(5).nullable();

export const EvaluationFiguresSchema = z.strictObject({
  periodStart: storedDate,
  periodEnd: storedDate,
  activities: z.strictObject({
    inPeriod: storedCount,
    byStatus: StatusCountsSchema,
    carriedOut: z.array(activity),
    notCarriedOut: z.array(activity),
    continuing: z.array(activity),
    undated: z.array(activity),
  }),
  cost: BudgetTotalsSchema.extend({ share: z.number().min(0).nullable() }),
  participants: ParticipantTotalsSchema,
  effectChain: z.array(
    z.strictObject({
      link: z.enum(EFFECT_LINKS),
      label: storedLocalized,
      measurements: storedCount,
      baselines: storedCount,
      followUps: storedCount,
      pairs: z.array(
        z.strictObject({
          competenceId: z.string(),
          targetGroupId: z.string().nullable(),
          baseline: LevelPointSchema,
          followUp: LevelPointSchema,
          change: z.number(),
        }),
      ),
      meanChange: z.number().nullable(),
      indicators: z.array(
        z.strictObject({
          measurementId: z.string(),
          competenceId: z.string(),
          targetGroupId: z.string().nullable(),
          date: storedDate,
          kind: z.enum(MEASUREMENT_KINDS),
          indicator: z.string(),
        }),
      ),
    }),
  ),
  competences: z.array(
    z.strictObject({
      competenceId: z.string(),
      title: z.string(),
      gap: level,
      baseline: level,
      followUp: level,
      change: level,
    }),
  ),
}) satisfies z.ZodType<EvaluationFigures>;
