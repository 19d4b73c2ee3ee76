import { z } from 'zod';
import { count } from '../fields';

/**
 * How many answers a measurement's group gave on each step of the 1–5 scale, step 1 first: the
 * group's figure from a survey, never a respondent's own answer.
 */
export const LevelDistributionSchema = z
  .array(count, { error: 'invalid-list' })
  .length(5, { error: 'invalid-list' });

export type LevelDistribution = z.infer<typeof LevelDistributionSchema>;
