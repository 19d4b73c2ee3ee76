import type { z } from 'zod';
import { errors, OmstilError, type FieldIssue } from './errors';
import type { LocalizedText } from './i18n/localized';
import { limitMessage, validationMessage, validationMessages } from './i18n/validation';
import { FUNDING_RULE_MESSAGES } from './funding/rule-messages';
import { modelMessages } from './model/messages';
import { formatPath } from './model/field-path';

/**
 * The message for a rule key from any of the model's schemas: the shared field rules, the
 * model's own (årshjul, evaluation), and the fund's rules, which a plan stores too.
 */
export function ruleMessage(rule: string): LocalizedText {
  return (
    validationMessages[rule] ??
    modelMessages[rule] ??
    FUNDING_RULE_MESSAGES[rule] ??
    validationMessage('invalid')
  );
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = formatPath([...issue.path, key]);
        issues.push({ path, rule: 'unknown-key', message: validationMessage('unknown-key') });
      }
      continue;
    }
    // Our schemas put a rule key in every message; anything else (a wrong type deep in zod) is
    // reported as a plain invalid value rather than zod's English sentence.
    const rule = isMissing(issue)
      ? 'missing'
      : /^[a-z][a-z-]*$/.test(issue.message)
        ? issue.message
        : 'invalid';
    // Where the schema knows the limit, the message names it, so the reader knows how far to cut.
    const message =
      issue.code === 'too_big' && rule in validationMessages
        ? limitMessage(rule, Number(issue.maximum))
        : ruleMessage(rule);
    issues.push({ path: formatPath(issue.path), rule, message });
  }
  return issues;
}

/**
 * A field that is not there at all, told from one of the wrong type; zod can tell only when the
 * parse was asked to report the input (`reportInput`), as the JSON import does.
 */
function isMissing(issue: z.ZodError['issues'][number]): boolean {
  return issue.code !== 'unrecognized_keys' && 'input' in issue && issue.input === undefined;
}

/** Parses or throws the typed `invalid-input` error (or `unknown-key` when that is the cause). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = toFieldIssues(parsed.error);
  const unknown = issues.find((i) => i.rule === 'unknown-key');
  throw new OmstilError(unknown ? errors.unknownKey(unknown.path) : errors.invalidInput(issues));
}
