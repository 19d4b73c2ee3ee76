import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { useAppStore } from '../../store';
import { readSources, type SourcesRead } from './read-sources';

export type CountState =
  | { kind: 'idle' }
  /** `total` is null while the files are being listed. */
  | { kind: 'reading'; done: number; total: number | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'read'; value: SourcesRead };

/**
 * Counting the chosen sources: reading them with progress, cancellable, and the reads kept for
 * the report (which is counted from them in the reader's language and with or without names).
 * Leaving the screen cancels a reading under way.
 */
export function useTrendsCount() {
  const api = useAppStore((s) => s.api);
  const [state, setState] = useState<CountState>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    async (paths: readonly string[]) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState({ kind: 'reading', done: 0, total: null });
      const outcome = await readSources(api, paths, {
        signal: controller.signal,
        onProgress: (done, total) => {
          if (!controller.signal.aborted) setState({ kind: 'reading', done, total });
        },
      });
      // A newer count, or a cancel, has said what the screen shows.
      if (running.current !== controller) return;
      running.current = null;
      if (outcome.kind === 'read') setState({ kind: 'read', value: outcome.value });
      else if (outcome.kind === 'failed') setState({ kind: 'failed', error: outcome.error });
    },
    [api],
  );

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ kind: 'cancelled' });
  }, []);

  return { state, start, cancel };
}
