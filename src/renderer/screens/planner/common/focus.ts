/** Focusable controls inside an element, in tab order, leaving out disabled ones. */
const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function firstFocusable(root: Element | null | undefined): HTMLElement | null {
  return root?.querySelector<HTMLElement>(FOCUSABLE) ?? null;
}

/**
 * Runs an edit that re-renders the list and puts focus back where it was: moving a row moves its
 * DOM node, which drops focus in Chromium, and a button at the end of a list may now be disabled.
 */
export async function keepFocus(edit: () => Promise<unknown>): Promise<void> {
  const before = document.activeElement;
  await edit();
  if (!(before instanceof HTMLElement) || document.activeElement === before) return;
  if (before.isConnected && !(before as HTMLButtonElement).disabled) {
    before.focus();
    return;
  }
  // "Flyt op" on what is now the first row is disabled: take its neighbour in the same group.
  const group = before.closest('.row-actions');
  firstFocusable(group)?.focus();
}
