import { z } from 'zod';
import { isIsoDate } from '../fields';
import type { LocalizedText } from '../localized-text';
import {
  FUNDING_FIELD_TYPES,
  FUNDING_FIELDS,
  FUNDING_SCOPES,
  type FundingField,
} from './funding-application';

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

const localized = z.strictObject(
  {
    da: z.string({ error: 'localized-text' }).trim().min(1, { error: 'localized-text' }),
    en: z.string({ error: 'localized-text' }).trim().min(1, { error: 'localized-text' }),
  },
  { error: 'localized-text' },
);
const field = z.enum(FUNDING_FIELDS, { error: 'unknown-field' });
const number = z
  .number({ error: 'not-a-number' })
  .refine(Number.isFinite, { error: 'not-a-number' });

const ConditionSchema: z.ZodType<FundingCondition> = z.lazy(() =>
  z.discriminatedUnion(
    'test',
    [
      z.strictObject({
        test: z.literal('equals'),
        field,
        value: z.union([z.string(), z.number(), z.boolean()], { error: 'value-type' }),
      }),
      z.strictObject({ test: z.literal('missing'), field }),
      z.strictObject({ test: z.literal('greater-than'), field, value: number }),
      z.strictObject({ test: z.literal('less-than'), field, value: number }),
      z.strictObject({
        test: z.literal('days-until-at-most'),
        field,
        days: z.number({ error: 'not-a-number' }).int({ error: 'not-a-number' }),
      }),
      z.strictObject({ test: z.literal('date-before'), field, other: field }),
      z.strictObject({
        test: z.literal('all'),
        conditions: z.array(ConditionSchema).min(1, { error: 'empty-group' }),
      }),
      z.strictObject({
        test: z.literal('any'),
        conditions: z.array(ConditionSchema).min(1, { error: 'empty-group' }),
      }),
      z.strictObject({ test: z.literal('not'), condition: ConditionSchema }),
    ],
    { error: 'unknown-test' },
  ),
);

const RuleSchema = z.strictObject({
  id: z.string({ error: 'rule-id' }).regex(/^[a-z][a-z0-9-]{0,63}$/, { error: 'rule-id' }),
  effect: z.enum(FUNDING_RULE_EFFECTS, { error: 'unknown-effect' }),
  title: localized,
  explanation: localized,
  when: ConditionSchema,
});

type Path = (string | number)[];
type Report = (path: Path, key: string) => void;

function valueFits(fieldName: FundingField, value: string | number | boolean): boolean {
  switch (FUNDING_FIELD_TYPES[fieldName]) {
    case 'yes-no':
      return typeof value === 'boolean';
    case 'amount':
      return typeof value === 'number';
    case 'scope':
      return typeof value === 'string' && (FUNDING_SCOPES as readonly string[]).includes(value);
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'text':
      return typeof value === 'string';
  }
}

/** What the schema cannot see: whether a test makes sense for the field it names. */
function checkCondition(condition: FundingCondition, path: Path, report: Report): void {
  const typeOf = (f: FundingField) => FUNDING_FIELD_TYPES[f];
  switch (condition.test) {
    case 'equals':
      if (!valueFits(condition.field, condition.value)) report([...path, 'value'], 'value-type');
      return;
    case 'greater-than':
    case 'less-than':
      if (typeOf(condition.field) !== 'amount') report([...path, 'field'], 'not-a-number-field');
      return;
    case 'days-until-at-most':
      if (typeOf(condition.field) !== 'date') report([...path, 'field'], 'not-a-date-field');
      return;
    case 'date-before':
      if (typeOf(condition.field) !== 'date') report([...path, 'field'], 'not-a-date-field');
      if (typeOf(condition.other) !== 'date') report([...path, 'other'], 'not-a-date-field');
      return;
    case 'all':
    case 'any':
      condition.conditions.forEach((c, i) => checkCondition(c, [...path, 'conditions', i], report));
      return;
    case 'not':
      checkCondition(condition.condition, [...path, 'condition'], report);
      return;
    case 'missing':
      return;
  }
}

/** Error texts are rule keys; the funding module's messages say them in both languages. */
export const FundingRulesSchema = z
  .strictObject(
    {
      version: z.literal(FUNDING_RULES_VERSION, { error: 'version' }),
      checkedAt: z.string({ error: 'invalid-date' }).refine(isIsoDate, { error: 'invalid-date' }),
      source: localized,
      note: localized,
      requiredFields: z.array(field, { error: 'invalid-list' }).max(FUNDING_FIELDS.length * 2),
      approvalReminderDays: z
        .number({ error: 'reminder-days' })
        .int({ error: 'reminder-days' })
        .min(0, { error: 'reminder-days' })
        .max(365, { error: 'reminder-days' }),
      rules: z.array(RuleSchema, { error: 'invalid-list' }).max(200, { error: 'list-too-long' }),
    },
    { error: 'not-an-object' },
  )
  .superRefine((rules, ctx) => {
    const report: Report = (path, key) => ctx.addIssue({ code: 'custom', path, message: key });
    const seen = new Set<string>();
    rules.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) report(['rules', i, 'id'], 'duplicate-rule-id');
      seen.add(rule.id);
      checkCondition(rule.when, ['rules', i, 'when'], report);
    });
  }) satisfies z.ZodType<FundingRules>;
