import ExcelJS from 'exceljs';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../../src/main/cli/commands/export';
import { cliMessages } from '../../../src/main/cli/messages';
import { readPlanReadOnly } from '../../../src/main/core/plan-file/read-only';
import { omstilIn, runOmstilInProcess } from '../../helpers/cli-runner';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { makeHostileFiles } from '../../helpers/hostile-files';
import { useTempDir } from '../../helpers/temp-dir';
import { pdfInfo, pdfText } from '../export/poppler';
import { SLOW } from '../export/plans';

describe('omstil export', { timeout: SLOW }, () => {
  const tempDir = useTempDir();

  const omstil = omstilIn(tempDir);

  const at = (name: string) => join(tempDir(), name);

  // The example plan, made once by the command itself; each test exports its own copy of it.
  let made = '';
  beforeAll(async () => {
    made = mkdtempSync(join(tmpdir(), 'omstil-example-'));
    expect((await runOmstilInProcess(['new', 'plan.omstil', '--example'], made)).code).toBe(0);
  });
  afterAll(() => rmSync(made, { recursive: true, force: true }));
  const newExample = (name: string) => copyFileSync(join(made, 'plan.omstil'), at(name));

  it('writes a PDF of the plan, Danish by default', async () => {
    newExample('plan.omstil');
    const result = await omstil('export', 'plan.omstil', '--format', 'pdf', '-o', 'plan.pdf');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(at('plan.pdf'));
    const text = pdfText(at('plan.pdf'));
    // The example is made as of today, and its title names its period's years.
    const { title } = readPlanReadOnly(at('plan.omstil')).document.plan;
    expect(title).toMatch(/^Kompetenceplan for den digitale omstilling \d{4}/);
    expect(text).toContain(title);
    expect(text).toContain('Side 1 af');
    expect(pdfInfo(at('plan.pdf'))['Title']).toBe(title);
  });

  it('writes an English PDF with --lang en', async () => {
    newExample('plan.omstil');
    const result = await omstil(
      'export',
      'plan.omstil',
      '--format',
      'pdf',
      '--lang',
      'en',
      '-o',
      'en.pdf',
    );
    expect(result.code).toBe(0);
    expect(pdfText(at('en.pdf'))).toContain('Page 1 of');
  });

  it('writes a workbook', async () => {
    newExample('plan.omstil');
    expect(
      (await omstil('export', 'plan.omstil', '--format', 'xlsx', '-o', 'plan.xlsx')).code,
    ).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at('plan.xlsx'));
    // The header, twelve activities, the total, an empty row and the note on cancelled ones.
    expect(workbook.getWorksheet('Indsatser')?.rowCount).toBe(16);
    expect(workbook.getWorksheet('Indsatser')?.getRow(14).getCell(1).value).toBe('I alt');
  });

  it('writes the activities as CSV', async () => {
    newExample('plan.omstil');
    expect((await omstil('export', 'plan.omstil', '--format', 'csv', '-o', 'plan.csv')).code).toBe(
      0,
    );
    const text = readFileSync(at('plan.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')).toHaveLength(14);
  });

  it('writes interchange JSON that imports back to the same plan', async () => {
    newExample('plan.omstil');
    expect(
      (await omstil('export', 'plan.omstil', '--format', 'json', '-o', 'plan.json')).code,
    ).toBe(0);
    expect((await omstil('import', 'plan.json', 'copy.omstil')).code).toBe(0);
    await omstil('export', 'copy.omstil', '--format', 'json', '-o', 'copy.json');
    expect(readFileSync(at('copy.json'), 'utf8')).toBe(readFileSync(at('plan.json'), 'utf8'));
  });

  it('replaces an earlier export of the same name', async () => {
    newExample('plan.omstil');
    writeFileSync(at('plan.csv'), 'old');
    expect((await omstil('export', 'plan.omstil', '--format', 'csv', '-o', 'plan.csv')).code).toBe(
      0,
    );
    expect(readFileSync(at('plan.csv'), 'utf8')).toContain('Indsats;');
  });

  describe('usage errors exit 1 and write nothing', () => {
    it.each([
      [
        'an unknown format',
        ['--format', 'odt', '-o', 'plan.odt'],
        /odt.*pdf, docx, xlsx, csv, json/,
      ],
      ['no format', ['-o', 'plan.pdf'], /--format/],
      ['no output', ['--format', 'pdf'], /-o/],
      ['an unknown option', ['--format', 'pdf', '-o', 'plan.pdf', '--colour'], /--colour/],
    ])('%s', async (_name, args, message) => {
      newExample('plan.omstil');
      const before = readdirSync(tempDir()).sort();
      const result = await omstil('export', 'plan.omstil', ...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(readdirSync(tempDir()).sort()).toEqual(before);
    });
  });

  describe('--sections (given to the command as the parser hands it over)', () => {
    async function exportWith(format: string, sections: string) {
      newExample('plan.omstil');
      const out: string[] = [];
      await exportCommand({
        args: {
          positional: ['plan.omstil'],
          options: new Map<string, string | true>([
            ['format', format],
            ['output', `part.${format}`],
            ['sections', sections],
          ]),
        },
        cwd: tempDir(),
        lang: 'da',
        messages: cliMessages.da,
        env: fixedEnvironment(),
        stdout: (t) => out.push(t),
      });
      return out;
    }

    it('writes only the chosen parts of the PDF', async () => {
      await exportWith('pdf', 'summary, activities');
      const text = pdfText(at('part.pdf'));
      expect(text).toContain('Sammenfatning');
      expect(text).toContain('Kortlægning af kompetencebehov før systemskiftet');
      expect(text).not.toContain('Baggrunde og udfordringer');
    });

    it('refuses a section that does not exist, naming those that do', async () => {
      await expect(exportWith('pdf', 'summary,appendix')).rejects.toThrow(
        /appendix.*cover, committee, summary/,
      );
    });

    it('refuses sections for a format that has none', async () => {
      await expect(exportWith('csv', 'summary')).rejects.toThrow(/--format pdf/);
    });
  });

  it('will not write the export over the plan itself', async () => {
    newExample('plan.omstil');
    const bytes = readFileSync(at('plan.omstil'));
    const result = await omstil('export', 'plan.omstil', '--format', 'pdf', '-o', 'plan.omstil');
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(readFileSync(at('plan.omstil')).equals(bytes)).toBe(true);
  });

  it('refuses a plan file that is missing, with one line and exit 2', async () => {
    const result = await omstil('export', 'nowhere.omstil', '--format', 'pdf', '-o', 'x.pdf');
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(existsSync(at('x.pdf'))).toBe(false);
  });

  // A plan from a newer Omstil only opens read-only: this version cannot vouch for what it holds,
  // so it is not carried into documents either, as `check` does not pass it.
  describe('refuses each hostile plan file with exit 2 and one line, leaving no output', () => {
    it.each(['empty', 'random', 'truncated', 'foreign', 'newer', 'trigger', 'extra-table'])(
      '%s',
      async (which) => {
        newExample('valid.omstil');
        const hostile = makeHostileFiles(tempDir(), at('valid.omstil')).find((h) =>
          h.path.endsWith(`${which}.omstil`),
        )!;
        const bytes = readFileSync(hostile.path);
        const before = readdirSync(tempDir()).sort();
        for (const format of ['pdf', 'xlsx', 'csv', 'json']) {
          const result = await omstil(
            'export',
            hostile.path,
            '--format',
            format,
            '-o',
            `out.${format}`,
          );
          expect(result.code, format).toBe(2);
          expect(result.stderr.split('\n')).toHaveLength(1);
          expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
        }
        expect(readdirSync(tempDir()).sort()).toEqual(before);
        expect(readFileSync(hostile.path).equals(bytes)).toBe(true);
      },
    );
  });
});
