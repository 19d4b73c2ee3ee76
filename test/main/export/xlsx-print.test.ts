import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../../../src/main/export/xlsx/row-height';
import { renderPlanXlsx } from '../../../src/main/export/xlsx/workbook';
import type { PlanDocument } from '../../../src/shared/model/document';
import { EXPORT_DATE, examplePlan, SLOW } from './plans';

async function readBack(doc: PlanDocument, lang: 'da' | 'en' = 'da'): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const data = await renderPlanXlsx(doc, { lang, now: EXPORT_DATE });
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/** The sheets a reader sees: the export also keeps the plan's JSON text in a very hidden one. */
const shown = (workbook: ExcelJS.Workbook) =>
  workbook.worksheets.filter((ws) => ws.state === 'visible');

const activities = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('Indsatser')!;
const BUDGET = 8;
const SPENT = 9;

describe('the workbook on paper', { timeout: SLOW }, () => {
  it('prints every sheet on A4 landscape, one page wide, the header row on every page', async () => {
    const workbook = await readBack(examplePlan());
    for (const ws of shown(workbook)) {
      expect(ws.pageSetup, ws.name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
    }
  });

  it('has the plan’s title and the sheet at the top, "Side x af y" at the foot', async () => {
    const doc = examplePlan();
    doc.plan.title = 'Plan for IT & data 2027';
    const workbook = await readBack(doc);
    for (const ws of shown(workbook)) {
      // "&" starts a code in a header, so the title's own is doubled; &A is the sheet's name.
      expect(ws.headerFooter.oddHeader, ws.name).toBe('&LPlan for IT && data 2027&R&A');
      expect(ws.headerFooter.oddFooter, ws.name).toBe('&CSide &P af &N');
    }
    const english = await readBack(doc, 'en');
    expect(english.worksheets[0]!.headerFooter.oddFooter).toBe('&CPage &P of &N');
  });

  it('gives a row with wrapped text the height of its lines, and leaves one-line rows be', async () => {
    const doc = examplePlan();
    const long = Array.from({ length: 40 }, (_, i) => `Sætning ${i + 1} om forløbet.`).join(' ');
    doc.activities[0]!.description = long;
    const ws = activities(await readBack(doc));
    const width = ws.getColumn(2).width!;
    const lines = wrappedLines(long, width);
    expect(lines).toBeGreaterThan(10);
    expect(ws.getRow(2).height).toBe(lines * 15);
    expect(ws.getRow(2).getCell(2).alignment?.wrapText).toBe(true);
    // A line a column holds gets no height of its own: the program's one-line default applies.
    Object.assign(doc.activities[0]!, {
      description: 'Kort.',
      title: 'Kort titel',
      funding: 'Drift',
      competenceIds: [],
      methodIds: [],
      targetGroupIds: [],
    });
    expect(activities(await readBack(doc)).getRow(2).height).toBeUndefined();
  });

  it('totals the money columns under the activities with formulas that keep adding up', async () => {
    const doc = examplePlan();
    doc.activities[1]!.spent = 4_000; // the cancelled e-learning had cost something
    const ws = activities(await readBack(doc));
    const last = doc.activities.length + 1;
    const total = ws.getRow(last + 1);
    expect(total.getCell(1).value).toBe('I alt');
    expect(total.font?.bold).toBe(true);
    expect(total.getCell(BUDGET).value).toEqual({
      formula: `SUMIFS(H2:H${last},F2:F${last},"<>Aflyst")`,
      result: 865_000,
    });
    const spent = doc.activities.reduce((sum, a) => sum + a.spent, 0);
    expect(total.getCell(SPENT).value).toEqual({ formula: `SUM(I2:I${last})`, result: spent });
    expect(total.getCell(BUDGET).numFmt).toBe('#,##0 "kr."');
    expect(ws.getRow(last + 3).getCell(1).text).toMatch(/^Aflyste indsatsers budget/);
    // The filter covers the activities, not the total under them.
    expect(JSON.stringify(ws.autoFilter)).toContain(`${last}`);
    expect(JSON.stringify(ws.autoFilter)).not.toContain(`${last + 1}`);
  });

  it('has a Budget sheet by funding source with the total the PDF prints', async () => {
    const doc = examplePlan();
    const ws = (await readBack(doc)).getWorksheet('Budget')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Finansieringskilde',
      'Indsatser',
      'Budget',
      'Forbrugt',
      'Tilbage',
      'Andel af budgettet',
    ]);
    expect(ws.getRow(2).getCell(1).value).toBe('Fælles kompetencemidler (SU)');
    expect(ws.getRow(2).getCell(3).value).toBe(405_000);
    expect(ws.getRow(5).getCell(1).value).toBe('Finansiering ikke angivet');
    expect(ws.getRow(6).getCell(3).value).toEqual({ formula: 'SUM(C2:C5)', result: 865_000 });
    const spent = doc.activities.reduce((sum, a) => sum + a.spent, 0);
    expect(ws.getRow(6).getCell(4).value).toEqual({ formula: 'SUM(D2:D5)', result: spent });
  });

  it('greys a cancelled activity and strikes its budget', async () => {
    const doc = examplePlan();
    const ws = activities(await readBack(doc));
    const at = doc.activities.findIndex((a) => a.status === 'cancelled') + 2;
    expect(ws.getRow(at).getCell(6).value).toBe('Aflyst');
    expect(ws.getRow(at).getCell(1).font).toMatchObject({ italic: true });
    expect(ws.getRow(at).getCell(BUDGET).font).toMatchObject({ strike: true });
    expect(ws.getRow(at - 1).getCell(1).font?.italic).toBeFalsy();
    expect(ws.getRow(at - 1).getCell(BUDGET).font?.strike).toBeFalsy();
  });

  it('gives a money column one format, with øre in every cell when one amount has them', async () => {
    const doc = examplePlan();
    doc.activities[3]!.budget = 180_000.5;
    const ws = activities(await readBack(doc));
    const formats = (column: number) =>
      new Set(doc.activities.map((_, i) => ws.getRow(i + 2).getCell(column).numFmt));
    expect([...formats(BUDGET)]).toEqual(['#,##0.00 "kr."']);
    expect([...formats(SPENT)]).toEqual(['#,##0 "kr."']);
  });

  it('leaves a cell empty where the plan gives nothing, never an empty text', async () => {
    const doc = examplePlan();
    Object.assign(doc.activities[0]!, { description: '', funding: '  ', ownerId: null });
    doc.activities[0]!.competenceIds = [];
    const workbook = await readBack(doc);
    const row = activities(workbook).getRow(2);
    for (const column of [2, 3, 10, 13]) expect(row.getCell(column).value, `${column}`).toBeNull();
    for (const ws of workbook.worksheets) {
      ws.eachRow((r, n) =>
        r.eachCell((cell, c) => expect(cell.value, `${ws.name} ${n}:${c}`).not.toBe('')),
      );
    }
  });
});
