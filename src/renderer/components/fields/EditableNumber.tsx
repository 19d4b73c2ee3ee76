import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../i18n/languages';
import { useAppStore } from '../../store';
import { useFieldIssue } from './FieldError';
import { FieldShell, useFieldIds } from './FieldShell';
import { draftKeys } from './keys';
import { parseLocaleNumber } from './parse-number';
import { useReadOnly } from './use-read-only';
import { FIELD_KEY_ATTRIBUTE, UNCOMMITTED_ATTRIBUTE, useDraft, type Parsed } from './use-draft';

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
}: EditableNumberProps) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const unitId = useId();
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
      if (Number.isNaN(n)) return { ok: false, message: t('editor.fields.notANumber') };
      if (Number.isInteger(step) && !Number.isInteger(n)) {
        return { ok: false, message: t('editor.fields.wholeNumber') };
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

  const draft = useDraft({ value, format, parse, onCommit, errorKey });
  const issue = useFieldIssue(errorKey);
  const error = draft.localError ?? issue;
  const ids = useFieldIds(Boolean(hint), Boolean(error), unit ? unitId : undefined);

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
      }}
      onChange={(e) => draft.change(e.target.value)}
      onBlur={() => void draft.commit()}
      onKeyDown={draftKeys(draft)}
    />
  );

  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
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
