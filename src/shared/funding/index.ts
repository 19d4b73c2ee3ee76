export * from './types';
export {
  FUNDING_FIELDS,
  FUNDING_SCOPES,
  FundingApplicationSchema,
  type FundingApplication,
  type FundingField,
  type FundingFieldType,
  type FundingScope,
} from '../model/stored/funding-application';
export {
  FUNDING_CONDITION_TESTS,
  FUNDING_RULE_EFFECTS,
  FUNDING_RULES_VERSION,
  FundingRulesSchema,
  type FundingCondition,
  type FundingRule,
  type FundingRuleEffect,
  type FundingRules,
} from '../model/stored/funding-rules';
export { FUNDING_FIELD_INFO, FUNDING_SCOPE_LABELS, type FundingFieldInfo } from './fields';
export { conditionHolds, isBlank } from './conditions';
export { DEFAULT_FUNDING_RULES } from './default-rules';
export { checkFunding, FUNDING_VERDICT_LABELS } from './check';
export { applicationFromActivity, EMPTY_FUNDING_APPLICATION } from './application';
export { checkActivitiesFunding, type ActivityFundingCheck } from './plan-check';
export { FUNDING_RULE_MESSAGES, fundingRuleMessage } from './rule-messages';
export {
  validateFundingRules,
  type FundingRulesError,
  type FundingRulesValidation,
} from './validate';
