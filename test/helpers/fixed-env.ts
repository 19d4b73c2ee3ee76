import type { Environment } from '../../src/main/core/services/clock';

/**
 * A clock that moves one second per reading and ids numbered in order, so that output can be
 * compared exactly between runs. `series` is the ids' first group: two environments on one plan
 * (a test's own rows and the core's new ones, or two copies edited apart) must not mint the same
 * id.
 */
export function fixedEnvironment(
  start = '2026-11-27T09:00:00.000Z',
  series = '00000000',
): Environment {
  let t = Date.parse(start);
  let n = 0;
  return {
    now: () => new Date((t += 1000)),
    newId: () => {
      n += 1;
      return `${series}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    },
  };
}
