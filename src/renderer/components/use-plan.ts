import type { WindowDocument } from '../../shared/model/document';
import { useAppStore } from '../store';

/** The open plan's document, for the screens that show it (only while a plan is open). */
export function usePlanDocument(): WindowDocument | null {
  return useAppStore((s) => s.snapshot?.document ?? null);
}

/** A plan opened read-only (newer format, someone else's lock) offers no edits. */
export function usePlanReadOnly(): boolean {
  return useAppStore((s) => s.snapshot?.file.readOnly ?? true);
}
