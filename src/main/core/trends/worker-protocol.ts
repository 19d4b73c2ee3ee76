import type { TrendsRead } from '../../../shared/trends';

/** The file name the bundles give the worker entry (`.cjs` for the command, `.js` for the app). */
export const TRENDS_WORKER_BASENAME = 'trends-worker';

export interface TrendsWorkerData {
  cwd: string;
}

/** One file to read; answered with the same index. */
export interface TrendsWorkerRequest {
  index: number;
  file: string;
}

export interface TrendsWorkerAnswer {
  index: number;
  read: TrendsRead;
}
