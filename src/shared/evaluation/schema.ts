import { z } from 'zod';
import { EFFECT_LINKS, MEASUREMENT_KINDS } from '../model/enums';
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
} from '../progress/schemas';
import type { AnnualEvaluation, EvaluationAnswers } from './types';

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
});

/** The committee's answers as the form sends them; text limits match the plan's own fields. */
export const EvaluationAnswersSchema = z.strictObject({
  musFollowUp: z.string({ error: 'invalid-text' }).max(10_000, { error: 'text-too-long' }),
  conclusions: z.string({ error: 'invalid-text' }).max(10_000, { error: 'text-too-long' }),
  decisions: z
    .array(
      z
        .string({ error: 'invalid-text' })
        .trim()
        .min(1, { error: 'required' })
        .max(1000, { error: 'text-too-long' }),
      { error: 'invalid-list' },
    )
    .max(50, { error: 'list-too-long' }),
}) satisfies z.ZodType<EvaluationAnswers>;

export const AnnualEvaluationSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2200),
    periodStart: storedDate,
    periodEnd: storedDate,
    figures: EvaluationFiguresSchema,
    answers: EvaluationAnswersSchema,
    createdAt: z.iso.datetime({ error: 'invalid-timestamp', offset: true }),
  })
  .refine((e) => e.periodStart <= e.periodEnd, {
    error: 'date-order',
    path: ['periodEnd'],
  }) satisfies z.ZodType<AnnualEvaluation>;
