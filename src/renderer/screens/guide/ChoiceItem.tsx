import { useId, type ReactNode } from 'react';

/**
 * One tickable suggestion: dkfds's checkbox with the title as its label and the details (what it
 * is, why it is suggested) read as its description. `aside` holds controls that belong to the
 * choice, e.g. a priority, shown beside it while it is ticked.
 */
export function ChoiceItem({
  title,
  checked,
  disabled = false,
  onChange,
  details,
  aside,
  inputRef,
}: {
  title: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  details?: ReactNode;
  aside?: ReactNode;
  inputRef?: (element: HTMLInputElement | null) => void;
}) {
  const id = useId();
  return (
    <li className={checked ? 'guide-choice guide-choice-checked' : 'guide-choice'}>
      <div className="form-group-checkbox guide-choice-main">
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="form-checkbox"
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={details ? `${id}-details` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={`${id}-input`} className="guide-choice-title">
          {title}
        </label>
        {details && (
          <div id={`${id}-details`} className="form-hint guide-choice-details">
            {details}
          </div>
        )}
      </div>
      {aside && <div className="guide-choice-aside">{aside}</div>}
    </li>
  );
}
