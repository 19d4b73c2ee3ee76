import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { omstilIn, runOmstil, runOmstilInProcess } from '../../helpers/cli-runner';
import { makeHostileFiles } from '../../helpers/hostile-files';
import { useTempDir } from '../../helpers/temp-dir';

describe('the omstil command', () => {
  const tempDir = useTempDir();

  const omstil = omstilIn(tempDir);

  it('makes the example plan, exports it, imports it again and checks it; both exports are equal', async () => {
    expect((await omstil('new', 'x.omstil', '--example')).code).toBe(0);
    expect((await omstil('export', 'x.omstil', '--format', 'json', '-o', 'x.json')).code).toBe(0);
    expect((await omstil('import', 'x.json', 'y.omstil')).code).toBe(0);
    const check = await omstil('check', 'y.omstil');
    expect(check).toMatchObject({ code: 0, stderr: '' });
    expect(check.stdout).toContain('OK');
    expect((await omstil('export', 'y.omstil', '--format', 'json', '-o', 'y.json')).code).toBe(0);
    const x = readFileSync(join(tempDir(), 'x.json'), 'utf8');
    expect(readFileSync(join(tempDir(), 'y.json'), 'utf8')).toBe(x);
    expect(JSON.parse(x)).toMatchObject({ format: 'omstil-plan', version: 1 });
  });

  it('makes an empty plan with a title and the chosen language', async () => {
    expect((await omstil('new', 'tom.omstil', '--title', 'Plan for HR', '--lang', 'en')).code).toBe(
      0,
    );
    await omstil('export', 'tom.omstil', '--format', 'json', '-o', 'tom.json');
    const file = JSON.parse(readFileSync(join(tempDir(), 'tom.json'), 'utf8')) as {
      plan: { title: string; language: string };
      activities: unknown[];
    };
    expect(file.plan).toMatchObject({ title: 'Plan for HR', language: 'en' });
    expect(file.activities).toEqual([]);
  });

  describe('refuses each hostile plan file with exit 2 and one line, leaving it as it was', () => {
    it.each(['empty', 'random', 'truncated', 'foreign', 'newer', 'trigger', 'extra-table'])(
      '%s',
      async (which) => {
        await omstil('new', 'valid.omstil', '--example');
        const hostile = makeHostileFiles(tempDir(), join(tempDir(), 'valid.omstil')).find((h) =>
          h.path.endsWith(`${which}.omstil`),
        )!;
        const bytes = readFileSync(hostile.path);
        const result = await omstil('check', hostile.path);
        expect(result.code).toBe(2);
        expect(result.stderr.split('\n')).toHaveLength(1);
        expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
        expect(readFileSync(hostile.path).equals(bytes)).toBe(true);
        expect(existsSync(`${hostile.path}-journal`)).toBe(false);
      },
    );
  });

  describe('refuses bad JSON on import with exit 2, writing nothing', () => {
    // A refused file's problems stand one to a line under a line that counts them.
    const cases: [string, (file: Record<string, unknown>) => string, RegExp, number][] = [
      [
        'an unknown key',
        (f) => {
          (f['activities'] as Record<string, unknown>[])[2]!['colour'] = 'rød';
          return JSON.stringify(f);
        },
        /activities\[2\]\.colour/,
        2,
      ],
      [
        'a dangling id',
        (f) => {
          (f['competences'] as { driverIds: string[] }[])[0]!.driverIds.push(
            '3f1c1f5e-9a8e-4c7e-8d6b-2a9c1e0b7a11',
          );
          return JSON.stringify(f);
        },
        /3f1c1f5e-9a8e-4c7e-8d6b-2a9c1e0b7a11/,
        1,
      ],
      ['broken JSON', () => '{"format": "omstil-plan", ', /JSON/, 1],
    ];
    it.each(cases)('%s', async (_name, spoil, message, lines) => {
      await omstil('new', 'x.omstil', '--example');
      await omstil('export', 'x.omstil', '--format', 'json', '-o', 'x.json');
      const file = JSON.parse(readFileSync(join(tempDir(), 'x.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      writeFileSync(join(tempDir(), 'bad.json'), spoil(file));
      const bytes = readFileSync(join(tempDir(), 'bad.json'));
      const before = readdirSync(tempDir()).sort();
      const result = await omstil('import', 'bad.json', 'out.omstil');
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n')).toHaveLength(lines);
      expect(readdirSync(tempDir()).sort()).toEqual(before);
      expect(readFileSync(join(tempDir(), 'bad.json')).equals(bytes)).toBe(true);
    });
  });

  it('will not import over an existing plan', async () => {
    await omstil('new', 'x.omstil', '--example');
    await omstil('export', 'x.omstil', '--format', 'json', '-o', 'x.json');
    const bytes = readFileSync(join(tempDir(), 'x.omstil'));
    const result = await omstil('import', 'x.json', 'x.omstil');
    expect(result.code).toBe(2);
    expect(readFileSync(join(tempDir(), 'x.omstil')).equals(bytes)).toBe(true);
  });

  it.each([
    [['frobnicate'], /Ukendt kommando/],
    [['export', 'x.omstil', '--format', 'json'], /-o/],
    [['export', 'x.omstil', '--format', 'odt', '-o', 'x.odt'], /odt/],
    [['check'], /Mangler/],
    [['new', 'x.omstil', '--colour'], /--colour/],
  ])('exits 1 on a usage error: %j', async (argv, message) => {
    const result = await omstil(...argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('speaks English when asked', async () => {
    const result = await omstil('check', 'missing.omstil', '--lang', 'en');
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toContain('does not exist');
  });

  // The rest of this file runs the command in this process; this one starts it as a user does,
  // through the package's bin, for what only a real process shows: its exit codes, and which
  // stream each line goes to. The refused file is opened, so the bundle's SQLite loads too.
  it('runs as `omstil` from the package’s bin: exit 0, 1 or 2, each line on its stream', async () => {
    const bin = join(__dirname, '../../../bin/omstil.cjs');
    const help = await runOmstil(['--help'], tempDir(), bin);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('new <fil.omstil>');
    expect(await runOmstil(['check', 'x.omstil', '--colour'], tempDir(), bin)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Ukendt eller ufuldstændigt valg --colour. Se »omstil --help«.',
    });
    writeFileSync(join(tempDir(), 'tekst.omstil'), 'ikke en plan');
    const refused = await runOmstil(['check', 'tekst.omstil'], tempDir(), bin);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toContain('tekst.omstil');
    expect(refused.stderr.split('\n')).toHaveLength(1);
  });
});

describe('omstil catalog', () => {
  const catalog = (...argv: string[]) => runOmstilInProcess(['catalog', ...argv], process.cwd());

  it('prints the catalogue in Danish by default, with the matching and its reasons', async () => {
    const result = await catalog('--json');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      drivers: { key: string; title: string; description: string }[];
      competences: unknown[];
      methods: { key: string; title: string }[];
      competenceMethods: {
        competence: string;
        method: string;
        strength: number;
        rationale: string;
      }[];
      driverCompetences: {
        driver: string;
        competence: string;
        strength: number;
        rationale: string;
      }[];
    };
    expect(parsed.drivers.map((d) => d.key)).toEqual([
      'strategy',
      'efficiency',
      'new-tasks',
      'new-systems',
      'security',
      'data',
    ]);
    expect(parsed.drivers[0]).toMatchObject({ title: 'Digital udvikling som strategisk satsning' });
    expect(parsed.competences).toHaveLength(11);
    expect(parsed.methods).toHaveLength(11);
    expect(parsed.competenceMethods).toContainEqual(
      expect.objectContaining({
        competence: 'trainer-skills',
        method: 'train-the-trainer',
        strength: 1,
      }),
    );
    expect(parsed.driverCompetences.length).toBeGreaterThan(0);
    expect(typeof parsed.competenceMethods[0]!.rationale).toBe('string');
  });

  it('prints English on --lang en', async () => {
    const parsed = JSON.parse((await catalog('--lang', 'en', '--json')).stdout) as {
      methods: { key: string; title: string }[];
    };
    expect(parsed.methods.find((m) => m.key === 'peer-training')!.title).not.toBe(
      'Sidemandsoplæring og nabotræning',
    );
  });

  it('asks for --json, the only output it has', async () => {
    expect((await catalog()).code).toBe(1);
  });
});
