import type { ApiClient, PlanSnapshot } from '../../shared/api';
import type { Result } from '../../shared/result';
import { useAppStore } from '../store';
import type { SharingNotice } from '../store/sharing-slice';

/**
 * Runs one sharing call with the busy flag up. A refusal goes to the dialog that asked (it covers
 * the page's alert), or else to the page; either way the answer is null.
 */
export async function runSharingCall<T>(
  call: (api: ApiClient) => Promise<Result<T>>,
  inDialog: boolean,
): Promise<T | null> {
  const store = useAppStore.getState();
  store.setBusy(true);
  store.setSharingError(null);
  if (!inDialog) store.clearError();
  try {
    const result = await call(store.api);
    if (result.ok) return result.value;
    if (inDialog) store.setSharingError(result.error);
    else store.showError(result.error);
    return null;
  } finally {
    store.setBusy(false);
  }
}

/** The desktop's file dialog; null when cancelled or refused (the refusal is on the page). */
export async function chooseNative(
  purpose: 'open' | 'saveCopy',
  suggestedName?: string,
): Promise<string | null> {
  const store = useAppStore.getState();
  const chosen = await store.api.chooseFile(
    suggestedName ? { purpose, suggestedName } : { purpose },
  );
  if (chosen.ok) return chosen.value.path;
  store.showError(chosen.error);
  return null;
}

/** Shows the plan a sharing step opened, and the recent list that now names it. */
export async function showSharedPlan(snapshot: PlanSnapshot, notice: SharingNotice): Promise<void> {
  const store = useAppStore.getState();
  store.showSharedPlan(snapshot, notice);
  await store.reloadRecent();
}
