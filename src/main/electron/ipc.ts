import type { ApiHandlers } from '../../shared/api';
import { API_CALLS, ipcChannel } from '../../shared/api-names';
import { errors } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { dispatch } from '../host';

/** What the gate reads from an `IpcMainInvokeEvent`; tests build these by hand. */
export interface InvokeEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface IpcHost {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcOptions {
  isAppUrl: (url: string) => boolean;
  /** The plan handlers of the window whose page sent the call, if it is one of ours. */
  handlersFor: (webContentsId: number) => ApiHandlers | undefined;
}

const refused = (): Result<never> => ({
  ok: false,
  error: errors.notSupported({ da: 'Et kald fra denne side', en: 'A call from this page' }),
});

/**
 * The main-side gate (Electron security checklist item 17): the sender must be the top frame of
 * one of our windows showing our own page. Only then does the call reach `dispatch`, which
 * validates the input with the call's schema.
 */
export function trustedHandlers(event: InvokeEvent, options: IpcOptions): ApiHandlers | null {
  const frame = event.senderFrame;
  // A null frame has navigated away or been destroyed since it sent the message.
  if (frame === null || frame.parent !== null) return null;
  if (!options.isAppUrl(frame.url)) return null;
  return options.handlersFor(event.sender.id) ?? null;
}

export async function handleInvoke(
  call: string,
  event: InvokeEvent,
  input: unknown,
  options: IpcOptions,
): Promise<Result<unknown>> {
  const handlers = trustedHandlers(event, options);
  if (handlers === null) return refused();
  return dispatch(handlers, call, input);
}

/** One channel per call; returns the function that removes them all again. */
export function registerIpc(ipcMain: IpcHost, options: IpcOptions): () => void {
  for (const call of API_CALLS) {
    ipcMain.handle(ipcChannel(call), (event, input) => handleInvoke(call, event, input, options));
  }
  return () => {
    for (const call of API_CALLS) ipcMain.removeHandler(ipcChannel(call));
  };
}
