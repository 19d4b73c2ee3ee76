/** One path input as the app's path dialog draws it: label, hint, and `missingText` when it is empty. */
export function PathField({
  id,
  inputRef,
  label,
  hint,
  value,
  onChange,
  missing,
  missingText,
}: {
  id: string;
  inputRef?: (element: HTMLInputElement | null) => void;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  missing: boolean;
  missingText: string;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={missing ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <span className="form-hint" id={hintId}>
        {hint}
      </span>
      {missing && (
        <span className="form-error-message" id={errorId}>
          {missingText}
        </span>
      )}
      <input
        ref={inputRef}
        id={id}
        className="form-input path-input"
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={missing ? `${errorId} ${hintId}` : hintId}
        aria-invalid={missing}
        autoComplete="off"
        spellCheck={false}
        required
      />
    </div>
  );
}
