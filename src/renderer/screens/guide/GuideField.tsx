import type { Ref } from 'react';
import { FieldShell, useFieldIds } from '../../components/fields/FieldShell';
import { UNCOMMITTED_ATTRIBUTE } from '../../components/fields';

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
  return (
    <FieldShell
      ids={ids}
      label={label}
      hint={hint}
      error={error ?? null}
      required={required}
      className={className}
    >
      <input
        ref={inputRef}
        id={ids.input}
        type={type}
        className={type === 'date' ? 'form-input field-date' : 'form-input'}
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        data-focus-key={focusKey}
        {...{ [UNCOMMITTED_ATTRIBUTE]: true }}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
