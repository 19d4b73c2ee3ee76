import { useAppStore } from '../store';
import { runSharingCall } from './sharing-call';

/**
 * "Godkend indholdet" on a plan changed outside Omstil: always asked first, since what is
 * accepted can no longer be told from what Omstil wrote.
 */
export function requestAcceptOutsideChanges(): void {
  const store = useAppStore.getState();
  if (store.snapshot?.file.notice?.code !== 'changed-outside') return;
  store.clearError();
  store.askAcceptOutsideChanges();
}

/** The answer to "accept the content as it is?": false when refused (the dialog says why). */
export async function confirmAcceptOutsideChanges(): Promise<boolean> {
  const snapshot = await runSharingCall(
    (api) => api.acceptOutsideChanges({ confirmed: true }),
    true,
  );
  if (!snapshot) return false;
  useAppStore.getState().showAccepted(snapshot);
  return true;
}
