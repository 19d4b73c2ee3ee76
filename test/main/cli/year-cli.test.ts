import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../src/main/core';
import { omstilIn } from '../../helpers/cli-runner';
import { useTempDir } from '../../helpers/temp-dir';

describe('the omstil command and the committee’s year', () => {
  const tempDir = useTempDir();

  const omstil = omstilIn(tempDir);

  it('checks a new example plan, whose export holds its årshjul, snapshots and evaluation', async () => {
    expect((await omstil('new', 'eksempel.omstil', '--example')).code).toBe(0);
    expect(await omstil('check', 'eksempel.omstil')).toMatchObject({ code: 0, stderr: '' });
    await omstil('export', 'eksempel.omstil', '--format', 'json', '-o', 'eksempel.json');
    const file = JSON.parse(readFileSync(join(tempDir(), 'eksempel.json'), 'utf8')) as {
      yearItems: unknown[];
      statusSnapshots: unknown[];
      evaluations: { year: number }[];
    };
    expect(file.yearItems.length).toBeGreaterThanOrEqual(12);
    expect(file.statusSnapshots).toHaveLength(2);
    expect(file.evaluations.map((e) => e.year)).toEqual([2026]);
  });

  it('gives a new plan the default årshjul in its language and today as its draft date', async () => {
    // The command's "today" is the day it ran: between these two readings of the clock.
    const before = localIsoDate(new Date());
    expect((await omstil('new', 'ny.omstil', '--lang', 'en')).code).toBe(0);
    const after = localIsoDate(new Date());
    await omstil('export', 'ny.omstil', '--format', 'json', '-o', 'ny.json');
    const file = JSON.parse(readFileSync(join(tempDir(), 'ny.json'), 'utf8')) as {
      plan: { statusDates: { draft: string | null } };
      yearItems: { month: number; title: string }[];
    };
    expect([before, after]).toContain(file.plan.statusDates.draft);
    expect(new Set(file.yearItems.map((y) => y.month)).size).toBe(12);
    expect(file.yearItems.some((y) => /committee/i.test(y.title))).toBe(true);
    expect(file.yearItems.some((y) => /SU-møde/.test(y.title))).toBe(false);
  });

  it('refuses to import a plan with two evaluations for one year, with exit 2 and the year', async () => {
    await omstil('new', 'eksempel.omstil', '--example');
    await omstil('export', 'eksempel.omstil', '--format', 'json', '-o', 'eksempel.json');
    const path = join(tempDir(), 'eksempel.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { evaluations: { id: string }[] };
    file.evaluations.push({ ...file.evaluations[0]!, id: '5d0e5c1b-7a5e-4b43-9d51-0f2b8c3a9e77' });
    writeFileSync(path, JSON.stringify(file));
    const run = await omstil('import', 'eksempel.json', 'dobbelt.omstil');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('2026');
  });
});
