import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface FocusRequest {
  /** The id of the card whose heading should take focus once it is on screen. */
  target: string | null;
  request: (id: string | null) => void;
  done: () => void;
}

/**
 * Where focus goes after an add or a delete: to the new card, or to the neighbour of the deleted
 * one, so a keyboard user carries on from there rather than from the top of the page.
 */
export function useFocusRequest(): FocusRequest {
  const [target, setTarget] = useState<string | null>(null);
  const done = useCallback(() => setTarget(null), []);
  return { target, request: setTarget, done };
}

/** Focuses `ref` (and brings it into view) when the request names this card. */
export function useTakeFocus(
  ref: RefObject<HTMLElement | null>,
  wanted: boolean,
  done: () => void,
): void {
  const doneRef = useRef(done);
  useEffect(() => {
    doneRef.current = done;
  });
  useEffect(() => {
    if (!wanted || !ref.current) return;
    ref.current.scrollIntoView?.({ block: 'nearest' });
    ref.current.focus();
    doneRef.current();
  }, [wanted, ref]);
}

/** The card to focus after deleting the one at `index`: the next, or else the previous. */
export function neighbourOf(ids: readonly string[], index: number): string | null {
  return ids[index + 1] ?? ids[index - 1] ?? null;
}
