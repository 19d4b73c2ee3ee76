import type { FundingApplication, FundingField } from '../model/stored/funding-application';
import type { FundingCondition } from '../model/stored/funding-rules';
import { daysBetween } from '../progress/dates';

type Value = FundingApplication[FundingField];

export function isBlank(value: Value): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function equals(value: Value, expected: string | number | boolean): boolean {
  if (isBlank(value)) return false;
  if (typeof value === 'string' && typeof expected === 'string') {
    return normalise(value) === normalise(expected);
  }
  return value === expected;
}

/** Whether the condition holds for the application on `today`. */
export function conditionHolds(
  condition: FundingCondition,
  application: FundingApplication,
  today: string,
): boolean {
  switch (condition.test) {
    case 'equals':
      return equals(application[condition.field], condition.value);
    case 'missing':
      return isBlank(application[condition.field]);
    case 'greater-than': {
      const value = application[condition.field];
      return typeof value === 'number' && value > condition.value;
    }
    case 'less-than': {
      const value = application[condition.field];
      return typeof value === 'number' && value < condition.value;
    }
    case 'days-until-at-most': {
      const value = application[condition.field];
      return typeof value === 'string' && !isBlank(value)
        ? daysBetween(today, value) <= condition.days
        : false;
    }
    case 'date-before': {
      const value = application[condition.field];
      const other = application[condition.other];
      return typeof value === 'string' &&
        typeof other === 'string' &&
        !isBlank(value) &&
        !isBlank(other)
        ? value < other
        : false;
    }
    case 'all':
      return condition.conditions.every((c) => conditionHolds(c, application, today));
    case 'any':
      return condition.conditions.some((c) => conditionHolds(c, application, today));
    case 'not':
      return !conditionHolds(condition.condition, application, today);
  }
}
