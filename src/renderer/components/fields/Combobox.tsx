import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ComboboxOption {
  id: string;
  label: string;
}

/**
 * An editable combobox with a filtered list (the WAI-ARIA 1.2 pattern): typing filters, the
 * arrows move through the list, Enter picks, Escape closes and then clears. Picking calls
 * `onPick` and empties the input for the next one, so several can be added in a row.
 */
export function Combobox({
  label,
  options,
  onPick,
  describedBy,
}: {
  label: string;
  options: ComboboxOption[];
  onPick: (option: ComboboxOption) => void;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const base = useId();
  const inputId = `${base}-input`;
  const listId = `${base}-list`;
  const hintId = `${base}-hint`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const filtered = useMemo(() => {
    const needle = text.trim().toLocaleLowerCase();
    return needle === ''
      ? options
      : options.filter((o) => o.label.toLocaleLowerCase().includes(needle));
  }, [options, text]);

  const activeOption = open ? filtered[active] : undefined;
  const optionId = (i: number) => `${base}-option-${i}`;

  const move = (to: number) => {
    setOpen(true);
    const next = filtered.length === 0 ? -1 : (to + filtered.length) % filtered.length;
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
  };

  const pick = (option: ComboboxOption) => {
    onPick(option);
    setText('');
    setActive(-1);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else move(open ? active + 1 : Math.max(active, 0));
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(open ? active - 1 : filtered.length - 1);
        break;
      case 'Enter':
        if (activeOption) {
          event.preventDefault();
          pick(activeOption);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (text !== '') {
          event.preventDefault();
          event.stopPropagation();
          setText('');
        }
        break;
    }
  };

  return (
    <div className="combobox">
      <label className="form-label combobox-label" htmlFor={inputId}>
        {label}
      </label>
      <span id={hintId} className="sr-only">
        {t('editor.fields.comboboxHint')}
      </span>
      <input
        id={inputId}
        type="text"
        role="combobox"
        className="form-input combobox-input"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(active) : undefined}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(e.target.value.trim() === '' ? -1 : 0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((was) => !was)}
      />
      {/* A listbox must hold options, so "nothing to choose" is said beside it instead. */}
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        className="combobox-list no-max-width"
        hidden={!open || filtered.length === 0}
      >
        {filtered.map((option, i) => (
          <li
            key={option.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'combobox-option active' : 'combobox-option'}
            // Keeps focus in the input, so the list does not close before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(option)}
          >
            {option.label}
          </li>
        ))}
      </ul>
      {open && filtered.length === 0 && (
        <p className="combobox-list combobox-empty">{t('editor.fields.noMatches')}</p>
      )}
      <span className="sr-only" aria-live="polite">
        {open
          ? filtered.length === 0
            ? t('editor.fields.noMatches')
            : t('editor.fields.matches', { count: filtered.length })
          : ''}
      </span>
    </div>
  );
}
