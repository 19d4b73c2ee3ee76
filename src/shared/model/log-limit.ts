import { z } from 'zod';

/**
 * How many changes a plan's change log keeps (the plan's own setting; older ones are folded away
 * when the plan is closed). At about 315 bytes a change the default is some 1.6 MB, and years of
 * a committee's edits. Below the floor a copy sent before a single busy workshop could no longer
 * be merged change by change; above the ceiling the log alone would pass 30 MB.
 */
export const DEFAULT_LOG_LIMIT = 5000;
export const MIN_LOG_LIMIT = 1000;
export const MAX_LOG_LIMIT = 100_000;

export const logLimit = z
  .number({ error: 'log-limit-range' })
  .int({ error: 'log-limit-range' })
  .min(MIN_LOG_LIMIT, { error: 'log-limit-range' })
  .max(MAX_LOG_LIMIT, { error: 'log-limit-range' });
