import type { Ref } from 'react';
import { FieldShell, useFieldIds } from '../../components/fields/FieldShell';
import { UNCOMMITTED_ATTRIBUTE } from '../../components/fields';
import { DateInput } from '../../components/fields/DateInput';
import { useFormat } from '../../i18n/use-format';

/**
 * A plain field of the guide's forms. Unlike the plan's own fields it does not save on blur: the
 * step saves when the secretary moves on. Until then its text is the browser's, so Ctrl+Z inside
 * it undoes typing, not the plan.
 */
export function GuideField({
  label,
  value,
  onChange,
  type = 'text',
  hint,
  error,
  required = false,
  className,
  inputRef,
  inputMode,
  autoComplete = 'off',
  focusKey,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  hint?: string | undefined;
  error?: string | null | undefined;
  required?: boolean;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  /** Lets the step move focus here after adding or removing a row. */
  focusKey?: string;
}) {
  const ids = useFieldIds(Boolean(hint), Boolean(error));
  const format = useFormat();
  const common = {
    id: ids.input,
    'aria-describedby': ids.describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    'data-focus-key': focusKey,
    [UNCOMMITTED_ATTRIBUTE]: true,
  };
  return (
    <FieldShell
      ids={ids}
      label={label}
      hint={hint}
      error={error ?? null}
      required={required}
      className={className}
    >
      {type === 'date' ? (
        <DateInput
          {...common}
          inputRef={inputRef}
          label={label}
          text={value}
          onText={onChange}
          onPick={(iso) => onChange(format.date(iso))}
        />
      ) : (
        <input
          {...common}
          ref={inputRef}
          type="text"
          className="form-input"
          value={value}
          inputMode={inputMode}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
