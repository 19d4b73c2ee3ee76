import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../../src/main/core/db/connection';
import { inspectPlanFile } from '../../../../src/main/core/plan-file/inspect';
import { recentPlanStatus } from '../../../../src/main/core/plan-file/plan-status';
import { saveCopy } from '../../../../src/main/core/plan-file/save-copy';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { catchAppError } from '../../../helpers/errors';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { writeOldPlanFile } from '../../../helpers/old-plan-file';
import { useTempDir } from '../../../helpers/temp-dir';
import {
  crashImage,
  damageTablePage,
  documentOf,
  editPlan,
  entries,
  foreignJournal,
  journalOfOpenTransaction,
  killWriterMidTransaction,
  makePlan,
} from './journal-makers';
import { omstil } from './run-cli';
import { examplePlan } from '../../../helpers/example-plan';

const MOVED = 'Plan (fremmed journal).omstil-journal';
const KEPT = 'Plan (før gendannelse).omstil';

/** A stray journal and the intact plan it is found beside. */
interface Stray {
  plan: string;
  journal: Buffer;
}

/** Flips one byte the record checksums cover: in the first record's page, 200 before its end. */
function flipCheckedByte(journal: Buffer): Buffer {
  const damaged = Buffer.from(journal);
  const sector = damaged.readUInt32BE(20);
  const pageSize = damaged.readUInt32BE(24);
  const at = sector + 4 + pageSize - 200;
  damaged[at] = (damaged[at] ?? 0) ^ 0x01;
  return damaged;
}

/** Where a journal synced more than once starts its second part: the sector after its records. */
function secondHeaderAt(journal: Buffer): number {
  const sector = journal.readUInt32BE(20);
  const pageSize = journal.readUInt32BE(24);
  const end = sector + journal.readUInt32BE(8) * (pageSize + 8);
  return Math.ceil(end / sector) * sector;
}

/**
 * Journals that are not the plan's, each beside an intact plan: what sync tools, old copies and
 * other programs leave in a shared folder. SQLite would roll each of them back into the plan.
 */
const STRAYS: [string, (dir: string) => Stray][] = [
  [
    'an old journal of the same plan, copied while a transaction ran, after later edits',
    (dir) => {
      const plan = makePlan(dir);
      const journal = journalOfOpenTransaction(plan, 'commit');
      editPlan(plan, 'Senere formål');
      return { plan, journal };
    },
  ],
  [
    'a journal of another copy of the plan that went its own way',
    (dir) => {
      const plan = makePlan(dir);
      const other = join(dir, 'Kopi.omstil');
      copyFileSync(plan, other);
      editPlan(other, 'Kopiens formål', 1);
      const journal = journalOfOpenTransaction(other);
      editPlan(plan, 'Planens formål', 60);
      return { plan, journal };
    },
  ],
  [
    'a journal of the plan from before a clean copy of it was saved',
    (dir) => {
      const original = makePlan(dir, 'Original.omstil');
      const journal = journalOfOpenTransaction(original);
      const plan = join(dir, 'Plan.omstil');
      const db = openConnection(original, { readonly: true });
      saveCopy(db, original, plan);
      db.close();
      return { plan, journal };
    },
  ],
  [
    'a journal of another plan',
    (dir) => {
      const plan = makePlan(dir);
      const other = makePlan(dir, 'Anden.omstil');
      editPlan(other, 'Den anden plans formål', 1);
      return { plan, journal: journalOfOpenTransaction(other) };
    },
  ],
  [
    'a journal of another SQLite database with the same page size',
    (dir) => ({ plan: makePlan(dir), journal: foreignJournal(dir, 4096) }),
  ],
  [
    'a journal of a database with another page size',
    (dir) => ({ plan: makePlan(dir), journal: foreignJournal(dir, 8192) }),
  ],
  [
    'random bytes under the journal’s name',
    (dir) => {
      const noise = Buffer.alloc(9000);
      for (let i = 0; i < noise.length; i++) noise[i] = ((i * 7919 + 13) % 251) + 1;
      return { plan: makePlan(dir), journal: noise };
    },
  ],
  [
    'the plan’s own journal, cut short by a sync tool',
    (dir) => {
      const plan = makePlan(dir);
      const journal = journalOfOpenTransaction(plan);
      return { plan, journal: journal.subarray(0, Math.floor(journal.length / 2) + 3) };
    },
  ],
  [
    'the plan’s own journal, cut short inside the header of its second part',
    (dir) => {
      const plan = makePlan(dir);
      const journal = journalOfOpenTransaction(plan);
      const second = secondHeaderAt(journal);
      expect(journal.readUInt32BE(second)).toBe(0xd9d505f9);
      return { plan, journal: journal.subarray(0, second + 20) };
    },
  ],
  [
    'the plan’s own journal with a flipped bit',
    (dir) => {
      const plan = makePlan(dir);
      return { plan, journal: flipCheckedByte(journalOfOpenTransaction(plan)) };
    },
  ],
];

