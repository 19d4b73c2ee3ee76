import type { ApiClient } from '../../shared/api';
import { errors } from '../../shared/errors';
import type { SliceCreator } from './types';

export interface ApiSlice {
  /** The only way the store reaches data; a test replaces it with an in-memory stand-in. */
  api: ApiClient;
}

/** Until the app connects, every call answers that it cannot be made here. */
const notConnected = new Proxy({} as ApiClient, {
  get: () => () =>
    Promise.resolve({
      ok: false,
      error: errors.notSupported({ da: 'Kaldet', en: 'The call' }),
    }),
});

export const createApiSlice: SliceCreator<ApiSlice> = () => ({ api: notConnected });
