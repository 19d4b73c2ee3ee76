import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarMonth, moveInCalendar } from '../../../shared/dates/calendar';
import { yearMonthOf } from '../../../shared/progress/dates';
import { DEFAULT_LANGUAGE, isLanguage } from '../../i18n/languages';
import { useFormat } from '../../i18n/use-format';
import { Icon } from '../Icon';
import { calendarNames } from './calendar-names';

/**
 * A month of days to choose from, opened by a date field's calendar button. Keys as in the WAI
 * date picker dialog: arrows move a day or a week, Home/End to the week's ends, Page Up/Down a
 * month (with Shift a year), Enter chooses, Escape closes; focus starts on the field's date (or
 * today) and goes back to the button when the picker closes.
 */
export function DatePicker({
  label,
  selected,
  today,
  onPick,
  onClose,
}: {
  label: string;
  /** The field's date, or null when it has none (or none that reads as a date). */
  selected: string | null;
  today: string;
  onPick: (iso: string) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const names = calendarNames(isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);
  const id = useId();
  const [focused, setFocused] = useState(selected ?? today);
  const grid = useRef<HTMLTableElement>(null);
  const { year, month } = yearMonthOf(focused);
  const shown = calendarMonth(year, month);

  // The focused day follows the keys; the first render puts focus in the grid.
  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused]);

  const onGridKey = (event: KeyboardEvent<HTMLTableElement>) => {
    const next = moveInCalendar(focused, event.key, event.shiftKey);
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
  };

  const moveMonth = (key: 'PageUp' | 'PageDown') => {
    const next = moveInCalendar(focused, key);
    if (next !== null) setFocused(next);
  };

  return (
    <div
      className="date-picker"
      role="dialog"
      aria-modal="false"
      aria-label={t('editor.datePicker.dialog', { label })}
      aria-describedby={`${id}-keys`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="date-picker-head">
        <button
          type="button"
          className="date-picker-step"
          aria-label={t('editor.datePicker.previousMonth')}
          onClick={() => moveMonth('PageUp')}
        >
          <Icon name="previous" />
        </button>
        <p id={`${id}-month`} className="date-picker-month" aria-live="polite">
          {names.monthYear(year, month)}
        </p>
        <button
          type="button"
          className="date-picker-step"
          aria-label={t('editor.datePicker.nextMonth')}
          onClick={() => moveMonth('PageDown')}
        >
          <Icon name="next" />
        </button>
      </div>
      <table
        ref={grid}
        className="date-picker-grid"
        aria-labelledby={`${id}-month`}
        onKeyDown={onGridKey}
      >
        <thead>
          <tr>
            {names.weekdays.map((w) => (
              <th key={w.long} scope="col" abbr={w.long}>
                {w.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const outside = yearMonthOf(day).month !== month;
                const classes = [
                  'date-picker-day',
                  outside ? 'outside' : null,
                  day === selected ? 'selected' : null,
                  day === today ? 'today' : null,
                ]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={day}>
                    <button
                      type="button"
                      className={classes}
                      data-date={day}
                      tabIndex={day === focused ? 0 : -1}
                      aria-label={
                        day === today
                          ? `${format.date(day)}, ${t('editor.datePicker.today')}`
                          : format.date(day)
                      }
                      aria-pressed={day === selected}
                      onClick={() => onPick(day)}
                    >
                      {Number(day.slice(8, 10))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p id={`${id}-keys`} className="date-picker-keys">
        {t('editor.datePicker.keys')}
      </p>
      <button type="button" className="button button-tertiary date-picker-close" onClick={onClose}>
        {t('editor.datePicker.close')}
      </button>
    </div>
  );
}
