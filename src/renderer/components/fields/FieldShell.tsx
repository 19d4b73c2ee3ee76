import { useId, type ReactNode } from 'react';

export interface FieldIds {
  input: string;
  hint: string;
  error: string;
  /** What `aria-describedby` should name: the hint, and the error while there is one. */
  describedBy: string | undefined;
}

/** The ids a field's label, hint and error use, so each field wires them the same way. */
export function useFieldIds(hasHint: boolean, hasError: boolean, extra?: string): FieldIds {
  const base = useId();
  const ids = { input: `${base}-input`, hint: `${base}-hint`, error: `${base}-error` };
  const describedBy = [hasError ? ids.error : null, hasHint ? ids.hint : null, extra ?? null]
    .filter((part): part is string => part !== null)
    .join(' ');
  return { ...ids, describedBy: describedBy || undefined };
}

/** dkfds's form group: label, hint and error above the control, in that order. */
export function FieldShell({
  ids,
  label,
  hint,
  error,
  required,
  className,
  warning,
  children,
}: {
  ids: FieldIds;
  label: string;
  hint?: string | undefined;
  error: string | null;
  /** Something to look at again that is still saved, e.g. a target below today's level. */
  warning?: { id: string; text: string } | null | undefined;
  required?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
}) {
  const classes = ['form-group', 'field', error ? 'form-error' : null, className ?? null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <label className="form-label" htmlFor={ids.input}>
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {hint && (
        <span id={ids.hint} className="form-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={ids.error} className="form-error-message" role="alert">
          {error}
        </span>
      )}
      {!error && warning && (
        <span id={warning.id} className="field-warning">
          {warning.text}
        </span>
      )}
      {children}
    </div>
  );
}
