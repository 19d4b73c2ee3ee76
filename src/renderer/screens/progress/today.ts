import { createContext, useContext } from 'react';

/** The local calendar day as an ISO date: the committee's "today", not UTC's. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day the follow-up screens count from. Null means the real date; tests and a later "as of"
 * view put a fixed day here, so overdue and "starts soon" have known answers.
 */
export const TodayContext = createContext<string | null>(null);

export function useToday(): string {
  return useContext(TodayContext) ?? localToday();
}
