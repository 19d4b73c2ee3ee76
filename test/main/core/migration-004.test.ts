import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../src/main/core/db/connection';
import { migrate } from '../../../src/main/core/db/migrations';
import { expectedSchema, foreignObjects, readSchema } from '../../../src/main/core/db/schema';
import { verifyContent } from '../../../src/main/core/plan-file/verify-content';
import { CHECKSUMMED_TABLES, TOTAL_COLUMNS } from '../../../src/main/core/repositories/row-stamps';
import { updateEntity } from '../../../src/main/core/services/entity-service';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { writeOldPlanFile } from '../../helpers/old-plan-file';
import { useTempDir } from '../../helpers/temp-dir';
import { examplePlan } from '../../helpers/example-plan';

const columnsOf = (db: Db, table: string) =>
  (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map(
    (c) => c.name,
  );

/** The checksummed tables the file has: those a later version adds are not in an older one. */
const tablesIn = (db: Db) =>
  Object.keys(CHECKSUMMED_TABLES).filter((table) => columnsOf(db, table).length > 0);

/** Every row of every table, less `dropped` columns, in a stable order. */
function contents(db: Db, dropped: readonly string[] = []): Record<string, unknown[]> {
  return Object.fromEntries(
    tablesIn(db).map((table) => {
      const rows = db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all() as Record<
        string,
        unknown
      >[];
      return [
        table,
        rows.map((row) =>
          Object.fromEntries(Object.entries(row).filter(([c]) => !dropped.includes(c))),
        ),
      ];
    }),
  );
}

describe('migration 004: a checksum on every row', () => {
  const tempDir = useTempDir();

  /** A real version-3 file holding the example plan, with an undo step and a logged change. */
  function versionThreeFile(name: string) {
    const path = join(tempDir(), name);
    const env = fixedEnvironment();
    const example = examplePlan(env);
    writeOldPlanFile(path, example, 3);
    const member = example.members[0]!;
    const db = openConnection(path, { readonly: false });
    const before = { id: member.id, position: 0, name: member.name, role: member.role };
    db.prepare(
      `INSERT INTO history (stack, label, changes, created_at) VALUES ('undo', 'Ret navn', ?, ?)`,
    ).run(
      JSON.stringify([
        {
          table: 'member',
          key: { id: member.id },
          before: { ...before, name: 'Før', updated_at: member.updatedAt },
          after: { ...before, updated_at: member.updatedAt },
        },
      ]),
      member.updatedAt,
    );
    db.prepare(
      `INSERT INTO change_log (change_id, clock, origin, created_at, table_name, row_key, kind,
         field, value, old_value)
       VALUES ('c1', 1, 'o1', ?, 'member', ?, 'update', 'name', ?, '"Før"')`,
    ).run(member.updatedAt, JSON.stringify({ id: member.id }), JSON.stringify(member.name));
    db.close();
    return { path, env, example };
  }

  it('stamps every row of a version-3 file, keeps the totals on the plan row, changes nothing else', () => {
    const { path } = versionThreeFile('Plan v3.omstil');
    const db = openConnection(path, { readonly: false });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(3);
      const held = contents(db);
      expect(held['history']).toHaveLength(1);
      expect(held['change_log']).toHaveLength(1);

      migrate(db, 4);

      expect(db.pragma('user_version', { simple: true })).toBe(4);
      expect(foreignObjects(readSchema(db), expectedSchema(4))).toEqual([]);
      expect(contents(db, ['checksum', ...TOTAL_COLUMNS])).toEqual(held);
      for (const table of tablesIn(db)) {
        expect(columnsOf(db, table), table).toContain('checksum');
        const checksums = db.prepare(`SELECT checksum FROM "${table}"`).pluck().all() as string[];
        for (const checksum of checksums) expect(checksum, table).toMatch(/^[0-9a-f]{16}$/);
      }
      expect(columnsOf(db, 'plan')).toEqual(expect.arrayContaining([...TOTAL_COLUMNS]));
      const rows = Object.values(held).reduce((n, list) => n + list.length, 0);
      expect(db.prepare(`SELECT content_rows FROM plan`).pluck().get()).toBe(rows);
      expect(verifyContent(db)).toBeNull();
    } finally {
      db.close();
    }
  });

  it('stamps an older file’s rows as Omstil stamps the same rows in a new file', () => {
    const env = fixedEnvironment();
    const example = examplePlan(env);
    const old = join(tempDir(), 'Gammel.omstil');
    writeOldPlanFile(old, example, 3);
    const migrated = openConnection(old, { readonly: false });
    migrate(migrated);
    migrated.close();
    const created = join(tempDir(), 'Ny.omstil');
    PlanSession.create(created, example, env).close();

    const stamps = (path: string) => {
      const db = openConnection(path, { readonly: true });
      try {
        return Object.fromEntries(
          ['member', 'activity', 'competence_driver', 'measurement'].map((table) => [
            table,
            db.prepare(`SELECT checksum FROM "${table}" ORDER BY 1`).pluck().all(),
          ]),
        );
      } finally {
        db.close();
      }
    };
    expect(stamps(old)).toEqual(stamps(created));
  });

  it('opens a real version-3 file: backed up, migrated, and its checksums hold through edits', () => {
    const { path, env, example } = versionThreeFile('Sidste års plan.omstil');
    const original = readFileSync(path);

    const session = PlanSession.open(path, env);
    try {
      expect(session.readOnly).toBe(false);
      expect(session.notice).toBeNull();
      const member = example.members[0]!;
      updateEntity(session, { entity: 'member', id: member.id, patch: { name: 'Ny formand' } });
      session.undo();
      session.redo();
      expect(session.read((db) => verifyContent(db))).toBeNull();
    } finally {
      session.close();
    }
    const backup = join(tempDir(), 'Sidste års plan (sikkerhedskopi v3).omstil');
    expect(existsSync(backup)).toBe(true);
    expect(readFileSync(backup).equals(original)).toBe(true);
    const again = PlanSession.open(path, env);
    expect(again.readOnly).toBe(false);
    expect(again.document().members[0]!.name).toBe('Ny formand');
    again.close();
  });
});
