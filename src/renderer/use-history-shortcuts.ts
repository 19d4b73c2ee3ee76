import { useEffect } from 'react';
import { historyCommandOf, runHistoryCommand } from './history-shortcuts';
import { useAppStore } from './store';

/** The plan's undo and redo on the keyboard, wherever focus is in the window. */
export function useHistoryShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = historyCommandOf(event);
      if (!command || event.defaultPrevented) return;
      if (runHistoryCommand(command, useAppStore.getState())) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
