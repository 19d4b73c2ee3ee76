import type { LocalizedText } from '../i18n/localized';
import type { FundingApplication } from '../model/stored/funding-application';
import type { FundingRuleEffect, FundingRules } from '../model/stored/funding-rules';
import { addDays, daysBetween } from '../progress/dates';
import { formatLongDate } from '../year-wheel/labels';
import { conditionHolds, isBlank } from './conditions';
import { FUNDING_FIELD_INFO } from './fields';
import type { FiredRule, FundingCheck, FundingReminder, FundingVerdict } from './types';

export const FUNDING_VERDICT_LABELS: Record<FundingVerdict, LocalizedText> = {
  'likely-eligible': { da: 'Sandsynligvis støtteberettiget', en: 'Likely eligible' },
  'likely-not-eligible': { da: 'Sandsynligvis ikke støtteberettiget', en: 'Likely not eligible' },
  'needs-information': { da: 'Kræver flere oplysninger', en: 'Needs more information' },
};

const EFFECT_ORDER: readonly FundingRuleEffect[] = ['not-eligible', 'check', 'note'];

function reminderFor(start: string | null, today: string, days: number): FundingReminder | null {
  if (start === null || isBlank(start)) return null;
  const daysUntilStart = daysBetween(today, start);
  const approveBy = addDays(start, -1);
  const by = formatLongDate(approveBy);
  if (daysUntilStart <= 0) {
    return {
      kind: 'start-passed',
      daysUntilStart,
      approveBy,
      message: {
        da: `Aktiviteten er begyndt eller begynder i dag. Fonden støtter den kun, hvis ansøgningen var godkendt af både medarbejder og leder senest ${by.da}.`,
        en: `The activity has started or starts today. The fund only supports it if the application was approved by both employee and manager by ${by.en}.`,
      },
    };
  }
  if (daysUntilStart > days) return null;
  const count = String(daysUntilStart);
  return {
    kind: 'start-soon',
    daysUntilStart,
    approveBy,
    message: {
      da: `Aktiviteten begynder om ${count} ${daysUntilStart === 1 ? 'dag' : 'dage'}. Ansøgningen skal være godkendt af både medarbejder og leder senest ${by.da}.`,
      en: `The activity starts in ${count} ${daysUntilStart === 1 ? 'day' : 'days'}. The application must be approved by both employee and manager by ${by.en}.`,
    },
  };
}

/**
 * Funding readiness for one activity: a check against the rules, not an application. Any
 * not-eligible rule that fires makes it likely not eligible; otherwise a check rule that fires or
 * a required field left blank means more information is needed; otherwise it is likely eligible.
 */
export function checkFunding(
  application: FundingApplication,
  rules: FundingRules,
  today: string,
): FundingCheck {
  const fired: FiredRule[] = rules.rules
    .filter((rule) => conditionHolds(rule.when, application, today))
    .map((rule) => ({
      ruleId: rule.id,
      effect: rule.effect,
      title: rule.title,
      explanation: rule.explanation,
    }));
  const reasons = EFFECT_ORDER.flatMap((effect) => fired.filter((r) => r.effect === effect));
  const missing = [...new Set(rules.requiredFields)]
    .filter((field) => isBlank(application[field]))
    .map((field) => ({ field, label: FUNDING_FIELD_INFO[field].label }));

  const verdict: FundingVerdict = fired.some((r) => r.effect === 'not-eligible')
    ? 'likely-not-eligible'
    : fired.some((r) => r.effect === 'check') || missing.length > 0
      ? 'needs-information'
      : 'likely-eligible';

  return {
    verdict,
    verdictLabel: FUNDING_VERDICT_LABELS[verdict],
    reasons,
    missing,
    reminder: reminderFor(application.start, today, rules.approvalReminderDays),
    rulesCheckedAt: rules.checkedAt,
    rulesNote: rules.note,
  };
}
