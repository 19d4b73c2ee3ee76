import { z } from 'zod';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../model/enums';
import { isIsoDate } from '../model/fields';
import type { LevelPoint } from './level-change';
import type { BudgetTotals, ParticipantTotals, StatusCounts, WeightedProgress } from './types';

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

export const StatusCountsSchema = z.strictObject(
  Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, storedCount])) as Record<
    ActivityStatus,
    typeof storedCount
  >,
) satisfies z.ZodType<StatusCounts>;

export const WeightedProgressSchema = z.strictObject({
  percent: z.number().min(0).max(100).nullable(),
  weighting: z.enum(['participants', 'unweighted', 'none']),
  activityCount: storedCount,
}) satisfies z.ZodType<WeightedProgress>;

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

export const ParticipantTotalsSchema = z.strictObject({
  planned: storedCount,
  reached: storedCount,
  share: z.number().min(0).nullable(),
}) satisfies z.ZodType<ParticipantTotals>;

export const LevelPointSchema = z.strictObject({
  level: z.number().min(1).max(5),
  date: storedDate,
  respondents: storedCount.nullable(),
  measurementIds: z.array(z.string()),
  weighted: z.boolean(),
}) satisfies z.ZodType<LevelPoint>;
