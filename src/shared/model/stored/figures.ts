import { z } from 'zod';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../enums';
import { isIsoDate } from '../fields';
import type { LocalizedText } from '../localized-text';

/**
 * Schemas for figures that are stored as they were on a date (status snapshots, annual
 * evaluations), so that a stored copy is checked before anything reads it. Error texts are the
 * shared validation rule keys.
 */

export const storedDate = z.string().refine(isIsoDate, { error: 'invalid-date' });
export const storedAmount = z.number().refine(Number.isFinite, { error: 'invalid' });
export const storedCount = z.number().int().min(0);
export const storedLocalized = z.strictObject({ da: z.string(), en: z.string() });
export const storedStatus = z.enum(ACTIVITY_STATUSES, { error: 'invalid-choice' });

/** How many activities have each status; every status is present, zero when unused. */
export type StatusCounts = Record<ActivityStatus, number>;

export const StatusCountsSchema = z.strictObject(
  Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, storedCount])) as Record<
    ActivityStatus,
    typeof storedCount
  >,
) satisfies z.ZodType<StatusCounts>;

export interface WeightedProgress {
  /** 0–100, unrounded; null when there is no activity to count. */
  percent: number | null;
  /**
   * `participants` when weighted by planned participants; `unweighted` when none of the counted
   * activities has planned participants, so the plain mean is used; `none` when nothing counted.
   */
  weighting: 'participants' | 'unweighted' | 'none';
  /** The activities counted: all but the cancelled. */
  activityCount: number;
}

export const WeightedProgressSchema = z.strictObject({
  percent: z.number().min(0).max(100).nullable(),
  weighting: z.enum(['participants', 'unweighted', 'none']),
  activityCount: storedCount,
}) satisfies z.ZodType<WeightedProgress>;

export interface FundingSourceTotal {
  /** The normalised source (trimmed, lower case, single spaces); null when not stated. */
  key: string | null;
  /** The source as first written in the plan, or "Ikke angivet"/"Not set". */
  label: LocalizedText;
  planned: number;
  spent: number;
  activityIds: string[];
}

export interface BudgetTotals {
  /** Σ budget over activities that are not cancelled. */
  planned: number;
  /** Σ spent over all activities, cancelled included: money spent before a cancellation is spent. */
  spent: number;
  /** planned − spent; negative when the plan has overspent. */
  remaining: number;
  bySource: FundingSourceTotal[];
}

export const BudgetTotalsSchema = z.strictObject({
  planned: storedAmount,
  spent: storedAmount,
  remaining: storedAmount,
  bySource: z.array(
    z.strictObject({
      key: z.string().nullable(),
      label: storedLocalized,
      planned: storedAmount,
      spent: storedAmount,
      activityIds: z.array(z.string()),
    }),
  ),
}) satisfies z.ZodType<BudgetTotals>;

export interface ParticipantTotals {
  /** Σ participantsPlanned over activities that are not cancelled. */
  planned: number;
  /** Σ participantsReached over all activities: people reached before a cancellation were reached. */
  reached: number;
  /** reached / planned, or null when nobody is planned. */
  share: number | null;
}

export const ParticipantTotalsSchema = z.strictObject({
  planned: storedCount,
  reached: storedCount,
  share: z.number().min(0).nullable(),
}) satisfies z.ZodType<ParticipantTotals>;

/** A measured level at one date, from one or more measurements taken that day. */
export interface LevelPoint {
  level: number;
  date: string;
  /** Σ respondents, or null when a measurement that day did not record them. */
  respondents: number | null;
  measurementIds: string[];
  /** True when the level is respondent-weighted, false when a plain mean. */
  weighted: boolean;
}

export const LevelPointSchema = z.strictObject({
  level: z.number().min(1).max(5),
  date: storedDate,
  respondents: storedCount.nullable(),
  measurementIds: z.array(z.string()),
  weighted: z.boolean(),
}) satisfies z.ZodType<LevelPoint>;
