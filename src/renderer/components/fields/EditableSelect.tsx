import { useAppStore } from '../../store';
import { useFieldIssue } from './FieldError';
import { FieldShell, useFieldIds } from './FieldShell';
import { useReadOnly } from './use-read-only';
import { FIELD_KEY_ATTRIBUTE } from './use-draft';

export interface EditableSelectProps<T extends string | number> {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onCommit: (value: T) => void | Promise<unknown>;
  errorKey?: string;
  hint?: string;
}

/** A choice is one decision, so it is saved as soon as it is made. */
export function EditableSelect<T extends string | number>({
  label,
  value,
  options,
  onCommit,
  errorKey,
  hint,
}: EditableSelectProps<T>) {
  const issue = useFieldIssue(errorKey);
  const clearFieldError = useAppStore((s) => s.clearFieldError);
  const ids = useFieldIds(Boolean(hint), Boolean(issue));
  const readOnly = useReadOnly();
  const index = options.findIndex((o) => o.value === value);

  return (
    <FieldShell ids={ids} label={label} hint={hint} error={issue}>
      <select
        id={ids.input}
        className="form-select"
        value={String(index)}
        disabled={readOnly}
        aria-describedby={ids.describedBy}
        aria-invalid={issue ? true : undefined}
        {...{ [FIELD_KEY_ATTRIBUTE]: errorKey }}
        onChange={(e) => {
          const chosen = options[Number(e.target.value)];
          if (!chosen || chosen.value === value) return;
          if (errorKey) clearFieldError(errorKey);
          void onCommit(chosen.value);
        }}
      >
        {index < 0 && <option value="-1" disabled />}
        {options.map((option, i) => (
          <option key={String(option.value)} value={String(i)}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
