import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldIssue } from './FieldError';
import { FieldShell, useFieldIds } from './FieldShell';
import { draftKeys } from './keys';
import { useReadOnly } from './use-read-only';
import {
  DRAFT_ATTRIBUTE,
  FIELD_KEY_ATTRIBUTE,
  UNCOMMITTED_ATTRIBUTE,
  useDraft,
  type Parsed,
} from './use-draft';

export interface EditableDateProps {
  label: string;
  /** An ISO date (YYYY-MM-DD) or null when not set. */
  value: string | null;
  onCommit: (value: string | null) => void | Promise<unknown>;
  errorKey?: string;
  hint?: string;
  /** Whether the date may be cleared; a required date refuses an empty field. */
  required?: boolean;
}

const format = (value: string | null) => value ?? '';

export function EditableDate({
  label,
  value,
  onCommit,
  errorKey,
  hint,
  required = false,
}: EditableDateProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const readOnly = useReadOnly();
  const parse = useCallback(
    (text: string): Parsed<string | null> => {
      // A half-typed date reads as '' from the input; it must not silently clear the date.
      if (inputRef.current?.validity.badInput) {
        return { ok: false, message: t('editor.fields.invalidDate') };
      }
      if (text === '' && required) return { ok: false, message: t('editor.fields.required') };
      return { ok: true, value: text === '' ? null : text };
    },
    [t, required],
  );
  const draft = useDraft({ value, format, parse, onCommit, errorKey, label });
  const issue = useFieldIssue(errorKey);
  const error = draft.localError ?? issue;
  const ids = useFieldIds(Boolean(hint), Boolean(error));

  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} required={required}>
      <input
        ref={inputRef}
        id={ids.input}
        type="date"
        className="form-input field-date"
        value={draft.text}
        readOnly={readOnly}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...{
          [UNCOMMITTED_ATTRIBUTE]: draft.held ? 'true' : 'false',
          [FIELD_KEY_ATTRIBUTE]: errorKey,
          [DRAFT_ATTRIBUTE]: draft.holdId,
        }}
        onChange={(e) => draft.change(e.target.value)}
        onInput={(e) => {
          // Chromium reports a half-typed date only through validity; mark it as edited.
          if (e.currentTarget.validity.badInput) draft.change('');
        }}
        onBlur={() => void draft.commit()}
        onKeyDown={draftKeys(draft)}
      />
    </FieldShell>
  );
}
