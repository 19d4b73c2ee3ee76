import type { Environment } from '../../src/main/core/services/clock';

/**
 * A clock that moves one second per reading and ids numbered in order, so that output can be
 * compared exactly between runs.
 */
export function fixedEnvironment(start = '2026-11-27T09:00:00.000Z'): Environment {
  let t = Date.parse(start);
  let n = 0;
  return {
    now: () => new Date((t += 1000)),
    newId: () => {
      n += 1;
      return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    },
  };
}
