import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell, useFieldIds } from '../../../components/fields/FieldShell';
import { UNCOMMITTED_ATTRIBUTE } from '../../../components/fields';

/**
 * A driver in the workplace's own words, for what the catalogue does not cover. Enter adds it
 * here instead of moving the guide on, since that is what the secretary is in the middle of.
 */
export function CustomDriverForm({ onAdd }: { onAdd: (title: string) => string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = useFieldIds(true, error !== null);

  const add = () => {
    if (title.trim() === '') {
      setError(t('guide.drivers.customRequired'));
      return;
    }
    const refused = onAdd(title.trim());
    setError(refused);
    if (refused === null) setTitle('');
  };

  return (
    <section className="guide-custom" aria-labelledby={headingId}>
      <h3 id={headingId} className="guide-subheading">
        {t('guide.drivers.customHeading')}
      </h3>
      <div className="guide-inline-form">
        <FieldShell
          ids={ids}
          label={t('guide.drivers.customLabel')}
          hint={t('guide.drivers.customHint')}
          error={error}
        >
          <input
            id={ids.input}
            type="text"
            className="form-input"
            value={title}
            autoComplete="off"
            aria-describedby={ids.describedBy}
            aria-invalid={error ? true : undefined}
            {...{ [UNCOMMITTED_ATTRIBUTE]: true }}
            onChange={(event) => {
              setTitle(event.target.value);
              setError(null);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add();
            }}
          />
        </FieldShell>
        <button type="button" className="button button-secondary" onClick={add}>
          {t('guide.drivers.customAdd')}
        </button>
      </div>
    </section>
  );
}
