import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../i18n/languages';
import { useAppStore } from '../../store';
import { useFieldIssue } from './FieldError';
import { FieldShell, useFieldIds } from './FieldShell';
import { draftKeys } from './keys';
import { parseLocaleNumber } from './parse-number';
import { useReadOnly } from './use-read-only';
import {
  DRAFT_ATTRIBUTE,
  FIELD_KEY_ATTRIBUTE,
  UNCOMMITTED_ATTRIBUTE,
  useDraft,
  type Parsed,
} from './use-draft';

export interface EditableNumberProps {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void | Promise<unknown>;
  min?: number;
  max?: number;
  /** 1 (the default) asks for whole numbers; 0.1 allows one decimal, and so on. */
  step?: number;
  /** Shown after the input, e.g. "kr." or "%". */
  unit?: string;
  errorKey?: string;
  /** Whether clearing the field means "not set" (null) rather than a mistake. */
  allowEmpty?: boolean;
  hint?: string;
  /** The id of something shown beside the field that describes its value, e.g. a level's meaning. */
  describedBy?: string | undefined;
  /** A value the plan takes but the committee should look at again, said beside the field. */
  warning?: string | null;
}

/**
 * A number that fits the field, for the example in its refusal: a level is "3", a share "50", an
 * amount "12.500" — never an amount for a level.
 */
export function exampleNumber(
  min: number | undefined,
  max: number | undefined,
  step: number,
): number {
  const whole = Number.isInteger(step);
  if (min !== undefined && max !== undefined) {
    const middle = Math.round((min + max) / 2);
    return whole || middle + 0.5 > max ? middle : middle + 0.5;
  }
  return whole ? 25 : 12_500;
}

export function EditableNumber({
  label,
  value,
  onCommit,
  min,
  max,
  step = 1,
  unit,
  errorKey,
  allowEmpty = false,
  hint,
  describedBy,
  warning,
}: EditableNumberProps) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const unitId = useId();
  const warningId = useId();
  const readOnly = useReadOnly();

  const format = useCallback(
    (n: number | null) =>
      n === null
        ? ''
        : new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 6 }).format(n),
    [language],
  );

  const parse = useCallback(
    (text: string): Parsed<number | null> => {
      const n = parseLocaleNumber(text, language);
      const shown = (x: number) => format(x);
      if (n === null) {
        return allowEmpty
          ? { ok: true, value: null }
          : { ok: false, message: t('editor.fields.required') };
      }
      const example = shown(exampleNumber(min, max, step));
      if (Number.isNaN(n)) {
        return {
          ok: false,
          message:
            min !== undefined && max !== undefined
              ? t('editor.fields.notANumberRange', { min: shown(min), max: shown(max), example })
              : t('editor.fields.notANumber', { example }),
        };
      }
      if (Number.isInteger(step) && !Number.isInteger(n)) {
        return { ok: false, message: t('editor.fields.wholeNumber', { example }) };
      }
      const outside = (min !== undefined && n < min) || (max !== undefined && n > max);
      if (outside) {
        const message =
          min !== undefined && max !== undefined
            ? t('editor.fields.numberRange', { min: shown(min), max: shown(max) })
            : min !== undefined
              ? t('editor.fields.numberMin', { min: shown(min) })
              : t('editor.fields.numberMax', { max: shown(max ?? 0) });
        return { ok: false, message };
      }
      return { ok: true, value: n };
    },
    [language, allowEmpty, step, min, max, t, format],
  );

  const draft = useDraft({ value, format, parse, onCommit, errorKey, label });
  const issue = useFieldIssue(errorKey);
  const error = draft.localError ?? issue;
  const shownWarning = !error && warning ? { id: warningId, text: warning } : null;
  const ids = useFieldIds(
    Boolean(hint),
    Boolean(error),
    [shownWarning?.id, unit ? unitId : undefined, describedBy].filter(Boolean).join(' ') ||
      undefined,
  );

  const input = (
    <input
      id={ids.input}
      type="text"
      inputMode={Number.isInteger(step) ? 'numeric' : 'decimal'}
      className="form-input field-number"
      value={draft.text}
      readOnly={readOnly}
      aria-describedby={ids.describedBy}
      aria-invalid={error ? true : undefined}
      {...{
        [UNCOMMITTED_ATTRIBUTE]: draft.held ? 'true' : 'false',
        [FIELD_KEY_ATTRIBUTE]: errorKey,
        [DRAFT_ATTRIBUTE]: draft.holdId,
      }}
      onChange={(e) => draft.change(e.target.value)}
      onBlur={() => void draft.commit()}
      onKeyDown={draftKeys(draft)}
    />
  );

  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} warning={shownWarning}>
      {unit ? (
        <div className="form-input-wrapper form-input-wrapper--suffix field-number-wrapper">
          {input}
          <div id={unitId} className="form-input-suffix">
            {unit}
          </div>
        </div>
      ) : (
        input
      )}
    </FieldShell>
  );
}
