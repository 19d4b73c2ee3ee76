import { useEffect } from 'react';
import { historyCommandOf, runHistoryCommand, trackTyping } from './history-shortcuts';
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
    const stopTracking = trackTyping(window);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopTracking();
    };
  }, []);
}
