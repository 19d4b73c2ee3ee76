import { z } from 'zod';
import type { Activity } from '../model/entities';
import { isIsoDate } from '../model/fields';
import { FUNDING_SCOPES, type FundingApplication } from './fields';

/** For the storage and the transports; store `.partial()` for an application half filled in. */
export const FundingApplicationSchema = z.strictObject({
  pool: z.string().max(300, { error: 'text-too-long' }).nullable(),
  activityType: z.string().max(300, { error: 'text-too-long' }).nullable(),
  title: z.string().max(300, { error: 'text-too-long' }).nullable(),
  start: z.string().refine(isIsoDate, { error: 'invalid-date' }).nullable(),
  end: z.string().refine(isIsoDate, { error: 'invalid-date' }).nullable(),
  amount: z
    .number({ error: 'money-negative' })
    .min(0, { error: 'money-negative' })
    .max(1e9, { error: 'money-too-large' })
    .nullable(),
  provider: z.string().max(300, { error: 'text-too-long' }).nullable(),
  scope: z.enum(FUNDING_SCOPES, { error: 'invalid-choice' }).nullable(),
  providerIsOwnWorkplace: z.boolean().nullable(),
  onPositiveList: z.boolean().nullable(),
  obligatory: z.boolean().nullable(),
  basicToJob: z.boolean().nullable(),
  routinelyOffered: z.boolean().nullable(),
  individualDevelopment: z.boolean().nullable(),
  workplaceCoFinances: z.boolean().nullable(),
}) satisfies z.ZodType<FundingApplication>;

export const EMPTY_FUNDING_APPLICATION: Readonly<FundingApplication> = {
  pool: null,
  activityType: null,
  title: null,
  start: null,
  end: null,
  amount: null,
  provider: null,
  scope: null,
  providerIsOwnWorkplace: null,
  onPositiveList: null,
  obligatory: null,
  basicToJob: null,
  routinelyOffered: null,
  individualDevelopment: null,
  workplaceCoFinances: null,
};

/**
 * The application as far as the plan knows it: title and dates from the activity, then whatever
 * the committee has filled in. The amount is not taken from the budget: the fund pays only part,
 * and per employee, so the committee writes it.
 */
export function applicationFromActivity(
  activity: Pick<Activity, 'title' | 'start' | 'end'>,
  saved: Partial<FundingApplication> = {},
): FundingApplication {
  const filled = Object.fromEntries(
    Object.entries(saved).filter(([, value]) => value !== undefined),
  ) as Partial<FundingApplication>;
  return {
    ...EMPTY_FUNDING_APPLICATION,
    title: activity.title,
    start: activity.start,
    end: activity.end,
    ...filled,
  };
}
