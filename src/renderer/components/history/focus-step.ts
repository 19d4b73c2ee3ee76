import type { HistoryStep } from '../../../shared/model/history-step';
import type { LinkKind } from '../../../shared/model/enums';
import { FIELD_KEY_ATTRIBUTE } from '../fields';

/** Marks the control that links or unlinks a pair (a matrix cell), so focus can return to it. */
export const LINK_KEY_ATTRIBUTE = 'data-link-key';

export const linkKey = (kind: LinkKind, fromId: string, toId: string): string =>
  `${kind}:${fromId}:${toId}`;

/**
 * After an undo or redo, focus goes back to where the change was made: the field the step
 * changed, the control that made a link, else the first field of its row, when any of them is on
 * the screen. Returns whether it found one, so the caller can put focus somewhere sensible
 * otherwise.
 */
export function focusStep(step: HistoryStep): boolean {
  if (step.entity === null || step.id === null) return false;
  if (step.link) {
    const key = linkKey(step.link.kind, step.id, step.link.toId);
    const toggle = [...document.querySelectorAll<HTMLElement>(`[${LINK_KEY_ATTRIBUTE}]`)].find(
      (el) => el.getAttribute(LINK_KEY_ATTRIBUTE) === key && !el.closest('[hidden], [inert]'),
    );
    if (toggle) return focusOn(toggle);
  }
  const row = `${step.entity}:${step.id}:`;
  const fields = [...document.querySelectorAll<HTMLElement>(`[${FIELD_KEY_ATTRIBUTE}]`)].filter(
    (el) => !el.closest('[hidden], [inert]'),
  );
  const keyOf = (el: HTMLElement) => el.getAttribute(FIELD_KEY_ATTRIBUTE) ?? '';
  const target =
    (step.field ? fields.find((el) => keyOf(el) === row + step.field) : undefined) ??
    fields.find((el) => keyOf(el).startsWith(row));
  return target ? focusOn(target) : false;
}

function focusOn(target: HTMLElement): boolean {
  // Into the middle of the window, clear of the message about the undo at the bottom.
  target.focus({ preventScroll: true });
  if (typeof target.scrollIntoView === 'function')
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
  return document.activeElement === target;
}
