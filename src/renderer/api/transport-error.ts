import type { AppError } from '../../shared/errors';
import { da } from '../i18n/da';
import { en } from '../i18n/en';

/**
 * A failed transport becomes an ordinary `io-error` value, so every screen handles a lost
 * connection the same way it handles a refused call. Both languages are carried, as in errors that
 * come from the core.
 */
export function transportError(detail: string): AppError {
  return {
    code: 'io-error',
    message: {
      da: da.error.transport.replace('{{detail}}', detail),
      en: en.error.transport.replace('{{detail}}', detail),
    },
  };
}
