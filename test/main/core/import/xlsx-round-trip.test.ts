import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { useTempDir } from '../../../helpers/temp-dir';
import { examplePlanFile } from '../integrity/tamper';

describe('a workbook `omstil export` writes, `omstil import` reads back to the same plan', () => {
  const tempDir = useTempDir();
  const at = (name: string) => join(tempDir(), name);

  async function omstil(...argv: string[]) {
    const err: string[] = [];
    const code = await runCli(argv, {
      cwd: tempDir(),
      stdout: () => {},
      stderr: (t) => err.push(t),
      env: fixedEnvironment(),
    });
    return { code, stderr: err.join('\n') };
  }

  it('through the plan the workbook keeps, as the JSON round trip compares it', async () => {
    examplePlanFile(at('Plan.omstil'));
    expect(await omstil('export', 'Plan.omstil', '--format', 'xlsx', '-o', 'plan.xlsx')).toEqual({
      code: 0,
      stderr: '',
    });
    expect(await omstil('import', 'plan.xlsx', 'Importeret.omstil')).toEqual({
      code: 0,
      stderr: '',
    });
    await omstil('export', 'Plan.omstil', '--format', 'json', '-o', 'plan.json');
    await omstil('export', 'Importeret.omstil', '--format', 'json', '-o', 'igen.json');
    const original = readFileSync(at('plan.json'), 'utf8');
    expect(readFileSync(at('igen.json'), 'utf8')).toBe(original);
    // The example plan's text is longer than a cell holds, so the copy spans several cells.
    expect(original.length).toBeGreaterThan(30_000);

    // The copy is out of sight: Excel lists only the plan's own sheets.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at('plan.xlsx'));
    const hidden = workbook.worksheets.filter((ws) => ws.state !== 'visible');
    expect(hidden.map((ws) => [ws.name, ws.state])).toEqual([['omstil-plan', 'veryHidden']]);
  });

  it('and refuses any other workbook, or a file that is no workbook, leaving no plan file', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Aktiviteter').addRow(['Titel', 'Start']);
    await workbook.xlsx.writeFile(at('udvalgets liste.xlsx'));
    const foreign = await omstil('import', 'udvalgets liste.xlsx', 'Ny.omstil');
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('ikke en plan eksporteret fra Omstil');
    expect(foreign.stderr).toContain('Importér fra Excel');

    writeFileSync(at('tekst.xlsx'), 'ikke et regneark');
    const text = await omstil('import', 'tekst.xlsx', 'Ny.omstil');
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('kan ikke læses som en Excel-projektmappe');
    expect(() => readFileSync(at('Ny.omstil'))).toThrow();
  });
});