describe('a journal beside a plan', () => {
  const tempDir = useTempDir();

  describe('is moved aside, never rolled back, when it does not belong to the plan', () => {
    it.each(STRAYS)('%s', (_, make) => {
      const dir = tempDir();
      const { plan, journal } = make(dir);
      const document = documentOf(plan);
      const bytes = readFileSync(plan);
      writeFileSync(`${plan}-journal`, journal);

      const session = PlanSession.open(plan);
      expect(session.readOnly).toBe(false);
      expect(session.document()).toEqual(document);
      expect(session.notice?.code).toBe('journal-moved-aside');
      expect(session.notice?.message.da).toContain(`»${MOVED}«`);
      expect(session.notice?.message.da).toContain('planen er ikke ændret');
      session.close();

      expect(readFileSync(plan).equals(bytes)).toBe(true);
      expect(existsSync(`${plan}-journal`)).toBe(false);
      expect(readFileSync(join(dir, MOVED)).equals(journal)).toBe(true);
      expect(entries(dir).filter((e) => e.includes('før gendannelse'))).toEqual([]);
    });
  });

  it('is moved aside by omstil check and omstil export too, and the plan read as it is', async () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const journal = journalOfOpenTransaction(plan, 'commit');
    editPlan(plan, 'Nyeste formål');
    const bytes = readFileSync(plan);

    writeFileSync(`${plan}-journal`, journal);
    const check = await omstil(dir, 'check', 'Plan.omstil');
    expect(check.stderr).toEqual([]);
    expect(check.code).toBe(0);
    expect(check.stdout[0]).toContain(`flyttet til »${MOVED}«`);
    expect(check.stdout[1]).toContain('Plan.omstil');

    writeFileSync(`${plan}-journal`, journal);
    const exported = await omstil(dir, 'export', 'Plan.omstil', '--format', 'json', '-o', 'p.json');
    expect(exported.code).toBe(0);
    expect(exported.stdout[0]).toContain('»Plan (fremmed journal 2).omstil-journal«');
    const json = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')) as {
      plan: { purpose: string };
    };
    expect(json.plan.purpose).toBe('Nyeste formål');

    expect(readFileSync(plan).equals(bytes)).toBe(true);
    expect(entries(dir)).toEqual([
      'Plan (fremmed journal 2).omstil-journal',
      MOVED,
      'Plan.omstil',
      'p.json',
    ]);
  });

  describe('is rolled back when it belongs, after the plan and the journal are kept', () => {
    it('left by a writer killed in the middle of a transaction', () => {
      const dir = tempDir();
      const plan = makePlan(dir);
      const document = documentOf(plan);
      killWriterMidTransaction(plan);
      const halfWritten = readFileSync(plan);
      const journal = readFileSync(`${plan}-journal`);
      expect(journal[0]).not.toBe(0);

      const session = PlanSession.open(plan);
      expect(session.readOnly).toBe(false);
      expect(session.notice?.code).toBe('journal-recovered');
      expect(session.notice?.message.da).toContain(`»${KEPT}« og »${KEPT}-journal«`);
      expect(session.document()).toEqual(document);
      session.close();

      expect(readFileSync(join(dir, KEPT)).equals(halfWritten)).toBe(true);
      expect(readFileSync(join(dir, `${KEPT}-journal`)).equals(journal)).toBe(true);
      expect(existsSync(`${plan}-journal`)).toBe(false);
      expect(inspectPlanFile(plan).status).toBe('current');
    });

    it('copied with its plan while a transaction ran, through omstil check', async () => {
      const dir = tempDir();
      const source = makePlan(dir, 'Kilde.omstil');
      const plan = join(dir, 'Plan.omstil');
      crashImage(source, plan);
      const halfWritten = readFileSync(plan);
      const journal = readFileSync(`${plan}-journal`);

      const check = await omstil(dir, 'check', 'Plan.omstil');
      expect(check.stderr).toEqual([]);
      expect(check.code).toBe(0);
      expect(check.stdout[0]).toContain('er rullet tilbage');
      expect(documentOf(plan)).toEqual(documentOf(source));
      expect(readFileSync(join(dir, KEPT)).equals(halfWritten)).toBe(true);
      expect(readFileSync(join(dir, `${KEPT}-journal`)).equals(journal)).toBe(true);
      expect(entries(dir)).toEqual(['Kilde.omstil', KEPT, `${KEPT}-journal`, 'Plan.omstil']);
    });
  });

  it('is put back with its plan when the plan fails the checks after the rollback', async () => {
    const dir = tempDir();
    const source = makePlan(dir, 'Kilde.omstil');
    const plan = join(dir, 'Plan.omstil');
    crashImage(source, plan);
    const journal = readFileSync(`${plan}-journal`);
    damageTablePage(journal);
    writeFileSync(`${plan}-journal`, journal);
    const halfWritten = readFileSync(plan);

    const error = catchAppError(() => inspectPlanFile(plan));
    expect(error.code).toBe('recovery-failed');
    expect(error.message.da).toContain('Omstil kunne ikke gendanne planen Plan.omstil');
    expect(error.message.da).toContain('er beskadiget');
    expect(error.message.da).toContain(`lagt tilbage, som de lå, og er også gemt som »${KEPT}«`);
    expect(readFileSync(plan).equals(halfWritten)).toBe(true);
    expect(readFileSync(`${plan}-journal`).equals(journal)).toBe(true);
    expect(readFileSync(join(dir, KEPT)).equals(halfWritten)).toBe(true);
    expect(readFileSync(join(dir, `${KEPT}-journal`)).equals(journal)).toBe(true);

    // Asked again, it says the same and keeps no second copy of the same pair.
    const check = await omstil(dir, 'check', 'Plan.omstil');
    expect(check.code).toBe(2);
    expect(check.stderr).toHaveLength(1);
    expect(check.stderr[0]).toContain(`»${KEPT}«`);
    expect(readFileSync(plan).equals(halfWritten)).toBe(true);
    expect(entries(dir)).toEqual([
      'Kilde.omstil',
      KEPT,
      `${KEPT}-journal`,
      'Plan.omstil',
      'Plan.omstil-journal',
    ]);
  });

  it('is taken for the plan’s own one transaction behind it, and put back when that fails', () => {
    // The journal of a transaction that never committed, beside the plan after the one commit
    // that followed (here the upgrade to this version): to the journal's header and page 1 this
    // is what a crash in the middle of that commit leaves. The checks after the rollback find
    // the damage, so both files are put back, and the message says what to do.
    const dir = tempDir();
    const plan = join(dir, 'Plan.omstil');
    writeOldPlanFile(plan, examplePlan(fixedEnvironment()), 1);
    const journal = journalOfOpenTransaction(plan);
    PlanSession.open(plan).close();
    const upgraded = readFileSync(plan);
    writeFileSync(`${plan}-journal`, journal);

    const error = catchAppError(() => PlanSession.open(plan));
    expect(error.code).toBe('recovery-failed');
    expect(error.message.da).toContain('Hører journalfilen ikke til planen');
    expect(readFileSync(plan).equals(upgraded)).toBe(true);
    expect(readFileSync(`${plan}-journal`).equals(journal)).toBe(true);
    expect(readFileSync(join(dir, `${KEPT}-journal`)).equals(journal)).toBe(true);
  });

  it('is left for the opening to deal with, and to tell of, when the start screen looks', () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const journal = journalOfOpenTransaction(plan, 'commit');
    editPlan(plan, 'Nyeste formål');
    writeFileSync(`${plan}-journal`, journal);

    expect(recentPlanStatus(plan, '2027-04-10')).toBeNull();
    expect(entries(dir)).toEqual(['Plan.omstil', 'Plan.omstil-journal']);

    const session = PlanSession.open(plan);
    expect(session.notice?.code).toBe('journal-moved-aside');
    session.close();
    expect(recentPlanStatus(plan, '2027-04-10')).not.toBeNull();
  });

  describe('is left alone when SQLite would not roll it back', () => {
    it.each([
      ['empty', Buffer.alloc(0)],
      ['whose header was never written', Buffer.alloc(6000)],
    ])('a journal %s', (_, journal) => {
      const dir = tempDir();
      const plan = makePlan(dir);
      const bytes = readFileSync(plan);
      writeFileSync(`${plan}-journal`, journal);
      expect(inspectPlanFile(plan).journal).toBeUndefined();
      expect(readFileSync(plan).equals(bytes)).toBe(true);
      expect(readFileSync(`${plan}-journal`).equals(journal)).toBe(true);
      expect(entries(dir)).toEqual(['Plan.omstil', 'Plan.omstil-journal']);
    });

    it('the journal of a transaction another connection is still writing', () => {
      const dir = tempDir();
      const plan = makePlan(dir);
      const writer = new Database(plan);
      try {
        // Without syncs SQLite writes the journal's header at once, so it looks hot on disk;
        // only the writer's lock says it is in use.
        writer.pragma('synchronous = OFF');
        writer.exec('BEGIN IMMEDIATE');
        writer.prepare("UPDATE plan SET title = 'Under arbejde'").run();
        const journal = readFileSync(`${plan}-journal`);
        expect(journal.readUInt32BE(0)).toBe(0xd9d505f9);

        expect(inspectPlanFile(plan).journal).toBeUndefined();
        expect(readFileSync(`${plan}-journal`).equals(journal)).toBe(true);
        expect(entries(dir)).toEqual(['Plan.omstil', 'Plan.omstil-journal']);
        writer.exec('ROLLBACK');
      } finally {
        writer.close();
      }
      expect(entries(dir)).toEqual(['Plan.omstil']);
    });
  });
});
