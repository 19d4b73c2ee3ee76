import { z } from 'zod';

/**
 * Field schemas shared by the model, the contract and the JSON import. Their error texts are
 * message keys (see `i18n/validation.ts`), so one rule gives the same Danish or English message
 * whichever transport caught it.
 */

export const id = z.uuid({ error: 'invalid-id' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isoDate = z
  .string({ error: 'invalid-date' })
  .refine(isIsoDate, { error: 'invalid-date' });

export const isoTimestamp = z.iso.datetime({ error: 'invalid-timestamp', offset: true });

export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'text-too-long' });

export const optionalText = (max: number) =>
  z.string({ error: 'invalid-text' }).max(max, { error: 'text-too-long' });

export const textList = (maxItems: number, maxLength: number) =>
  z
    .array(
      z
        .string({ error: 'invalid-text' })
        .trim()
        .min(1, { error: 'required' })
        .max(maxLength, { error: 'text-too-long' }),
      {
        error: 'invalid-list',
      },
    )
    .max(maxItems, { error: 'list-too-long' });

/** Competence levels are whole steps on the committee's 1–5 scale. */
export const level = z
  .number({ error: 'level-range' })
  .int({ error: 'level-range' })
  .min(1, { error: 'level-range' })
  .max(5, { error: 'level-range' });

/** Measured levels are averages over respondents, so decimals are allowed. */
export const measuredLevel = z
  .number({ error: 'measured-level-range' })
  .min(1, { error: 'measured-level-range' })
  .max(5, { error: 'measured-level-range' });

/**
 * What each step of the 1–5 scale means in this plan, step 1 first; an empty text means the
 * program's default meaning of that step (`i18n/level-meanings.ts`), in the reader's language.
 */
export const levelMeanings = z
  .array(z.string({ error: 'invalid-text' }).trim().max(200, { error: 'text-too-long' }), {
    error: 'invalid-list',
  })
  .length(5, { error: 'invalid-list' });

export const priority = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'priority-range',
});

export const money = z
  .number({ error: 'money-negative' })
  .min(0, { error: 'money-negative' })
  .max(1e12, { error: 'money-too-large' })
  .refine(Number.isFinite, { error: 'money-negative' });

export const count = z
  .number({ error: 'count-negative' })
  .int({ error: 'count-negative' })
  .min(0, { error: 'count-negative' })
  .max(10_000_000, { error: 'count-too-large' });

export const percent = z
  .number({ error: 'progress-range' })
  .int({ error: 'progress-range' })
  .min(0, { error: 'progress-range' })
  .max(100, { error: 'progress-range' });

/** A step of a workshop format's script (`formats.ts`), named by the format's own key. */
export const stepId = z
  .string({ error: 'invalid-step' })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'invalid-step' });

/** A workshop timer's length or time run, in seconds; a step of a half-day runs hours at most. */
export const timerSeconds = z
  .number({ error: 'timer-range' })
  .min(0, { error: 'timer-range' })
  .max(24 * 60 * 60, { error: 'timer-range' })
  .refine(Number.isFinite, { error: 'timer-range' });

export const catalogKey = z
  .string({ error: 'invalid-catalog-key' })
  .regex(/^[a-z][a-z0-9-]{0,63}$/, { error: 'invalid-catalog-key' });

export const idList = z
  .array(id, { error: 'invalid-list' })
  .max(10_000, { error: 'list-too-long' });

/** How deeply a stored JSON value may nest; ours go a few levels, a hostile one thousands. */
const MAX_JSON_DEPTH = 32;

function tooDeep(value: unknown): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (typeof top.node !== 'object' || top.node === null) continue;
    if (top.depth > MAX_JSON_DEPTH) return true;
    for (const child of Object.values(top.node)) stack.push({ node: child, depth: top.depth + 1 });
  }
  return false;
}

/**
 * A field stored as a JSON object (a snapshot, frozen figures, the fund's rules). The nesting is
 * measured before the schema runs, so a hostile value cannot exhaust the stack of a recursive one.
 */
export const jsonValue = <S extends z.ZodType>(schema: S) =>
  z
    .unknown()
    .refine((v) => !tooDeep(v), { error: 'json-too-deep', abort: true })
    .pipe(schema);
