import { describe, expect, it } from 'vitest';
import { openMemory } from '../../../src/main/core/db/connection';
import { APPLICATION_ID } from '../../../src/main/core/db/constants';
import { CURRENT_VERSION, MIGRATIONS, migrate } from '../../../src/main/core/db/migrations';
import type { Migration } from '../../../src/main/core/db/migrations/migration';

describe('migrations', () => {
  it('are numbered 1, 2, 3 … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('001 creates the whole model on a fresh database', () => {
    const db = openMemory();
    migrate(db, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const tables = (
      db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    expect(tables).toEqual([
      'activity',
      'activity_competence',
      'activity_method',
      'activity_target_group',
      'competence',
      'competence_driver',
      'competence_method',
      'competence_target_group',
      'driver',
      'history',
      'measurement',
      'member',
      'method',
      'plan',
      'target_group',
    ]);
    // The file's own checks hold even against a writer that bypasses our services.
    expect(() =>
      db
        .prepare(
          `INSERT INTO plan (id, title, updated_at, period_start) VALUES ('p', 'T', 'x', '2027-02-30')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO member (id, position, name, role, updated_at) VALUES ('m', 0, 'A', 'boss', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('is idempotent at the current version', () => {
    const db = openMemory();
    migrate(db);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_VERSION);
    db.close();
  });

  it('applies all pending migrations or none', () => {
    const db = openMemory();
    const failing: Migration = {
      version: 2,
      up: (d) => {
        d.exec('CREATE TABLE half_done (x TEXT) STRICT');
        throw new Error('migration 2 failed');
      },
    };
    expect(() => migrate(db, 2, [...MIGRATIONS, failing])).toThrow('migration 2 failed');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get()).toEqual({ n: 0 });
    db.close();
  });
});
