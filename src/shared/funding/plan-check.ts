import type { Activity } from '../model/entities';
import type { FundingApplication } from '../model/stored/funding-application';
import type { FundingRules } from '../model/stored/funding-rules';
import { applicationFromActivity } from './application';
import { checkFunding } from './check';
import type { FundingCheck } from './types';

export interface ActivityFundingCheck {
  activityId: string;
  title: string;
  application: FundingApplication;
  check: FundingCheck;
}

/**
 * Funding readiness for the activities one could still apply for: those that are neither done
 * nor cancelled, in plan order. `saved` holds what the committee has filled in per activity id.
 */
export function checkActivitiesFunding(
  activities: readonly Activity[],
  saved: Readonly<Record<string, Partial<FundingApplication>>>,
  rules: FundingRules,
  today: string,
): ActivityFundingCheck[] {
  return activities
    .filter((a) => a.status !== 'done' && a.status !== 'cancelled')
    .map((a) => {
      const application = applicationFromActivity(a, saved[a.id] ?? {});
      return {
        activityId: a.id,
        title: a.title,
        application,
        check: checkFunding(application, rules, today),
      };
    });
}
