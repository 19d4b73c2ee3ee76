import { z } from 'zod';
import type { LocalizedText } from '../i18n/localized';
import { isIsoDate } from '../model/fields';
import { formatPath } from '../validation';
import { FUNDING_FIELD_INFO, FUNDING_FIELDS, FUNDING_SCOPES, type FundingField } from './fields';
import { fundingRuleMessage } from './rule-messages';
import {
  FUNDING_RULE_EFFECTS,
  FUNDING_RULES_VERSION,
  type FundingCondition,
  type FundingRules,
} from './types';

const MAX_DEPTH = 10;

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
  switch (FUNDING_FIELD_INFO[fieldName].type) {
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
  const typeOf = (f: FundingField) => FUNDING_FIELD_INFO[f].type;
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

export interface FundingRulesError {
  /** Where in the rules file, e.g. `rules[3].when.field`. */
  path: string;
  rule: string;
  message: LocalizedText;
}

export type FundingRulesValidation =
  { ok: true; rules: FundingRules } | { ok: false; errors: FundingRulesError[] };

/** The path of the first condition nested deeper than the limit, found without recursion. */
function tooDeep(value: unknown): Path | null {
  if (typeof value !== 'object' || value === null) return null;
  const rules = (value as { rules?: unknown }).rules;
  if (!Array.isArray(rules)) return null;
  for (let i = 0; i < rules.length; i++) {
    const stack: { node: unknown; depth: number; path: Path }[] = [
      { node: (rules[i] as { when?: unknown } | null)?.when, depth: 1, path: ['rules', i, 'when'] },
    ];
    for (let top = stack.pop(); top; top = stack.pop()) {
      if (typeof top.node !== 'object' || top.node === null) continue;
      if (top.depth > MAX_DEPTH) return top.path;
      const node = top.node as { conditions?: unknown; condition?: unknown };
      if (Array.isArray(node.conditions)) {
        node.conditions.forEach((c, j) =>
          stack.push({ node: c, depth: top.depth + 1, path: [...top.path, 'conditions', j] }),
        );
      }
      if (node.condition !== undefined) {
        stack.push({
          node: node.condition,
          depth: top.depth + 1,
          path: [...top.path, 'condition'],
        });
      }
    }
  }
  return null;
}

/**
 * Checks a rules object the committee has edited (or loaded from a file) and says, in both
 * languages and with the path, everything that is wrong with it. The nesting is measured before
 * the schema runs, so a hostile file cannot exhaust the stack.
 */
export function validateFundingRules(input: unknown): FundingRulesValidation {
  const deep = tooDeep(input);
  if (deep) {
    return {
      ok: false,
      errors: [
        { path: formatPath(deep), rule: 'too-deep', message: fundingRuleMessage('too-deep') },
      ],
    };
  }
  const parsed = FundingRulesSchema.safeParse(input);
  if (parsed.success) return { ok: true, rules: parsed.data };
  const errors: FundingRulesError[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          path: formatPath([...issue.path, key]),
          rule: 'unknown-key',
          message: fundingRuleMessage('unknown-key'),
        });
      }
      continue;
    }
    const rule = /^[a-z][a-z-]*$/.test(issue.message) ? issue.message : 'invalid';
    errors.push({ path: formatPath(issue.path), rule, message: fundingRuleMessage(rule) });
  }
  return { ok: false, errors };
}
