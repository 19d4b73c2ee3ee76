import { UNCOMMITTED_ATTRIBUTE } from './components/fields';
import type { AppState } from './store';

/**
 * True while focus is in a text field holding text the plan does not have yet: Ctrl+Z there is
 * the browser's own text undo, and the plan's undo would throw the typing away.
 */
export function typingUncommitted(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.hasAttribute(UNCOMMITTED_ATTRIBUTE);
}

/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on a Mac) as the plan's undo and redo. */
export function historyCommandOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * Runs the plan's undo or redo unless the keys belong to something else: a text field being
 * typed in, or a dialog on top. Returns whether the plan's history was used.
 */
export function runHistoryCommand(command: 'undo' | 'redo', state: AppState): boolean {
  if (
    !state.snapshot ||
    state.prompt ||
    document.querySelector('dialog[open], [aria-modal="true"]')
  ) {
    return false;
  }
  if (typingUncommitted()) return false;
  const history = state.snapshot.history;
  if (command === 'undo' ? !history.canUndo : !history.canRedo) return true;
  void (command === 'undo' ? state.undo() : state.redo());
  return true;
}
