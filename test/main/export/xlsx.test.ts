import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderPlanXlsx } from '../../../src/main/export/xlsx/workbook';
import type { PlanDocument } from '../../../src/shared/model/document';
import { blankPlan, examplePlan, EXPORT_DATE, SLOW } from './plans';

async function readBack(doc: PlanDocument, lang: 'da' | 'en' = 'da'): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const data = await renderPlanXlsx(doc, { lang, now: EXPORT_DATE });
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/** The sheets a reader sees: asked to, the export also keeps the plan's JSON text in a very hidden one. */
const shown = (workbook: ExcelJS.Workbook) =>
  workbook.worksheets.filter((ws) => ws.state === 'visible');

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function headerRow(ws: ExcelJS.Worksheet): string[] {
  const values = ws.getRow(1).values as unknown[];
  return values.slice(1).map(String);
}

describe('the plan as a spreadsheet', { timeout: SLOW }, () => {
  it('has one sheet per kind of row, with Danish names', async () => {
    const workbook = await readBack(examplePlan());
    expect(shown(workbook).map((ws) => ws.name)).toEqual([
      'Plan',
      'Udvalg',
      'Målgrupper',
      'Baggrunde',
      'Kompetencer',
      'Metoder',
      'Indsatser',
      'Budget',
      'Målinger',
      'Årshjul',
    ]);
  });

  it('has the årshjul from the month the period starts, with month numbers Excel can sort by', async () => {
    const doc = examplePlan();
    const ws = sheet(await readBack(doc), 'Årshjul');
    expect(headerRow(ws)).toEqual([
      'Månedsnr.',
      'Måned',
      'Punkt',
      'Type',
      'Ansvarlig',
      'Indsatser',
      'Beskrivelse',
    ]);
    expect(ws.rowCount).toBe(doc.yearItems.length + 1);
    const start = Number(doc.plan.periodStart!.slice(5, 7));
    const months = Array.from(
      { length: ws.rowCount - 1 },
      (_, i) => ws.getRow(i + 2).getCell(1).value,
    );
    expect(months[0]).toBe(start);
    const forward = months.map((m) => (Number(m) - start + 12) % 12);
    expect(forward).toEqual([...forward].sort((a, b) => a - b));
    const linked = doc.yearItems.find((i) => i.activityIds.length > 0)!;
    const row = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2)).find(
      (r) => r.getCell(3).value === linked.title,
    )!;
    const title = doc.activities.find((a) => a.id === linked.activityIds[0])!.title;
    expect(row.getCell(6).text).toContain(title);
  });

  it('has a Danish header row, a row per activity, a frozen first row and a filter', async () => {
    const doc = examplePlan();
    const ws = sheet(await readBack(doc), 'Indsatser');
    expect(headerRow(ws).slice(0, 10)).toEqual([
      'Indsats',
      'Beskrivelse',
      'Ansvarlig',
      'Start',
      'Slut',
      'Status',
      'Fremdrift',
      'Budget',
      'Forbrugt',
      'Finansiering',
    ]);
    // The rows, then the total and, after an empty row, the note on cancelled activities.
    expect(ws.rowCount).toBe(doc.activities.length + 4);
    expect(ws.getRow(doc.activities.length + 2).getCell(1).value).toBe('I alt');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(JSON.stringify(ws.autoFilter)).toContain(String(doc.activities.length + 1));
  });

  it('writes dates as dates, money as numbers in kroner and progress as a percentage', async () => {
    const doc = examplePlan();
    const ws = sheet(await readBack(doc), 'Indsatser');
    const first = ws.getRow(2);
    expect(first.getCell(1).value).toBe(doc.activities[0]!.title);
    const start = first.getCell(4);
    expect(start.value).toBeInstanceOf(Date);
    expect((start.value as Date).toISOString().slice(0, 10)).toBe('2026-06-01');
    expect(start.numFmt).toBe('dd-mm-yyyy');
    const budget = first.getCell(8);
    expect(budget.value).toBe(45000);
    expect(budget.numFmt).toBe('#,##0 "kr."');
    expect(first.getCell(7).value).toBe(1);
    expect(first.getCell(7).numFmt).toBe('0%');
    expect(first.getCell(11).value).toBe(136);
  });

  it('shows links as the linked titles, not ids', async () => {
    const doc = examplePlan();
    const ws = sheet(await readBack(doc), 'Indsatser');
    const owner = doc.members.find((m) => m.id === doc.activities[0]!.ownerId)!;
    expect(ws.getRow(2).getCell(3).value).toBe(owner.name);
    const competences = ws.getRow(2).getCell(13).text;
    expect(competences).toContain('Sagsbehandling i det nye sagsbehandlingssystem');
    expect(competences).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('keeps levels as numbers, measured levels with decimals', async () => {
    const doc = examplePlan();
    const workbook = await readBack(doc);
    const competences = sheet(workbook, 'Kompetencer');
    expect(competences.getRow(2).getCell(3).value).toBe(2);
    expect(competences.getRow(2).getCell(4).value).toBe(4);
    const measurements = sheet(workbook, 'Målinger');
    expect(measurements.getRow(2).getCell(5).value).toBe(1.9);
    expect(measurements.getRow(2).getCell(5).numFmt).toBe('0.0');
    expect(measurements.getRow(2).getCell(3).value).toBeInstanceOf(Date);
  });

  it('gives every sheet a frozen header and a filter, and sensible column widths', async () => {
    const workbook = await readBack(examplePlan());
    for (const ws of shown(workbook)) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true);
      for (let i = 1; i <= ws.columnCount; i++) {
        const width = ws.getColumn(i).width ?? 0;
        expect(width, `${ws.name} column ${i}`).toBeGreaterThanOrEqual(8);
        expect(width, `${ws.name} column ${i}`).toBeLessThanOrEqual(60);
      }
    }
  });

  it('has the plan itself as field and value, dates typed', async () => {
    const ws = sheet(await readBack(examplePlan()), 'Plan');
    expect(headerRow(ws)).toEqual(['Felt', 'Værdi']);
    const rows = new Map<string, unknown>();
    ws.eachRow((row, n) => {
      if (n > 1) rows.set(row.getCell(1).text, row.getCell(2).value);
    });
    expect(rows.get('Organisation')).toBe('Styrelsen for Tilskud og Registre');
    expect(rows.get('Periode fra')).toBeInstanceOf(Date);
    expect(rows.get('Status')).toBe('Vedtaget');
    expect(rows.get('Princip 1')).toMatch(/^Kompetenceudvikling planlægges/);
    expect(rows.get('Niveau 1 betyder')).toBe('Kender ikke til det');
    expect(rows.get('Niveau 5 betyder')).toBe('Kan lære andre det');
  });

  it('has English sheet names, headers and formats on request', async () => {
    const workbook = await readBack(examplePlan(), 'en');
    expect(workbook.worksheets.map((ws) => ws.name)).toContain('Activities');
    const ws = sheet(workbook, 'Activities');
    expect(headerRow(ws).slice(0, 3)).toEqual(['Activity', 'Description', 'Owner']);
    expect(ws.getRow(2).getCell(8).numFmt).toBe('"DKK "#,##0');
    expect(ws.getRow(2).getCell(6).value).toBe('Done');
  });

  it('makes every sheet, with its header, for a plan with nothing in it', async () => {
    const workbook = await readBack(blankPlan());
    const ws = sheet(workbook, 'Indsatser');
    expect(ws.rowCount).toBe(1);
    expect(headerRow(ws)[0]).toBe('Indsats');
    expect(shown(workbook)).toHaveLength(10);
  });
});
