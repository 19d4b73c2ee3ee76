import { useCallback, useState } from 'react';
import type { WorkshopFormatId } from '../../../shared/workshop/formats';
import { useAppStore } from '../../store';

/** The id of »Workshop« in the plan's header, where focus returns when the workshop ends. */
export const WORKSHOP_BUTTON_ID = 'workshop-open';

export interface WorkshopMode {
  /** The workshop running on the screen, or null for the ordinary editor. */
  format: WorkshopFormatId | null;
  start: (format: WorkshopFormatId) => void;
  end: () => void;
}

/**
 * Whether the plan is shown as a workshop. The editor stays mounted underneath, so ending the
 * workshop finds the screen, its scroll and its open entries as they were.
 */
export function useWorkshopMode(): WorkshopMode {
  const [format, setFormat] = useState<WorkshopFormatId | null>(null);
  const leave = useAppStore((s) => s.leave);
  // A refused value in a field would be lost behind the workshop, so starting asks first.
  const start = useCallback((id: WorkshopFormatId) => leave(() => setFormat(id)), [leave]);
  const end = useCallback(() => {
    setFormat(null);
    // After the workshop's dialog has closed and the header is reachable again.
    requestAnimationFrame(() => document.getElementById(WORKSHOP_BUTTON_ID)?.focus());
  }, []);
  return { format, start, end };
}
