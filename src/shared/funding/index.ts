export * from './types';
export {
  FUNDING_FIELD_INFO,
  FUNDING_FIELDS,
  FUNDING_SCOPE_LABELS,
  FUNDING_SCOPES,
  type FundingApplication,
  type FundingField,
  type FundingFieldInfo,
  type FundingFieldType,
  type FundingScope,
} from './fields';
export { conditionHolds, isBlank } from './conditions';
export { DEFAULT_FUNDING_RULES } from './default-rules';
export { checkFunding, FUNDING_VERDICT_LABELS } from './check';
export {
  applicationFromActivity,
  EMPTY_FUNDING_APPLICATION,
  FundingApplicationSchema,
} from './application';
export { checkActivitiesFunding, type ActivityFundingCheck } from './plan-check';
export { FUNDING_RULE_MESSAGES, fundingRuleMessage } from './rule-messages';
export {
  FundingRulesSchema,
  validateFundingRules,
  type FundingRulesError,
  type FundingRulesValidation,
} from './validate';
