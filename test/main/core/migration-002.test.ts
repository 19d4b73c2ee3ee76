import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection, openMemory, type Db } from '../../../src/main/core/db/connection';
import { migrate } from '../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../src/main/core/db/schema';
import { updateEntity } from '../../../src/main/core/services/entity-service';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { readLog } from '../../../src/main/core/sync/change-log';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { writeOldPlanFile } from '../../helpers/old-plan-file';
import { useTempDir } from '../../helpers/temp-dir';
import { examplePlan } from '../../helpers/example-plan';

const tableNames = (db: Db) =>
  (
    db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as {
      name: string;
    }[]
  ).map((t) => t.name);

/** Every row of every table, in a stable order: what a migration must leave as it was. */
function contents(db: Db, tables: readonly string[]): Record<string, unknown[]> {
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()]),
  );
}

describe('migration 002: the change log', () => {
  const tempDir = useTempDir();

  /** A real version-1 file holding the example plan, as Omstil of that version wrote it. */
  function versionOneFile(name: string) {
    const path = join(tempDir(), name);
    const env = fixedEnvironment();
    const example = examplePlan(env);
    writeOldPlanFile(path, example, 1);
    return { path, env, example };
  }

  it('adds the change log to a version-1 file and leaves everything it held as it was', () => {
    const { path } = versionOneFile('Plan v1.omstil');
    const db = openConnection(path, { readonly: false });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      const before = tableNames(db);
      const held = contents(db, before);
      expect(held['member']).not.toEqual([]);
      expect(held['competence_driver']).not.toEqual([]);

      migrate(db, 2);

      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(tableNames(db).filter((t) => !before.includes(t))).toEqual(['change_log']);
      expect(contents(db, before)).toEqual(held);
      expect(foreignObjects(readSchema(db), expectedSchema(2))).toEqual([]);
      const columns = (
        db.prepare(`SELECT name FROM pragma_table_info('change_log')`).all() as { name: string }[]
      ).map((c) => c.name);
      expect(columns).toEqual([
        'seq',
        'change_id',
        'clock',
        'origin',
        'created_at',
        'table_name',
        'row_key',
        'kind',
        'field',
        'value',
        'old_value',
      ]);
      // Older rows were never logged: the log starts empty and the merge reads their values from
      // the first entry each copy makes.
      expect(db.prepare(`SELECT count(*) AS n FROM change_log`).get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('holds its entries to their shape, even against a writer that bypasses our services', () => {
    const db = openMemory();
    migrate(db, 2);
    const insert =
      (changeId: string, clock: number, kind: string, field: string | null, value: string | null) =>
      () =>
        db
          .prepare(
            `INSERT INTO change_log
               (change_id, clock, origin, created_at, table_name, row_key, kind, field, value, old_value)
             VALUES (?, ?, 'o', 'x', 'member', '{"id":"m"}', ?, ?, ?, ?)`,
          )
          .run(changeId, clock, kind, field, value, kind === 'insert' ? null : '"old"');
    expect(insert('a', 1, 'update', 'name', '"B"')).not.toThrow();
    expect(insert('a', 2, 'update', 'name', '"C"')).toThrow(/UNIQUE/);
    expect(insert('b', 0, 'update', 'name', '"C"')).toThrow(/CHECK/);
    expect(insert('c', 3, 'update', null, '"C"')).toThrow(/CHECK/);
    expect(insert('d', 4, 'rename', 'name', '"C"')).toThrow(/CHECK/);
    expect(insert('e', 5, 'delete', null, '"C"')).toThrow(/CHECK/);
    expect(insert('f', 6, 'insert', null, 'not json')).toThrow(/CHECK/);
    db.close();
  });

  it('opens a real version-1 file: backed up, migrated, and its edits logged from then on', () => {
    const { path, env, example } = versionOneFile('Gammel plan.omstil');
    const original = readFileSync(path);

    const session = PlanSession.open(path, env);
    expect(session.readOnly).toBe(false);
    const backup = join(tempDir(), 'Gammel plan (sikkerhedskopi v1).omstil');
    expect(readFileSync(backup).equals(original)).toBe(true);
    const member = example.members[0]!;
    expect(session.document().members).toEqual(example.members);

    updateEntity(session, { entity: 'member', id: member.id, patch: { name: 'Ny formand' } });
    const log = session.read((db) => readLog(db));
    session.close();

    expect(log).toMatchObject([
      {
        clock: 1,
        origin: session.origin,
        table: 'member',
        rowKey: JSON.stringify({ id: member.id }),
        kind: 'update',
        field: 'name',
        value: 'Ny formand',
        old: member.name,
      },
    ]);
  });
});
