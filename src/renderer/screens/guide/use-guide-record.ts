import { useMemo, useSyncExternalStore } from 'react';
import { parseGuideRecord, readGuideText, subscribeGuide, type GuideRecord } from './guide-record';

/** The stored record for a plan, re-read whenever the guide writes it. */
export function useGuideRecord(planId: string | null): GuideRecord | null {
  const text = useSyncExternalStore(subscribeGuide, () =>
    planId === null ? null : readGuideText(planId),
  );
  return useMemo(() => parseGuideRecord(text), [text]);
}
