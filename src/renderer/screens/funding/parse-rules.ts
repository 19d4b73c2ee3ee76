import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/model/enums';
import { validateFundingRules, type FundingRules } from '../../../shared/funding';

export type ParsedRules =
  | { ok: true; rules: FundingRules }
  /** `json`: the text is not JSON (one message); `rules`: it is, but the rules are wrong. */
  | { ok: false; kind: 'json' | 'rules'; messages: string[] };

/** Line and column (1-based) of a character offset, as an editor shows them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads the committee's edited rules: first as JSON (saying where it stops making sense), then
 * against the rules' schema, each error with the path to what is wrong. Nothing is saved from here.
 */
export function parseRulesText(text: string, t: TFunction, language: Language): ParsedRules {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // The engine's own message is English; only its position is used.
    const position = /position (\d+)/.exec((e as Error).message)?.[1];
    if (position === undefined)
      return { ok: false, kind: 'json', messages: [t('year.funding.invalidJsonNoPosition')] };
    return {
      ok: false,
      kind: 'json',
      messages: [t('year.funding.invalidJson', lineAndColumn(text, Number(position)))],
    };
  }
  const checked = validateFundingRules(value);
  if (checked.ok) return { ok: true, rules: checked.rules };
  return {
    ok: false,
    kind: 'rules',
    messages: checked.errors.map((error) =>
      t('year.funding.errorAt', {
        path: error.path === '' ? t('year.funding.rootPath') : error.path,
        message: error.message[language],
      }),
    ),
  };
}
