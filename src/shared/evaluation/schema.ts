import { z } from 'zod';
import { EvaluationFiguresSchema } from '../model/stored/evaluation-figures';
import { storedDate } from '../model/stored/figures';
import type { AnnualEvaluation, EvaluationAnswers } from './types';

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
