import type { OmstilBridge } from '../../shared/api';

declare global {
  interface Window {
    /** Present only under Electron, where the preload exposes the contract. */
    omstil?: OmstilBridge;
  }
}

/** The preload bridge when the page runs inside the desktop shell, otherwise null. */
export function findBridge(): OmstilBridge | null {
  return typeof window !== 'undefined' && window.omstil ? window.omstil : null;
}
