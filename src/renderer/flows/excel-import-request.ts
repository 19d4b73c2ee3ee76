// »Importér fra Excel …« asked for from outside the Indsatser screen (the desktop File menu):
// the screen may not be drawn yet when the request comes, so it is kept until the screen's
// button takes it, on being drawn or at once if it already is.

let pending = false;
const listeners = new Set<() => void>();

/** Asks the Indsatser screen's button to start the import, as a click on it does. */
export function requestExcelImport(): void {
  pending = true;
  for (const listener of listeners) listener();
}

/** Whether a request is waiting; taking it answers true once. */
export function takeExcelImportRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}

/** Calls `listener` on each request; returns the unsubscribe function. */
export function onExcelImportRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
