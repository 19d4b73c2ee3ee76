import { startTransition, useEffect, useState } from 'react';
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

/** A few statuses' figures are kept: each is as large as the plan's activities. */
const MOST_KEPT = 4;

/**
 * The figures fetched with each loader, by status. Kept beyond the screen, so opening it again
 * neither fetches them again nor compares them again: the comparison is remembered for the same
 * figures (statusDiff), and at 20,000 activities fetching and comparing took a long task each
 * time the screen was opened.
 */
const keptByLoader = new WeakMap<SnapshotStore['figures'], Map<string, StatusSnapshot>>();

function keptFor(load: SnapshotStore['figures']): Map<string, StatusSnapshot> {
  let kept = keptByLoader.get(load);
  if (!kept) {
    kept = new Map();
    keptByLoader.set(load, kept);
  }
  return kept;
}

/**
 * The stored figures of the statuses being compared, fetched when a comparison first asks for
 * them and kept, so switching between statuses, or opening the screen again, asks the core once
 * for each. `load` should be the same function each time for the same plan (usePlanSnapshotStore
 * keeps one per client).
 */
export function useStatusFigures(
  load: SnapshotStore['figures'],
  statuses: readonly MarkedStatus[],
): StatusFigures {
  const kept = keptFor(load);
  const [, setFetched] = useState(0);
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
      keys.forEach((key, i) => {
        const figures = result.value[i];
        if (figures) kept.set(key, figures);
      });
      // The oldest first, never those just fetched.
      for (const key of kept.keys()) {
        if (kept.size <= MOST_KEPT) break;
        if (!keys.includes(key)) kept.delete(key);
      }
      // The comparison the figures bring is drawn in the background, in slices: at 20,000
      // activities comparing and drawing it at once was a long task.
      startTransition(() => setFetched((n) => n + 1));
    });
    return () => {
      current = false;
    };
  }, [missing, attempt, load, kept]);

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
