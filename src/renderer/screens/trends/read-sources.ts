import type { ApiClient } from '../../../shared/api';
import type { AppError } from '../../../shared/errors';
import type { DuplicateFile, TrendsRead } from '../../../shared/trends';

/** Answers in flight at once: the host reads one file at a time, so a few keep it busy. */
export const READS_IN_FLIGHT = 4;

export interface SourcesRead {
  /** In the order the files were listed, which decides a tie between two copies of one plan. */
  reads: TrendsRead[];
  sameFiles: DuplicateFile[];
}

export type ReadOutcome =
  | { kind: 'read'; value: SourcesRead }
  | { kind: 'failed'; error: AppError }
  | { kind: 'cancelled' };

export interface ReadOptions {
  signal: AbortSignal;
  /** Once the files are listed (`done` 0), and after each answer. */
  onProgress: (done: number, total: number) => void;
}

/**
 * Lists the plan files of the chosen files and folders, then reads them a call each, a few at a
 * time: a call answers once and the browser's transport cannot push, so counting answers is how
 * the window learns how far it has come. A file the host could not be asked about is kept as
 * skipped with the transport's reason, like a file that could not be read, so the rest still
 * counts. Cancelling stops asking; answers still on their way are dropped.
 */
export async function readSources(
  api: ApiClient,
  paths: readonly string[],
  { signal, onProgress }: ReadOptions,
): Promise<ReadOutcome> {
  const listed = await api.trendsListFiles({ paths: [...paths] });
  if (signal.aborted) return { kind: 'cancelled' };
  if (!listed.ok) return { kind: 'failed', error: listed.error };
  const { files, sameFiles } = listed.value;
  const reads: TrendsRead[] = new Array<TrendsRead>(files.length);
  let next = 0;
  let done = 0;
  onProgress(0, files.length);

  const worker = async () => {
    while (next < files.length && !signal.aborted) {
      const i = next;
      next += 1;
      const file = files[i]!;
      const answer = await api.trendsReadFile({ file });
      if (signal.aborted) return;
      reads[i] = answer.ok ? answer.value : { file, reason: answer.error.message };
      done += 1;
      onProgress(done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, files.length) }, worker));
  if (signal.aborted) return { kind: 'cancelled' };
  return { kind: 'read', value: { reads, sameFiles } };
}
