import type { HistoryStep } from '../../../shared/model/history-step';
import { FIELD_KEY_ATTRIBUTE } from '../fields';

/**
 * After an undo or redo, focus goes back to where the change was made: the field the step
 * changed, else the first field of its row, when either is on the screen. Returns whether it
 * found one, so the caller can put focus somewhere sensible otherwise.
 */
export function focusStep(step: HistoryStep): boolean {
  if (step.entity === null || step.id === null) return false;
  const row = `${step.entity}:${step.id}:`;
  const fields = [...document.querySelectorAll<HTMLElement>(`[${FIELD_KEY_ATTRIBUTE}]`)].filter(
    (el) => !el.closest('[hidden], [inert]'),
  );
  const keyOf = (el: HTMLElement) => el.getAttribute(FIELD_KEY_ATTRIBUTE) ?? '';
  const target =
    (step.field ? fields.find((el) => keyOf(el) === row + step.field) : undefined) ??
    fields.find((el) => keyOf(el).startsWith(row));
  if (!target) return false;
  // Into the middle of the window, clear of the message about the undo at the bottom.
  target.focus({ preventScroll: true });
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
  return document.activeElement === target;
}
