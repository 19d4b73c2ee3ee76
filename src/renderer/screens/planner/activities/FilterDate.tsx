import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/fields/DateInput';
import { readDateText } from '../../../components/fields/date-text';
import { useFormat } from '../../../i18n/use-format';

/**
 * One end of the activity filter's period. The list narrows when the date is complete (on
 * leaving the field, Enter or a pick in the calendar), not at every key while it is half typed.
 */
export function FilterDate({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = (iso: string | null) => (iso ? format.date(iso) : '');
  const [text, setText] = useState(() => shown(value));
  const [error, setError] = useState<string | null>(null);
  // The filter may be reset from outside (the reset button); the field follows it.
  const [applied, setApplied] = useState(value);
  if (applied !== value) {
    setApplied(value);
    setText(shown(value));
    setError(null);
  }

  const apply = () => {
    const read = readDateText(text, t);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setError(null);
    if (read.value === value) setText(shown(value));
    else onChange(read.value);
  };

  return (
    <div className={error ? 'form-group filter-field form-error' : 'form-group filter-field'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span id={`${id}-error`} className="form-error-message" role="alert">
          {error}
        </span>
      )}
      <DateInput
        id={id}
        label={label}
        text={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onText={setText}
        onPick={(iso) => {
          setError(null);
          onChange(iso);
        }}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          }
        }}
      />
    </div>
  );
}
