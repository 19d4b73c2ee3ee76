import { useAppStore } from '../../store';

/** A plan opened read-only (newer format, someone else's lock) shows its fields but takes no edits. */
export function useReadOnly(): boolean {
  return useAppStore((s) => s.snapshot?.file.readOnly ?? false);
}
