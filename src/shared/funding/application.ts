import type { Activity } from '../model/entities';
import type { FundingApplication } from '../model/stored/funding-application';

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
