import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogKind } from '../../../shared/catalog';
import { fieldKey, useAppStore } from '../../store';

/** The committee's own driver, competence or method: only a title is needed to start. */
export function CustomEntryForm({
  kind,
  suggestedTitle,
  onSubmit,
}: {
  kind: CatalogKind;
  /** What was searched for when the catalogue had nothing: likely the title they want. */
  suggestedTitle: string;
  onSubmit: (title: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const refused = useAppStore((s) => s.fieldErrors[fieldKey(kind, 'new', 'title')]);
  // Follows the search until the user types here themselves.
  const [own, setOwn] = useState<string | null>(null);
  const title = own ?? suggestedTitle;
  const [missing, setMissing] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (title.trim() === '') {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    setMissing(false);
    onSubmit(title.trim());
  };

  const message = missing ? t('matching.picker.customRequired') : refused?.message[language];
  const errorId = `${id}-error`;
  return (
    <form className="catalog-custom" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="catalog-custom-heading">
        {t(`matching.picker.customHeading.${kind}`)}
      </h3>
      <div className={message ? 'form-group form-error' : 'form-group'}>
        <label className="form-label" htmlFor={`${id}-title`}>
          {t(`matching.picker.customLabel.${kind}`)}
        </label>
        {message && (
          <span className="form-error-message" id={errorId}>
            {message}
          </span>
        )}
        <input
          ref={inputRef}
          id={`${id}-title`}
          className="form-input"
          type="text"
          value={title}
          maxLength={300}
          onChange={(event) => setOwn(event.target.value)}
          aria-describedby={message ? errorId : undefined}
          aria-invalid={message ? true : undefined}
          required
        />
      </div>
      <div className="catalog-custom-actions">
        <button type="submit" className="button button-secondary">
          {t(`matching.picker.customSubmit.${kind}`)}
        </button>
      </div>
    </form>
  );
}
