import { useEffect, useState } from 'react';

/**
 * True only once `flag` has stayed true for `delayMs`: most calls answer in milliseconds, and a
 * status that flickers on each of them would only make screen readers chatter.
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) return undefined;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [flag, delayMs]);
  return flag && shown;
}
