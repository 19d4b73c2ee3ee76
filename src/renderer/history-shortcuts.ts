import { UNCOMMITTED_ATTRIBUTE } from './components/fields';
import type { AppState } from './store';

/** The text control typed in since it last got focus, if focus is still there. */
let typedIn: EventTarget | null = null;
/** What the focused text control held when it got focus. */
let valueAtFocus: string | null = null;

/**
 * Follows typing in the window, so a search box or a half-filled form counts as holding text even
 * though it never marks itself: Ctrl+Z there is the text's. Returns the way to stop.
 */
export function trackTyping(target: Window): () => void {
  const onInput = (event: Event) => {
    typedIn = event.target;
  };
  const onFocus = (event: FocusEvent) => {
    if (event.target === typedIn) return;
    typedIn = null;
    valueAtFocus = textOf(event.target);
  };
  target.addEventListener('input', onInput, true);
  target.addEventListener('focusin', onFocus, true);
  return () => {
    target.removeEventListener('input', onInput, true);
    target.removeEventListener('focusin', onFocus, true);
    typedIn = null;
    valueAtFocus = null;
  };
}

function textOf(target: EventTarget | null): string | null {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
    ? target.value
    : null;
}

/**
 * True when the focused field's typing has all been undone: it holds what it held when it got
 * focus. The browser's undo history is the page's, not the field's, so one more Ctrl+Z would
 * reach back into another field's earlier typing and put old text there behind the user's back.
 */
export function typingUndone(): boolean {
  const text = textOf(document.activeElement);
  return text !== null && text === valueAtFocus;
}

function isTextEntry(element: HTMLElement): boolean {
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (!(element instanceof HTMLInputElement) || element.readOnly || element.disabled) return false;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset'].includes(
    element.type,
  );
}

/**
 * True while focus is in a text field holding typing the plan does not have yet: Ctrl+Z there is
 * the browser's own text undo, and the plan's undo would throw the typing away — or, once the
 * typing is undone, reach past it to an earlier plan change the user never meant. A field that
 * saves itself says so with its mark; any other text control counts once typed in.
 */
export function typingUncommitted(): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return false;
  const mark = active.getAttribute(UNCOMMITTED_ATTRIBUTE);
  if (mark !== null) return mark !== 'false';
  return typedIn === active && isTextEntry(active);
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
  if (typingUncommitted()) {
    // Past the field's own typing there is nothing more of its to undo; the keys do nothing.
    return command === 'undo' && typingUndone();
  }
  const history = state.snapshot.history;
  if (command === 'undo' ? !history.canUndo : !history.canRedo) return true;
  void (command === 'undo' ? state.undo() : state.redo());
  return true;
}
