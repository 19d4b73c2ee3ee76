import { useId, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../../components/fields/use-read-only';
import './planner.css';

/**
 * "Add one more" under a list: a name and a button (Enter works too). The name stays required
 * here, as in the core, so an empty row is never created; after adding, the field is emptied and
 * keeps focus for the next one.
 */
export function AddForm({
  heading,
  nameLabel,
  submitLabel,
  inputRef,
  onAdd,
  children,
  compact = false,
}: {
  heading: string;
  /** One line without a heading (the button says what it adds), for a toolbar. */
  compact?: boolean;
  nameLabel: string;
  submitLabel: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  onAdd: (name: string) => Promise<boolean>;
  /** More fields for the new row, e.g. a member's role. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const readOnly = useReadOnly();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (readOnly) return null;

  const submit = async () => {
    if (name.trim() === '') {
      setError(t('editor.fields.required'));
      return;
    }
    if (await onAdd(name.trim())) {
      setName('');
      setError(null);
    }
  };

  return (
    <form
      className={compact ? 'add-form add-form-compact' : 'add-form'}
      aria-labelledby={compact ? undefined : `${id}-heading`}
      aria-label={compact ? heading : undefined}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {!compact && (
        <h3 id={`${id}-heading`} className="add-form-heading">
          {heading}
        </h3>
      )}
      <div className="add-form-fields">
        <div className={error ? 'form-group form-error' : 'form-group'}>
          <label className="form-label" htmlFor={`${id}-name`}>
            {nameLabel}
          </label>
          {error && (
            <span id={`${id}-error`} className="form-error-message" role="alert">
              {error}
            </span>
          )}
          <input
            ref={inputRef}
            id={`${id}-name`}
            type="text"
            className="form-input"
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            data-uncommitted={name !== '' || undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
        </div>
        {children}
        <button type="submit" className="button button-secondary add-form-submit">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
