import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FUNDING_RULES,
  validateFundingRules,
  type FundingRulesValidation,
} from '../../../src/shared/funding';

const copy = (): Record<string, unknown> & { rules: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(DEFAULT_FUNDING_RULES)) as Record<string, unknown> & {
    rules: Record<string, unknown>[];
  };

function errorsOf(result: FundingRulesValidation) {
  if (result.ok) throw new Error('expected the rules to be refused');
  return result.errors;
}

describe('validating edited rules', () => {
  it('accepts the defaults, also after a trip through a JSON file', () => {
    const result = validateFundingRules(copy());
    expect(result).toEqual({ ok: true, rules: DEFAULT_FUNDING_RULES });
  });

  it('names an unknown field with its path in both languages', () => {
    const rules = copy();
    rules.rules[0]!['when'] = { test: 'equals', field: 'salary', value: true };
    const [error] = errorsOf(validateFundingRules(rules));
    expect(error?.path).toBe('rules[0].when.field');
    expect(error?.rule).toBe('unknown-field');
    expect(error?.message.da).toContain('Feltet findes ikke i ansøgningen');
    expect(error?.message.en).toContain('individualDevelopment');
  });

  it('refuses a value that does not fit the field', () => {
    const rules = copy();
    rules.rules[0]!['when'] = { test: 'equals', field: 'obligatory', value: 'ja' };
    rules.rules[1]!['when'] = { test: 'equals', field: 'scope', value: 'semester' };
    const errors = errorsOf(validateFundingRules(rules));
    expect(errors.map((e) => [e.path, e.rule])).toEqual([
      ['rules[0].when.value', 'value-type'],
      ['rules[1].when.value', 'value-type'],
    ]);
    expect(errors[0]?.message.da).toContain('ja/nej-felter skal have true eller false');
  });

  it('refuses a number test on a yes/no field and a date test on a number', () => {
    const rules = copy();
    rules.rules[0]!['when'] = { test: 'greater-than', field: 'obligatory', value: 1 };
    rules.rules[1]!['when'] = {
      test: 'all',
      conditions: [{ test: 'days-until-at-most', field: 'amount', days: 3 }],
    };
    expect(errorsOf(validateFundingRules(rules)).map((e) => [e.path, e.rule])).toEqual([
      ['rules[0].when.field', 'not-a-number-field'],
      ['rules[1].when.conditions[0].field', 'not-a-date-field'],
    ]);
  });

  it('refuses two rules with the same id and a malformed id', () => {
    const rules = copy();
    rules.rules[1]!['id'] = 'obligatory';
    rules.rules[2]!['id'] = 'Rutine!';
    const errors = errorsOf(validateFundingRules(rules));
    expect(errors.map((e) => [e.path, e.rule])).toEqual(
      expect.arrayContaining([['rules[2].id', 'rule-id']]),
    );
    // The duplicate is found once the rest is valid.
    rules.rules[2]!['id'] = 'rutine';
    expect(errorsOf(validateFundingRules(rules)).map((e) => [e.path, e.rule])).toEqual([
      ['rules[1].id', 'duplicate-rule-id'],
    ]);
  });

  it('wants every text in both languages', () => {
    const rules = copy();
    rules.rules[0]!['title'] = { da: 'Forpligtet', en: '' };
    rules['note'] = 'Tjek fonden';
    const errors = errorsOf(validateFundingRules(rules));
    expect(errors.map((e) => [e.path, e.rule])).toEqual([
      ['note', 'localized-text'],
      ['rules[0].title.en', 'localized-text'],
    ]);
    expect(errors[0]?.message.en).toBe(
      'The text must be given in both Danish (da) and English (en).',
    );
  });

  it('refuses an unknown test, an unknown effect and an unknown key', () => {
    const rules = copy();
    rules.rules[0]!['when'] = { test: 'matches', field: 'title' };
    rules.rules[1]!['effect'] = 'maybe';
    rules.rules[2]!['colour'] = 'red';
    const errors = errorsOf(validateFundingRules(rules));
    expect(errors.map((e) => [e.path, e.rule])).toEqual(
      expect.arrayContaining([
        ['rules[0].when.test', 'unknown-test'],
        ['rules[1].effect', 'unknown-effect'],
        ['rules[2].colour', 'unknown-key'],
      ]),
    );
    expect(errors.find((e) => e.rule === 'unknown-key')?.message.da).toBe('Feltet kendes ikke.');
  });

  it('refuses a bad date, a bad reminder window, a wrong version and an empty group', () => {
    const rules = copy();
    rules['checkedAt'] = '27-11-2026';
    rules['approvalReminderDays'] = -1;
    rules['version'] = 2;
    rules.rules[0]!['when'] = { test: 'any', conditions: [] };
    expect(errorsOf(validateFundingRules(rules)).map((e) => [e.path, e.rule])).toEqual([
      ['version', 'version'],
      ['checkedAt', 'invalid-date'],
      ['approvalReminderDays', 'reminder-days'],
      ['rules[0].when.conditions', 'empty-group'],
    ]);
  });

  it('refuses something that is not a rules object at all', () => {
    expect(errorsOf(validateFundingRules('regler'))[0]).toMatchObject({
      path: '',
      rule: 'not-an-object',
    });
    expect(errorsOf(validateFundingRules(null))[0]?.message.da).toBe(
      'Reglerne skal være et JSON-objekt.',
    );
  });

  it('refuses conditions nested too deeply before trying to read them', () => {
    const rules = copy();
    let when: Record<string, unknown> = { test: 'missing', field: 'title' };
    for (let i = 0; i < 5000; i++) when = { test: 'not', condition: when };
    rules.rules[0]!['when'] = when;
    const [error] = errorsOf(validateFundingRules(rules));
    expect(error?.rule).toBe('too-deep');
    expect(error?.path.startsWith('rules[0].when.condition')).toBe(true);
    expect(error?.message.da).toContain('højst være 10 niveauer');
  });

  it('accepts conditions nested ten deep', () => {
    const rules = copy();
    let when: Record<string, unknown> = { test: 'missing', field: 'title' };
    for (let i = 0; i < 9; i++) when = { test: 'not', condition: when };
    rules.rules[0]!['when'] = when;
    expect(validateFundingRules(rules).ok).toBe(true);
  });
});
