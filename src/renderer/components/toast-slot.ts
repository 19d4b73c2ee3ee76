/**
 * The empty middle of the app header, where a passing message such as the undo offer appears:
 * the header stays in view, and nothing there can be covered.
 */
export const TOAST_SLOT_ID = 'app-toast-slot';

export const toastSlot = (): HTMLElement | null => document.getElementById(TOAST_SLOT_ID);
