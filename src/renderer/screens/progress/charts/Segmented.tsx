/**
 * A small set of mutually exclusive choices as toggle buttons, the pressed one dark and bold so
 * the choice reads without colour. Buttons rather than radio inputs: each choice acts at once.
 */
export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      <span className="segmented-label" aria-hidden="true">
        {label}
      </span>
      <span className="segmented-options">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className={o.value === value ? 'segmented-option active' : 'segmented-option'}
            aria-pressed={o.value === value}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </span>
    </div>
  );
}
