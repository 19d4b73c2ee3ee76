import { useEffect } from 'react';
import type { ShellEventSource } from './api';
import { useAppStore } from './store';
import { runShellEvent } from './store/shell-commands';

export function useShellEvents(source: ShellEventSource): void {
  useEffect(() => source((event) => void runShellEvent(event, useAppStore.getState())), [source]);
}
