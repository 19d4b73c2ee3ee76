import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/main';
import { TrendsReportSchema } from '../../../src/shared/trends';
import { runOmstil } from '../../helpers/cli-runner';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { TRENDS_PLAN_FILES, writeTrendsFolder } from '../../helpers/trends-folder';
import { pdfText } from '../export/poppler';
import { SLOW } from '../export/plans';

// The counts themselves are checked in test/main/core/trends/trends-folder.test.ts; here, the
// command's files and words.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-trends-cli-'));
  writeTrendsFolder(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command run in this process, as `omstil …` in the test's folder. */
async function omstil(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: dir,
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    env: fixedEnvironment(),
  });
  return { code, stdout: stdout.trimEnd(), stderr: stderr.trimEnd() };
}

describe('omstil trends', { timeout: SLOW }, () => {
  it('writes the report as JSON in the shape of issue 18, naming the files it could not read', async () => {
    const result = await omstil('trends', 'plans', '-o', 'tendenser.json');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      expect.stringMatching(/^Ikke talt med: plans\/afbrudt\.omstil: En ændring af planen/),
      expect.stringMatching(/^Ikke talt med: plans\/andet\.json: /),
      'Ikke talt med: plans/noter.omstil: noter.omstil er ikke en Omstil-plan: Filen har et ukendt indhold.',
      expect.stringMatching(
        /^Ikke talt med: plans\/ødelagt\.omstil: Planen ødelagt\.omstil er beskadiget/,
      ),
      `Skrevet: ${join(dir, 'tendenser.json')} (5 planer talt med, 4 filer kunne ikke læses)`,
    ]);
    const report = TrendsReportSchema.parse(
      JSON.parse(readFileSync(join(dir, 'tendenser.json'), 'utf8')),
    );
    expect(report.plans).toEqual(TRENDS_PLAN_FILES.map((f) => `plans/${f}`));
    expect(report.skipped.map((s) => s.file)).toEqual([
      'plans/afbrudt.omstil',
      'plans/andet.json',
      'plans/noter.omstil',
      'plans/ødelagt.omstil',
    ]);
    for (const list of ['drivers', 'competences', 'methods'] as const) {
      for (const entry of report[list]) {
        expect(Object.keys(entry)).toEqual(['key', 'title', 'count', 'share', 'files']);
      }
    }
    expect(report.drivers[0]).toEqual({
      key: 'efficiency',
      title: 'Effektivisering',
      count: 3,
      share: 0.6,
      files: ['plans/a.omstil', 'plans/b.omstil', 'plans/låst.omstil'],
    });
  });

  it('reads in worker threads in the built command and counts the same', async () => {
    const inProcess = TrendsReportSchema.parse(
      JSON.parse((await omstil('trends', 'plans', '--lang', 'en')).stdout),
    );
    // Its own process: the readers' worker file is found beside the built bundle, not the sources.
    const built = await runOmstil(['trends', 'plans', '--lang', 'en'], dir);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toEqual(inProcess);
    expect(inProcess.drivers[0]?.title).toBe('Efficiency');
  });

  it('writes a PDF that reads like the seed article’s overview, with the numbers', async () => {
    const result = await omstil('trends', 'plans', '--format', 'pdf', '-o', 'tendenser.pdf');
    expect(result.code).toBe(0);
    const text = pdfText(join(dir, 'tendenser.pdf'));
    for (const expected of [
      'Tendenser i arbejdet med digitale kompetencer',
      'Oversigten er lavet ud fra 5 planer',
      '1. juli 2025 – 29. februar 2028',
      'Budget 130.000 kr. budgetteret, 30.000 kr. brugt (i 2 planer af 5)',
      'Deltagere 30 planlagt, 15 nået (i 2 planer af 5)',
      'Baggrunde og udfordringer for indsatserne',
      'Effektivisering 3 60 %',
      'Nyt sagssystem (egen) 2 40 %',
      'Flest planer har »Effektivisering« med: 3 af 5.',
      'Kompetencer, der skal udvikles',
      'Metoder til digital omstilling',
      'Sidemandsoplæring og nabotræning 2 40 %',
      'Antal personer Sagsbehandlere 2 40 % 65 Ledere 1 20 %',
      'Filer, der ikke er talt med',
      'plans/noter.omstil: noter.omstil er ikke en Omstil-plan',
      'plans/a-gammel.omstil: samme plan som plans/a.omstil, der er talt med i stedet',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is listed in the help, and asks for a file to write a PDF to', async () => {
    expect((await omstil('--help')).stdout).toContain('trends <fil-eller-mappe>...');
    expect(await omstil('trends', 'plans', '--format', 'pdf')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Mangler -o <ud.pdf>. Se »omstil --help«.',
    });
  });
});
