import { useAppStore } from '../store';
import { runSharingCall } from './sharing-call';

/**
 * "Overtag": takes the plan from a holder who has gone quiet, or asks first where the core says
 * the holder may still be there.
 */
export async function requestTakeOver(): Promise<void> {
  const store = useAppStore.getState();
  const lock = store.snapshot?.file.lock;
  if (!lock) return;
  store.clearError();
  if (lock.takeOver === 'confirm') {
    store.askTakeOver();
    return;
  }
  store.setBusy(true);
  const result = await store.api.takeOverLock({});
  if (result.ok) {
    store.showTakenOver(result.value);
    store.setBusy(false);
    return;
  }
  if (result.error.code !== 'locked') {
    store.showError(result.error);
    store.setBusy(false);
    return;
  }
  // The holder came back since the plan was opened: show that, and ask before taking it.
  const current = await store.api.getPlan({});
  if (current.ok && current.value) store.replaceSnapshot(current.value);
  store.setBusy(false);
  store.askTakeOver();
}

/** The answer to "take it over anyway?": false when refused (the dialog says why). */
export async function confirmTakeOver(): Promise<boolean> {
  const snapshot = await runSharingCall((api) => api.takeOverLock({ confirmed: true }), true);
  if (!snapshot) return false;
  useAppStore.getState().showTakenOver(snapshot);
  return true;
}

/** After an edit found the plan taken over: show the plan as it now is, read-only. */
export async function syncLockLost(): Promise<void> {
  const store = useAppStore.getState();
  const current = await store.api.getPlan({});
  if (!current.ok || !current.value) return;
  store.replaceSnapshot(current.value);
  // The read-only notice now says the same as the error, and offers what to do about it.
  if (useAppStore.getState().error?.code === 'lock-lost') store.clearError();
}
