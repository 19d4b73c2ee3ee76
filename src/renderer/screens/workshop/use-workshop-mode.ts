import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopFormatId } from '../../../shared/workshop/formats';
import { useAppStore } from '../../store';
import { localToday } from '../progress/today';

/** The id of »Workshop« in the plan's header, where focus returns when the room is left. */
export const WORKSHOP_BUTTON_ID = 'workshop-open';

export interface WorkshopMode {
  /** The plan's workshop running on the screen, or null for the ordinary editor. */
  workshopId: string | null;
  /** Starts a new workshop of the format, stored in the plan from its first step. */
  start: (format: WorkshopFormatId) => void;
  /** Takes up a workshop the plan holds, at the step where it stopped. */
  resume: (workshopId: string) => void;
  /** Back to the editor; the workshop stays in the plan as it stands, to be taken up again. */
  leave: () => void;
}

/**
 * Whether the plan is shown as a workshop, and which of the plan's workshops. The workshop itself
 * (its step, timer, cards and votes) lives in the plan file, so a workshop left or interrupted is
 * taken up where it stopped. The editor stays mounted underneath, so leaving the workshop finds
 * the screen, its scroll and its open entries as they were.
 */
export function useWorkshopMode(): WorkshopMode {
  const { t } = useTranslation();
  const [workshopId, setWorkshopId] = useState<string | null>(null);
  const leave = useAppStore((s) => s.leave);
  const createEntity = useAppStore((s) => s.createEntity);
  // A refused value in a field would be lost behind the workshop, so starting asks first.
  const start = useCallback(
    (format: WorkshopFormatId) =>
      leave(() => {
        void createEntity({
          entity: 'workshop',
          values: {
            format,
            title: t(`workshop.formats.${format}.title`),
            heldOn: localToday(),
          },
        }).then((id) => {
          if (id !== null) setWorkshopId(id);
        });
      }),
    [leave, createEntity, t],
  );
  const resume = useCallback((id: string) => leave(() => setWorkshopId(id)), [leave]);
  const leaveRoom = useCallback(() => {
    setWorkshopId(null);
    // After the workshop's dialog has closed and the header is reachable again.
    requestAnimationFrame(() => document.getElementById(WORKSHOP_BUTTON_ID)?.focus());
  }, []);
  return { workshopId, start, resume, leave: leaveRoom };
}
