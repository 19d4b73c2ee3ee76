import { z } from 'zod';

/**
 * The fewest respondents a group may have for its survey figures to be kept in the plan (the
 * plan's own setting). In a smaller group a colleague can work out who answered what from the
 * mean and the distribution, so its figures are not stored. Below three that is true of any
 * group; a committee may ask for more, up to a hundred.
 */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;
export const MIN_ANONYMITY_THRESHOLD = 3;
export const MAX_ANONYMITY_THRESHOLD = 100;

export const anonymityThreshold = z
  .number({ error: 'anonymity-threshold-range' })
  .int({ error: 'anonymity-threshold-range' })
  .min(MIN_ANONYMITY_THRESHOLD, { error: 'anonymity-threshold-range' })
  .max(MAX_ANONYMITY_THRESHOLD, { error: 'anonymity-threshold-range' });
