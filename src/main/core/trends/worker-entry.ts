import { parentPort, workerData } from 'node:worker_threads';
import { systemEnvironment } from '../services/clock';
import { readTrendFile } from './read-summary';
import type { TrendsWorkerAnswer, TrendsWorkerData, TrendsWorkerRequest } from './worker-protocol';

/**
 * A worker thread of a trends report, built as its own file beside the bundle that starts it. It
 * reads the files it is sent one at a time, each through the gate, and answers each file's
 * summary (a few kilobytes) rather than its plan.
 */
const { cwd } = workerData as TrendsWorkerData;
parentPort?.on('message', ({ index, file }: TrendsWorkerRequest) => {
  const answer: TrendsWorkerAnswer = { index, read: readTrendFile(file, cwd, systemEnvironment) };
  parentPort?.postMessage(answer);
});
