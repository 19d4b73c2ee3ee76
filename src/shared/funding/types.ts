import type { LocalizedText } from '../i18n/localized';
import type { FundingField } from '../model/stored/funding-application';
import type { FundingRuleEffect } from '../model/stored/funding-rules';

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
