import { useEffect, useRef, type RefObject } from 'react';

export interface ModalDialog {
  /** Call before closing when focus is going somewhere better, e.g. to the entry just added. */
  keepFocusOnClose: () => void;
}

/**
 * Opens a <dialog> as a modal on mount and closes it on unmount. Focus goes to `initialRef`, and
 * back to where it came from on close unless the caller said otherwise.
 */
export function useModalDialog(
  dialogRef: RefObject<HTMLDialogElement | null>,
  initialRef: RefObject<HTMLElement | null>,
): ModalDialog {
  const returnTo = useRef<HTMLElement | null>(null);
  const keepFocus = useRef(false);
  useEffect(() => {
    // Meant to be read as it is when the dialog closes, not as it was when it opened.
    const keepFocusAtClose = keepFocus;
    const dialog = dialogRef.current;
    if (returnTo.current === null && document.activeElement instanceof HTMLElement) {
      returnTo.current = document.activeElement;
    }
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    initialRef.current?.focus();
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
      const target = returnTo.current;
      if (!keepFocusAtClose.current && target?.isConnected) target.focus();
    };
  }, [dialogRef, initialRef]);
  return {
    keepFocusOnClose: () => {
      keepFocus.current = true;
    },
  };
}
