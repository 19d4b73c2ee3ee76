import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from './Combobox';
import { useReadOnly } from './use-read-only';

export interface LinkListEditorProps {
  label: string;
  options: { id: string; label: string }[];
  selectedIds: string[];
  onAdd: (id: string) => void | Promise<unknown>;
  onRemove: (id: string) => void | Promise<unknown>;
  emptyText?: string;
  /** The combobox's label; "Tilføj" when not given (the group's legend says to what). */
  addLabel?: string;
}

/**
 * The things an item is linked to (its competences, target groups …): each with a remove button,
 * and a combobox to add one more. After a removal, focus goes to the next remove button (or the
 * combobox), so a keyboard user never falls back to the top of the page.
 */
export function LinkListEditor({
  label,
  options,
  selectedIds,
  onAdd,
  onRemove,
  emptyText,
  addLabel,
}: LinkListEditorProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const readOnly = useReadOnly();
  const groupRef = useRef<HTMLFieldSetElement>(null);
  const labels = useMemo(() => new Map(options.map((o) => [o.id, o.label])), [options]);
  const chosen = selectedIds.map((id) => ({ id, label: labels.get(id) ?? id }));
  const available = options.filter((o) => !selectedIds.includes(o.id));

  const remove = async (id: string, index: number) => {
    const name = labels.get(id) ?? id;
    const result = await onRemove(id);
    if (result === false) return;
    setAnnouncement(t('editor.fields.removed', { name }));
    const buttons = groupRef.current?.querySelectorAll<HTMLButtonElement>('.link-remove');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    (next ?? groupRef.current?.querySelector<HTMLInputElement>('input'))?.focus();
  };

  return (
    <fieldset ref={groupRef} className="link-list">
      <legend className="form-label">{label}</legend>
      {chosen.length === 0 ? (
        <p className="link-list-empty">{emptyText ?? t('editor.fields.chosenEmpty')}</p>
      ) : (
        <ul className="link-list-items no-max-width">
          {chosen.map((item, index) => (
            <li key={item.id} className="link-list-item">
              <span className="link-list-name">{item.label}</span>
              <button
                type="button"
                className="button button-tertiary button-small link-remove"
                aria-label={t('editor.fields.removeItem', { name: item.label })}
                disabled={readOnly}
                onClick={() => void remove(item.id, index)}
              >
                {t('editor.fields.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Kept when everything is chosen, so focus has somewhere to stay after the last pick. */}
      {!readOnly && (
        <Combobox
          label={addLabel ?? t('editor.fields.add')}
          options={available}
          onPick={(option) => {
            void Promise.resolve(onAdd(option.id)).then((result) => {
              if (result !== false)
                setAnnouncement(t('editor.fields.added', { name: option.label }));
            });
          }}
        />
      )}
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
    </fieldset>
  );
}
