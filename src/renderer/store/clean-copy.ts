import type { AppError } from '../../shared/errors';

/**
 * Why a plan could only be offered as a clean copy when it was opened: its file holds things
 * Omstil did not write, or it was changed outside Omstil so that it no longer keeps the model's
 * rules. Both are refusals the core can make a clean copy from (`salvageCopy`).
 */
export type CleanCopyReason = 'foreign-schema' | 'changed-outside';

export function cleanCopyReason(error: AppError | null): CleanCopyReason | null {
  return error?.code === 'foreign-schema' || error?.code === 'changed-outside' ? error.code : null;
}
