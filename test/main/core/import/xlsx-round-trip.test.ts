import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { createEntity } from '../../../../src/main/core/services/entity-service';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { useTempDir } from '../../../helpers/temp-dir';
import { makeWorkshopPlan } from '../../../helpers/workshop-plan';
import { examplePlanFile } from '../integrity/tamper';

/** Every part of a workbook's zip as text: what anyone who unzips the file can read. */
async function zipParts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async('string'));
  }
  return parts;
}

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
    expect(
      await omstil(
        'export',
        'Plan.omstil',
        '--format',
        'xlsx',
        '--with-plan-data',
        '-o',
        'plan.xlsx',
      ),
    ).toEqual({ code: 0, stderr: '' });
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

  it('only when asked: by default the workbook holds no more than its sheets show, and says so on import', async () => {
    makeWorkshopPlan(at('Plan.omstil'));
    const session = PlanSession.open(
      at('Plan.omstil'),
      fixedEnvironment('2026-12-01T09:00:00.000Z', '11111111'),
    );
    createEntity(session, {
      entity: 'statusSnapshot',
      values: { note: 'Drøftet fortroligt med tillidsrepræsentanten' },
    });
    session.close();
    // Texts only the plan's data holds: a parked card, a voter, a status note.
    const hiddenOnly = [
      'Ny ordning for kantinen',
      'Dorte',
      'Drøftet fortroligt med tillidsrepræsentanten',
    ];
    const has = (parts: Map<string, string>, text: string) =>
      [...parts.values()].some((p) => p.includes(text));

    expect(
      await omstil('export', 'Plan.omstil', '--format', 'xlsx', '-o', 'til ledelsen.xlsx'),
    ).toEqual({ code: 0, stderr: '' });
    const plain = await zipParts(at('til ledelsen.xlsx'));
    expect(has(plain, 'Kompetenceplan 2027')).toBe(true);
    for (const text of [...hiddenOnly, 'omstil-plan']) expect(has(plain, text)).toBe(false);

    const withData = ['--format', 'xlsx', '--with-plan-data', '-o', 'med data.xlsx'];
    await omstil('export', 'Plan.omstil', ...withData);
    const full = await zipParts(at('med data.xlsx'));
    for (const text of [...hiddenOnly, 'omstil-plan']) expect(has(full, text)).toBe(true);

    const refused = await omstil('import', 'til ledelsen.xlsx', 'Ny.omstil');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('eksporteret fra Omstil uden planens data');
    expect(refused.stderr).toContain('»Importér fra Excel …« på skærmen Indsatser');
    expect(() => readFileSync(at('Ny.omstil'))).toThrow();

    const pdf = await omstil(
      'export',
      'Plan.omstil',
      '--format',
      'pdf',
      '--with-plan-data',
      '-o',
      'x.pdf',
    );
    expect(pdf).toEqual({
      code: 1,
      stderr: 'Valget --with-plan-data kan kun bruges med --format xlsx.',
    });
  });

  it('and refuses any other workbook, or a file that is no workbook, leaving no plan file', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Aktiviteter').addRow(['Titel', 'Start']);
    await workbook.xlsx.writeFile(at('udvalgets liste.xlsx'));
    const foreign = await omstil('import', 'udvalgets liste.xlsx', 'Ny.omstil');
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('rummer ingen plandata fra Omstil');
    expect(foreign.stderr).toContain('»Importér fra Excel …« på skærmen Indsatser');

    writeFileSync(at('tekst.xlsx'), 'ikke et regneark');
    const text = await omstil('import', 'tekst.xlsx', 'Ny.omstil');
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('kan ikke læses som en Excel-projektmappe');
    expect(() => readFileSync(at('Ny.omstil'))).toThrow();
  });
});
