import type { LocalizedText } from '../i18n/localized';
import { formatPath } from '../model/field-path';
import { FundingRulesSchema, type FundingRules } from '../model/stored/funding-rules';
import { fundingRuleMessage } from './rule-messages';

const MAX_DEPTH = 10;

type Path = (string | number)[];

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
