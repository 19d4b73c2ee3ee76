import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  catalogEntries,
  searchCatalog,
  type CatalogKey,
  type CatalogKind,
} from '../../../shared/catalog';
import { useAppStore } from '../../store';
import { ErrorAlert } from '../ErrorAlert';
import { trapTab } from '../focus-trap';
import { Icon } from '../Icon';
import { catalogValues, keysInPlan } from './catalog-values';
import { CatalogEntryItem } from './CatalogEntryItem';
import { CustomEntryForm } from './CustomEntryForm';
import { useModalDialog } from './use-modal-dialog';
import './catalog.css';

/**
 * Adding a driver, competence or method starts from the catalogue, so the committee does not face
 * an empty form; its own entry is always possible below the list. Closes with the new entity's id,
 * or null when nothing was added.
 */
export function CatalogPicker({
  kind,
  onClose,
}: {
  kind: CatalogKind;
  onClose: (addedId: string | null) => void;
}) {
  const { t } = useTranslation();
  const doc = useAppStore((s) => s.snapshot?.document);
  const language = useAppStore((s) => s.language);
  const createEntity = useAppStore((s) => s.createEntity);
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const modal = useModalDialog(dialogRef, searchRef);

  const inPlan = useMemo(() => (doc ? keysInPlan(doc, kind) : new Set<string>()), [doc, kind]);
  const results = useMemo(() => searchCatalog(kind, query), [kind, query]);
  const total = catalogEntries(kind).length;

  async function add(values: { catalogKey: string | null; title: string; description: string }) {
    // One press is enough; a second while the first is under way would add the entry twice.
    if (adding || !doc) return;
    setAdding(true);
    const newId = await createEntity({ entity: kind, values });
    setAdding(false);
    if (newId === null) return;
    modal.keepFocusOnClose();
    onClose(newId);
  }

  const adopt = (key: CatalogKey) =>
    add(catalogValues(kind, key as CatalogKey<typeof kind>, doc?.plan.language ?? language));

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(null);
      return;
    }
    trapTab(event);
  };

  return (
    <dialog
      ref={dialogRef}
      className="catalog-picker"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose(null);
      }}
    >
      <div className="catalog-picker-head">
        <div className="catalog-picker-heading">
          <h2 id={`${id}-title`} className="catalog-picker-title">
            {t(`matching.picker.title.${kind}`)}
          </h2>
          <button
            type="button"
            className="button button-tertiary catalog-picker-close"
            onClick={() => onClose(null)}
          >
            <Icon name="close" />
            {t('matching.picker.close')}
          </button>
        </div>
        <p id={`${id}-intro`} className="catalog-picker-intro">
          {t(`matching.picker.intro.${kind}`)}
        </p>
        <div className="form-group catalog-search">
          <label className="form-label" htmlFor={`${id}-search`}>
            {t('matching.picker.searchLabel')}
          </label>
          <span className="form-hint" id={`${id}-search-hint`}>
            {t('matching.picker.searchHint')}
          </span>
          <input
            ref={searchRef}
            id={`${id}-search`}
            className="form-input"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={`${id}-search-hint`}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <p role="status" className="catalog-count">
          {query.trim() === ''
            ? t('matching.picker.countAll', { count: total })
            : t('matching.picker.countFound', { count: results.length, total })}
        </p>
      </div>
      <ErrorAlert />
      {results.length === 0 ? (
        <p className="catalog-none">{t(`matching.picker.noResults.${kind}`, { query })}</p>
      ) : (
        <ul className="catalog-list no-max-width">
          {results.map((entry) => (
            <CatalogEntryItem
              key={entry.key}
              entry={entry}
              inPlan={inPlan.has(entry.key)}
              disabled={adding}
              onAdopt={() => void adopt(entry.key)}
            />
          ))}
        </ul>
      )}
      <CustomEntryForm
        kind={kind}
        suggestedTitle={results.length === 0 ? query.trim() : ''}
        onSubmit={(title) => void add({ catalogKey: null, title, description: '' })}
      />
    </dialog>
  );
}
