import { useCallback, useEffect, useRef, useState } from 'react';

export interface HelpPanelState {
  open: boolean;
  /** Grows each time the help is asked for, so the panel takes focus again when already open. */
  request: number;
  show: () => void;
  close: () => void;
}

/**
 * The help panel's state, and F1 anywhere in the window to open it. Closing puts focus back
 * where it was when the help was asked for, so the reader goes on where they left off.
 */
export function useHelpPanel(): HelpPanelState {
  const [open, setOpen] = useState(false);
  const [request, setRequest] = useState(0);
  const returnTo = useRef<HTMLElement | null>(null);
  // Kept beside the state for the handlers, which must not see a stale `open`.
  const openRef = useRef(false);

  const show = useCallback(() => {
    if (!openRef.current) {
      const active = document.activeElement;
      returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    openRef.current = true;
    setOpen(true);
    setRequest((n) => n + 1);
  }, []);

  const close = useCallback(() => {
    openRef.current = false;
    setOpen(false);
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected) target.focus();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F1' || event.defaultPrevented) return;
      // A modal dialog owns the keyboard until it is closed.
      if (document.querySelector('dialog[open], [aria-modal="true"]')) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [show]);

  return { open, request, show, close };
}
