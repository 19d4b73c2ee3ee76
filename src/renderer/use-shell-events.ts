import { useEffect } from 'react';
import type { ShellEvent } from '../shared/api';
import type { ShellEventSource } from './api';
import { typingUncommitted, typingUndone } from './history-shortcuts';
import { useAppStore } from './store';
import { runShellEvent } from './flows/shell-commands';

/**
 * The menu's Undo and Redo carry the same keys as the window (Ctrl+Z …), and a menu accelerator
 * reaches us before the page does: in a field with uncommitted text they are the field's own.
 */
function fieldHistory(event: ShellEvent): boolean {
  if (event.type !== 'menu' || (event.command !== 'undo' && event.command !== 'redo')) return false;
  if (!typingUncommitted()) return false;
  // Past the field's own typing, the page's undo history would reach into other fields.
  if (event.command === 'undo' && typingUndone()) return true;
  // execCommand is the only way to reach a field's own undo stack from script.
  document.execCommand(event.command);
  return true;
}

export function useShellEvents(source: ShellEventSource): void {
  useEffect(
    () =>
      source((event) => {
        if (fieldHistory(event)) return;
        void runShellEvent(event, useAppStore.getState());
      }),
    [source],
  );
}
