import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckMark } from '../../../components/catalog/CheckMark';
import { STRENGTH_KEYS, STRENGTH_SYMBOLS } from '../../../components/catalog/strength';
import { LINK_KEY_ATTRIBUTE } from '../../../components/history/focus-step';
import type { MatrixCell } from './matrix-model';

/**
 * One pairing as a toggle button. Its name is the suggestion's strength; whether the plan uses the
 * pair is its pressed state, shown to the eye as a tick and a frame, not by colour alone.
 */
export function MatrixCellButton({
  cell,
  linkKey,
  tabIndex,
  buttonRef,
  disabled,
  onKeyDown,
  onFocus,
  onToggle,
}: {
  cell: MatrixCell;
  /** The pair's link, once the method is the plan's own: where focus returns after an undo. */
  linkKey: string | null;
  tabIndex: number;
  buttonRef: (element: HTMLButtonElement | null) => void;
  disabled: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const strengthClass = cell.strength === null ? 'strength-none' : `strength-${cell.strength}`;
  return (
    <button
      ref={buttonRef}
      type="button"
      className={`matrix-toggle ${strengthClass}${cell.used ? ' matrix-used' : ''}`}
      aria-pressed={cell.used}
      // Kept focusable while an edit runs, so the arrow keys do not lose their place.
      aria-disabled={disabled || undefined}
      tabIndex={tabIndex}
      {...(linkKey !== null && { [LINK_KEY_ATTRIBUTE]: linkKey })}
      onFocus={onFocus}
      onKeyDown={(event) => {
        // Handled here rather than left to the button's own activation, so a held key or a
        // browser that fires both keydown and click can never toggle the pair twice.
        if (event.key === ' ' || event.key === 'Enter') {
          event.preventDefault();
          if (!disabled && !event.repeat) onToggle();
          return;
        }
        onKeyDown(event);
      }}
      onClick={() => {
        if (!disabled) onToggle();
      }}
    >
      {cell.strength === null ? (
        <span className="matrix-strength">
          <span aria-hidden="true">–</span>
          <span className="sr-only">{t('matching.matrix.noSuggestion')}</span>
        </span>
      ) : (
        <span className="matrix-strength">
          <span aria-hidden="true" className="strength-symbol">
            {STRENGTH_SYMBOLS[cell.strength]}
          </span>{' '}
          <span className="matrix-strength-label">{t(STRENGTH_KEYS[cell.strength])}</span>
        </span>
      )}
      {cell.used && (
        <span aria-hidden="true" className="matrix-use">
          <CheckMark />
          {t('matching.inUse')}
        </span>
      )}
    </button>
  );
}
