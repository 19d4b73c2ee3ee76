import type { LocalizedText } from '../i18n/localized';
import type { FundingField } from './fields';

/**
 * A rule's condition, as data. Tests on a field that is not filled in are false, so a rule fires
 * only on what the committee has actually answered; `missing` is the way to ask about blanks.
 */
export type FundingCondition =
  | { test: 'equals'; field: FundingField; value: string | number | boolean }
  | { test: 'missing'; field: FundingField }
  | { test: 'greater-than'; field: FundingField; value: number }
  | { test: 'less-than'; field: FundingField; value: number }
  /** The date is at most `days` days after today (0: today or earlier). */
  | { test: 'days-until-at-most'; field: FundingField; days: number }
  /** The date in `field` is before the date in `other`. */
  | { test: 'date-before'; field: FundingField; other: FundingField }
  | { test: 'all'; conditions: FundingCondition[] }
  | { test: 'any'; conditions: FundingCondition[] }
  | { test: 'not'; condition: FundingCondition };

export const FUNDING_CONDITION_TESTS = [
  'equals',
  'missing',
  'greater-than',
  'less-than',
  'days-until-at-most',
  'date-before',
  'all',
  'any',
  'not',
] as const;

/**
 * `not-eligible`: the fund does not support this. `check`: something the committee must check
 * with the fund before counting on support. `note`: a reason that speaks for the application.
 */
export const FUNDING_RULE_EFFECTS = ['not-eligible', 'check', 'note'] as const;
export type FundingRuleEffect = (typeof FUNDING_RULE_EFFECTS)[number];

export interface FundingRule {
  id: string;
  effect: FundingRuleEffect;
  title: LocalizedText;
  explanation: LocalizedText;
  when: FundingCondition;
}

export const FUNDING_RULES_VERSION = 1;

/** The fund's rules as the committee can see and edit them; JSON as it stands. */
export interface FundingRules {
  version: typeof FUNDING_RULES_VERSION;
  /** When someone last checked the rules against the fund's own pages. */
  checkedAt: string;
  source: LocalizedText;
  /** That the rules and amounts change and must be checked with the fund. */
  note: LocalizedText;
  /** Fields an application needs; a blank one makes the verdict "needs information". */
  requiredFields: FundingField[];
  /** How many days before the start date the approval reminder appears. */
  approvalReminderDays: number;
  rules: FundingRule[];
}

export const FUNDING_VERDICTS = [
  'likely-eligible',
  'likely-not-eligible',
  'needs-information',
] as const;
export type FundingVerdict = (typeof FUNDING_VERDICTS)[number];

export interface FiredRule {
  ruleId: string;
  effect: FundingRuleEffect;
  title: LocalizedText;
  explanation: LocalizedText;
}

export interface FundingReminder {
  kind: 'start-soon' | 'start-passed';
  /** Negative when the activity has started. */
  daysUntilStart: number;
  /** The last day the approval can be in place: the day before the start. */
  approveBy: string;
  message: LocalizedText;
}

export interface FundingCheck {
  verdict: FundingVerdict;
  verdictLabel: LocalizedText;
  /** The rules that fired: not-eligible first, then checks, then notes; each in the rules' order. */
  reasons: FiredRule[];
  missing: { field: FundingField; label: LocalizedText }[];
  /** Shown whatever the verdict: a late application is the commonest way to lose support. */
  reminder: FundingReminder | null;
  rulesCheckedAt: string;
  rulesNote: LocalizedText;
}
