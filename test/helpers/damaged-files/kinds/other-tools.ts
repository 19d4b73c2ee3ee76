import { readFileSync } from 'node:fs';
import { damaged, type DamageKind } from './damaged-file';
import { editContent, withTool } from './sqlite-tool';

// Files other programs leave: the content edited with plain SQL, the file switched to WAL (with an
// edit still waiting in the -wal file, and without), and the hostile files the older tests use.

export const OTHER_TOOLS: DamageKind[] = [
  {
    // The files test/helpers/hostile-files.ts has always offered: empty, random, a foreign
    // database, a third of the plan, a newer version, a trigger, an extra table.
    name: 'hostile-file',
    make: (original, _others, random) => {
      const file = random.pick(original.hostile);
      return damaged(file.bytes, file.name);
    },
  },
  {
    name: 'edited-with-sql',
    make: (original, _others, random, scratch) => {
      let sql = '';
      const plan = withTool(original.state.bytes, scratch, (db) => {
        sql = editContent(db, random);
      });
      return { ...damaged(plan, sql), content: 'changed' };
    },
  },
  {
    name: 'wal-mode',
    make: (original, _others, _random, scratch) => {
      const plan = withTool(original.state.bytes, scratch, (db) => {
        db.pragma('journal_mode = WAL');
      });
      return { ...damaged(plan, 'PRAGMA journal_mode = WAL'), content: 'same' };
    },
  },
  {
    // Another tool switched to WAL and edited; its change is still in the -wal file beside.
    name: 'wal-with-pending-edit',
    make: (original, _others, random, scratch) => {
      let wal = Buffer.alloc(0);
      let sql = '';
      const plan = withTool(original.state.bytes, scratch, (db, path) => {
        db.pragma('journal_mode = WAL');
        db.pragma('wal_autocheckpoint = 0');
        sql = editContent(db, random);
        // Read before the tool closes: closing would fold the -wal file into the plan.
        wal = readFileSync(`${path}-wal`);
        return readFileSync(path);
      });
      return {
        ...damaged(plan, `WAL, then ${sql}`),
        beside: [{ suffix: '-wal', bytes: wal }],
        content: 'changed',
      };
    },
  },
];
