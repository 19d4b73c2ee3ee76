import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSqliteHeader } from '../../../../src/main/core/plan-file/header';
import {
  journalMismatch,
  type PlanBeside,
} from '../../../../src/main/core/plan-file/journal-belongs';
import {
  pageChecksum,
  readRollbackJournal,
  type RollbackJournal,
} from '../../../../src/main/core/plan-file/journal-file';
import { useTempDir } from '../../../helpers/temp-dir';
import { editPlan, foreignJournal, journalOfOpenTransaction, makePlan } from './journal-makers';

function planBeside(path: string): PlanBeside {
  const header = readSqliteHeader(path)!;
  return { header, pageOne: readFileSync(path).subarray(0, header.pageSize) };
}

describe('reading a rollback journal', () => {
  const tempDir = useTempDir();

  function read(dir: string, journal: Buffer) {
    const path = join(dir, 'x-journal');
    writeFileSync(path, journal);
    return readRollbackJournal(path);
  }

  function readOk(dir: string, journal: Buffer): RollbackJournal {
    const reading = read(dir, journal);
    if (!reading.ok) return expect.fail(`not read: ${reading.flaw}`);
    return reading.journal;
  }

  it('finds the page size, the initial size, every synced record and the copy of page 1', () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const pages = readSqliteHeader(plan)!.pageCount;
    const journal = readOk(dir, journalOfOpenTransaction(plan));
    expect(journal).toMatchObject({ pageSize: 4096, initialPages: pages });
    expect(journal.records).toBeGreaterThanOrEqual(2);
    expect(journal.pageOne?.equals(readFileSync(plan).subarray(0, 4096))).toBe(true);
  });

  it('reads a journal written without syncs, whose records run to its end', () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const db = new Database(plan);
    db.pragma('synchronous = OFF');
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE plan SET title = 'Uden synkronisering'").run();
    const bytes = readFileSync(`${plan}-journal`);
    db.exec('ROLLBACK');
    db.close();
    expect(bytes.readUInt32BE(8)).toBe(0xffffffff);
    const journal = readOk(dir, bytes);
    expect(journal.records).toBe(Math.floor((bytes.length - 512) / (4096 + 8)));
    expect(journalMismatch(journal, planBeside(plan))).toBeNull();
  });

  it('computes the checksum as SQLite does: the nonce and every 200th byte from the end', () => {
    const page = Buffer.alloc(1024);
    for (const at of [824, 624, 424, 224, 24]) page[at] = 1;
    page[0] = 100; // not counted: the loop stops above 0
    page[1000] = 100; // not counted: not on the 200-step
    expect(pageChecksum(0xfffffffe, page)).toBe(3);
  });

  const MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);
  const RECORD = 512; // where the first record starts: the sector size of these journals

  it.each<[string, (j: Buffer) => Buffer, string]>([
    ['without the magic', (j) => j.fill(7, 0, 8), 'not-a-journal'],
    ['with a page size SQLite does not know', (j) => (j.writeUInt32BE(1000, 24), j), 'damaged'],
    ['with a sector size SQLite does not know', (j) => (j.writeUInt32BE(0, 20), j), 'damaged'],
    ['with a record for page 0', (j) => (j.writeUInt32BE(0, RECORD), j), 'damaged'],
    ['with a record cut short', (j) => j.subarray(0, RECORD + 100), 'damaged'],
    ['counting no records', (j) => (j.writeUInt32BE(0, 8), j), 'damaged'],
    [
      'naming a super-journal, as a transaction over several databases does',
      (j) => {
        const name = Buffer.from('/tmp/other-mj01');
        const tail = Buffer.alloc(16);
        tail.writeUInt32BE(name.length, 0);
        tail.writeUInt32BE(
          [...name].reduce((a, b) => a + b, 0),
          4,
        );
        MAGIC.copy(tail, 8);
        return Buffer.concat([j, name, tail]);
      },
      'not-ours',
    ],
  ])('refuses a journal %s', (_, change, flaw) => {
    const dir = tempDir();
    const bytes = journalOfOpenTransaction(makePlan(dir));
    expect(bytes.readUInt32BE(20)).toBe(RECORD);
    // Its first segment alone, with one record: a journal SQLite would play back as it is.
    const first = Buffer.from(bytes.subarray(0, RECORD + 4096 + 8));
    first.writeUInt32BE(1, 8);
    expect(read(dir, Buffer.from(first)).ok).toBe(true);
    expect(read(dir, change(first))).toEqual({ ok: false, flaw });
  });
});

describe('whether a journal belongs to the plan beside it', () => {
  const tempDir = useTempDir();

  function journalOf(dir: string, bytes: Buffer): RollbackJournal {
    const path = join(dir, 'j-journal');
    writeFileSync(path, bytes);
    const reading = readRollbackJournal(path);
    if (!reading.ok) return expect.fail(reading.flaw);
    return reading.journal;
  }

  it('does when it is the plan’s own, before the commit wrote anything (same change counter)', () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const journal = journalOf(dir, journalOfOpenTransaction(plan));
    expect(journalMismatch(journal, planBeside(plan))).toBeNull();
  });

  it('does when the commit had written page 1 (the plan one change ahead)', () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const journal = journalOf(dir, journalOfOpenTransaction(plan));
    const beside = planBeside(plan);
    const ahead = Buffer.from(beside.pageOne);
    ahead.writeUInt32BE(beside.header.changeCounter + 1, 24);
    const header = { ...beside.header, changeCounter: beside.header.changeCounter + 1 };
    expect(journalMismatch(journal, { header, pageOne: ahead })).toBeNull();
  });

  it('does not when the plan has moved on by more than one change', () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const journal = journalOf(dir, journalOfOpenTransaction(plan));
    editPlan(plan, 'Videre', 1);
    expect(journalMismatch(journal, planBeside(plan))).toBe('other-version');
  });

  it('does not when the change counter is the same but page 1 is not', () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const journal = journalOf(dir, journalOfOpenTransaction(plan));
    const beside = planBeside(plan);
    const other = Buffer.from(beside.pageOne);
    other.writeUInt32BE(other.readUInt32BE(40) + 1, 40); // another schema cookie
    expect(journalMismatch(journal, { ...beside, pageOne: other })).toBe('other-version');
  });

  it('does not when its copy of page 1 has another size than its header says', () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const journal = journalOf(dir, journalOfOpenTransaction(plan));
    expect(
      journalMismatch({ ...journal, initialPages: journal.initialPages + 1 }, planBeside(plan)),
    ).toBe('other-version');
  });

  it('without page 1, does only when the plan has the size the journal began with', () => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const journal = { ...journalOf(dir, journalOfOpenTransaction(plan)), pageOne: null };
    expect(journalMismatch(journal, planBeside(plan))).toBeNull();
    expect(journalMismatch({ ...journal, initialPages: 3 }, planBeside(plan))).toBe(
      'other-version',
    );
  });

  it.each([
    ['another page size', 8192],
    ['another application id', 4096],
  ])('does not when it is of a database with %s', (_, pageSize) => {
    const dir = tempDir();
    const plan = makePlan(dir);
    const journal = journalOf(dir, foreignJournal(dir, pageSize));
    expect(journalMismatch(journal, planBeside(plan))).toBe('other-database');
  });
});
