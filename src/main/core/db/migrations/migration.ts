import type { Db } from '../connection';

export interface Migration {
  /** The `user_version` the file has after this migration. */
  version: number;
  up: (db: Db) => void;
}
