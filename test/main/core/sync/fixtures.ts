import { randomUUID } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Environment } from '../../../../src/main/core/services/clock';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { runOmstilInProcess, type CliResult } from '../../../helpers/cli-runner';
import { examplePlan } from '../../../helpers/example-plan';

/**
 * Real time and random ids: two copies edited apart must mint different ids, as two installations
 * do (a numbered test environment would give both copies the same "new" ids).
 */
export const liveEnv: Environment = { now: () => new Date(), newId: () => randomUUID() };

/** `omstil check <path>`, as a colleague would run it on a copy they received. */
export function omstilCheck(path: string): Promise<CliResult> {
  return runOmstilInProcess(['check', path], dirname(path));
}

/**
 * The example plan, optionally edited before it is copied (so the copies share some log), then
 * copied twice by the file system — as an e-mail attachment or a copy on a shared drive would be.
 */
export function twoCopies(
  dir: string,
  before: (session: PlanSession) => void = () => undefined,
): { base: string; mine: string; theirs: string } {
  const base = join(dir, 'Plan.omstil');
  const session = PlanSession.create(base, examplePlan(liveEnv), liveEnv);
  before(session);
  session.close();
  const mine = join(dir, 'Min.omstil');
  const theirs = join(dir, 'Deres.omstil');
  copyFileSync(base, mine);
  copyFileSync(base, theirs);
  return { base, mine, theirs };
}

/** Opens `path`, runs `fn` on it and closes it again. */
export function editing<T>(path: string, fn: (session: PlanSession) => T): T {
  const session = PlanSession.open(path, liveEnv);
  try {
    return fn(session);
  } finally {
    session.close();
  }
}
