import { useCallback } from 'react';
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

export interface EditableTextProps {
  label: string;
  value: string;
  onCommit: (value: string) => void | Promise<unknown>;
  multiline?: boolean;
  errorKey?: string;
  hint?: string;
  required?: boolean;
  /** Shown in the control's place for a field too small for its own label, e.g. in a list row. */
  className?: string;
}

const identity = (text: string) => text;

export function EditableText({
  label,
  value,
  onCommit,
  multiline = false,
  errorKey,
  hint,
  required = false,
  className,
}: EditableTextProps) {
  const { t } = useTranslation();
  const parse = useCallback(
    (text: string): Parsed<string> =>
      required && text.trim() === ''
        ? { ok: false, message: t('editor.fields.required') }
        : { ok: true, value: text },
    [required, t],
  );
  const draft = useDraft({ value, format: identity, parse, onCommit, errorKey, label });
  const issue = useFieldIssue(errorKey);
  const error = draft.localError ?? issue;
  const fullHint = multiline
    ? [hint, t('editor.fields.multilineHint')].filter(Boolean).join(' ')
    : hint;
  const ids = useFieldIds(Boolean(fullHint), Boolean(error));
  const readOnly = useReadOnly();

  const common = {
    id: ids.input,
    value: draft.text,
    readOnly,
    'aria-describedby': ids.describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    [UNCOMMITTED_ATTRIBUTE]: draft.held ? 'true' : 'false',
    [FIELD_KEY_ATTRIBUTE]: errorKey,
    [DRAFT_ATTRIBUTE]: draft.holdId,
    onBlur: () => void draft.commit(),
    onKeyDown: draftKeys(draft, multiline),
  };

  return (
    <FieldShell
      ids={ids}
      label={label}
      hint={fullHint}
      error={error}
      required={required}
      className={className}
    >
      {multiline ? (
        <textarea
          {...common}
          className="form-input field-textarea"
          rows={3}
          onChange={(e) => draft.change(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          className="form-input"
          onChange={(e) => draft.change(e.target.value)}
        />
      )}
    </FieldShell>
  );
}
