import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogKind } from '../../../../shared/catalog';
import { CatalogPicker } from '../../../components/catalog/CatalogPicker';
import { usePlanReadOnly } from '../../../components/use-plan';

/** The "Tilføj …" button of a section, which opens the catalogue first. */
export function AddFromCatalog({
  kind,
  onAdded,
}: {
  kind: CatalogKind;
  onAdded: (id: string) => void;
}) {
  const { t } = useTranslation();
  const readOnly = usePlanReadOnly();
  const [open, setOpen] = useState(false);
  if (readOnly) return null;
  return (
    <div className="section-toolbar">
      <button
        type="button"
        className="button button-primary section-add"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t(`matching.add.${kind}`)}
      </button>
      {open && (
        <CatalogPicker
          kind={kind}
          onClose={(id) => {
            setOpen(false);
            if (id !== null) onAdded(id);
          }}
        />
      )}
    </div>
  );
}
