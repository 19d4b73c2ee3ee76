import { expect } from 'vitest';
import { isOmstilError, type AppError } from '../../src/shared/errors';

/** Runs `fn` and returns the typed error it threw; fails the test if it threw anything else. */
export function catchAppError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (isOmstilError(e)) return e.appError;
    throw e;
  }
  expect.fail('expected an OmstilError, but nothing was thrown');
}
