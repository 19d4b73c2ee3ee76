import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { DateInput } from './DateInput';
import { readDateText } from './date-text';
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

/**
 * A plan date, shown as the interface writes dates ("31. dec. 2027") and read as the user types
 * it ("31.12.2027", "31/12/27", ISO), or chosen in the calendar; saved as an ISO date.
 */
export function EditableDate({
  label,
  value,
  onCommit,
  errorKey,
  hint,
  required = false,
}: EditableDateProps) {
  const { t } = useTranslation();
  const dates = useFormat();
  const readOnly = useReadOnly();
  const format = useCallback((iso: string | null) => (iso ? dates.date(iso) : ''), [dates]);
  const parse = useCallback(
    (text: string): Parsed<string | null> => {
      const read = readDateText(text, t);
      if (read.ok && read.value === null && required) {
        return { ok: false, message: t('editor.fields.required') };
      }
      return read;
    },
    [t, required],
  );
  const draft = useDraft({ value, format, parse, onCommit, errorKey, label });
  const issue = useFieldIssue(errorKey);
  const error = draft.localError ?? issue;
  const ids = useFieldIds(Boolean(hint), Boolean(error));

  // A date chosen in the calendar is committed once the draft holds it, as Enter would.
  const [picks, setPicks] = useState(0);
  const { commit } = draft;
  useEffect(() => {
    if (picks > 0) void commit();
    // Only a new pick commits; a changed draft alone waits for blur or Enter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picks]);

  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} required={required}>
      <DateInput
        id={ids.input}
        label={label}
        text={draft.text}
        onText={draft.change}
        onPick={(iso) => {
          draft.change(format(iso));
          setPicks((n) => n + 1);
        }}
        readOnly={readOnly}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...{
          [UNCOMMITTED_ATTRIBUTE]: draft.held ? 'true' : 'false',
          [FIELD_KEY_ATTRIBUTE]: errorKey,
          [DRAFT_ATTRIBUTE]: draft.holdId,
        }}
        onBlur={() => void draft.commit()}
        onKeyDown={draftKeys(draft)}
      />
    </FieldShell>
  );
}
