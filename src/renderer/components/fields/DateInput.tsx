import { useEffect, useRef, useState, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDate } from '../../../shared/dates/parse-date';
import { Icon } from '../Icon';
import { DatePicker } from './DatePicker';
import { todayIso } from './date-text';
import './date-input.css';

export type DateInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'onChange' | 'ref'
> & {
  id: string;
  /** The field's label, which names the calendar button and the calendar. */
  label: string;
  text: string;
  onText: (text: string) => void;
  /** A date chosen in the calendar, as an ISO date. */
  onPick: (iso: string) => void;
  inputRef?: Ref<HTMLInputElement> | undefined;
};

/**
 * The one date input: a text field that reads "31.12.2027", "31/12/27", ISO and the way dates
 * are shown, beside a calendar button. It is a plain text field on purpose: the browser's date
 * input shows and reads dates in the machine's locale, not the plan's.
 */
export function DateInput({
  id,
  label,
  text,
  onText,
  onPick,
  inputRef,
  className,
  readOnly,
  ...rest
}: DateInputProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const parsed = parseDate(text);

  // A click elsewhere closes the calendar, as a menu closes; focus stays where it was put.
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!frame.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div ref={frame} className="date-input">
      <input
        {...rest}
        ref={inputRef}
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        className={['form-input', 'field-date', className].filter(Boolean).join(' ')}
        value={text}
        readOnly={readOnly}
        onChange={(e) => onText(e.target.value)}
      />
      {!readOnly && (
        <button
          ref={button}
          type="button"
          className="date-input-button"
          // The name leaves out the field's label, so the label names the input alone; the
          // title says which field the calendar is for.
          aria-label={t('editor.datePicker.openShort')}
          title={t('editor.datePicker.open', { label })}
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <Icon name="calendar" />
        </button>
      )}
      {open && (
        <DatePicker
          label={label}
          selected={parsed.ok ? parsed.iso : null}
          today={todayIso()}
          onPick={(iso) => {
            close();
            onPick(iso);
          }}
          onClose={close}
        />
      )}
    </div>
  );
}
