import { randomUUID } from 'node:crypto';

/** Time and ids come from here so that tests can fix both and compare output exactly. */
export interface Environment {
  now: () => Date;
  newId: () => string;
}

export const systemEnvironment: Environment = { now: () => new Date(), newId: () => randomUUID() };
