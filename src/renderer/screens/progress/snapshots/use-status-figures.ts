import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import type { StatusSnapshot } from '../../../../shared/progress';
import type { MarkedStatus, SnapshotStore } from './snapshot-store';

export type StatusFigures =
  | { state: 'loading' }
  | { state: 'failed'; error: AppError; retry: () => void }
  | { state: 'ready'; figures: StatusSnapshot[] };

/** A status's figures change only with the status itself, which then has a new `updatedAt`. */
const keyOf = (s: MarkedStatus) => `${s.id} ${s.updatedAt}`;
const idOf = (key: string) => key.slice(0, key.indexOf(' '));

/**
 * The stored figures of the statuses being compared, fetched when a comparison first asks for
 * them and kept while the screen is open, so switching between statuses asks the core once for
 * each.
 */
export function useStatusFigures(
  load: SnapshotStore['figures'],
  statuses: readonly MarkedStatus[],
): StatusFigures {
  const [kept, setKept] = useState<ReadonlyMap<string, StatusSnapshot>>(new Map());
  const [failure, setFailure] = useState<{ missing: string; error: AppError } | null>(null);
  const [attempt, setAttempt] = useState(0);

  // The keys of the statuses not fetched yet, as one string, so the effect runs once per set.
  const missing = statuses
    .map(keyOf)
    .filter((key) => !kept.has(key))
    .join(',');

  useEffect(() => {
    if (missing === '') return;
    let current = true;
    const keys = missing.split(',');
    void load(keys.map(idOf)).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setFailure({ missing, error: result.error });
        return;
      }
      setFailure(null);
      setKept((before) => {
        const after = new Map(before);
        keys.forEach((key, i) => {
          const figures = result.value[i];
          if (figures) after.set(key, figures);
        });
        return after;
      });
    });
    return () => {
      current = false;
    };
  }, [missing, attempt, load]);

  if (missing === '') {
    return {
      state: 'ready',
      figures: statuses.map((s) => kept.get(keyOf(s))).filter((f) => f !== undefined),
    };
  }
  if (failure?.missing === missing) {
    return {
      state: 'failed',
      error: failure.error,
      retry: () => {
        setFailure(null);
        setAttempt((n) => n + 1);
      },
    };
  }
  return { state: 'loading' };
}
