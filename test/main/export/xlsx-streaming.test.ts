import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipCaughtUp } from '../../../src/main/export/xlsx/zip-pace';

/** A streamed workbook into memory, and how many bytes of the zip have come out so far. */
function streamedWorkbook() {
  const chunks: Buffer[] = [];
  let zipped = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      zipped += chunk.length;
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  return { workbook, zipped: () => zipped, file: () => Buffer.concat(chunks) };
}

/** Rows of distinct text, so that deflate cannot shrink the sheet to nothing. */
async function writeRows(sheet: ExcelJS.Worksheet, count: number, wait: boolean) {
  for (let i = 0; i < count; i++) {
    sheet.addRow([i, `row ${i} ${(i * 2654435761) % 4294967296}`, i / 7]).commit();
    if (wait && i % 100 === 99) await zipCaughtUp(sheet);
  }
}

describe('a streamed sheet', () => {
  it('goes into the zip while its rows are written when the writer waits for the zip', async () => {
    const { workbook, zipped } = streamedWorkbook();
    const sheet = workbook.addWorksheet('rows');
    await writeRows(sheet, 3000, true);
    // Before the sheet or the workbook is committed, most of the rows are already deflated.
    expect(zipped()).toBeGreaterThan(20_000);
    sheet.commit();
    await workbook.commit();
  });

  it('sits in memory until the commit when the writer never waits (what the wait is for)', async () => {
    const { workbook, zipped } = streamedWorkbook();
    const sheet = workbook.addWorksheet('rows');
    await writeRows(sheet, 3000, false);
    // At most the header of the zip's first small entry.
    expect(zipped()).toBeLessThan(1_000);
    sheet.commit();
    await workbook.commit();
    expect(zipped()).toBeGreaterThan(20_000);
  });

  it('reads back whole when written with waits', async () => {
    const { workbook, file } = streamedWorkbook();
    const sheet = workbook.addWorksheet('rows');
    await writeRows(sheet, 1500, true);
    sheet.commit();
    await workbook.commit();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(file() as unknown as ArrayBuffer);
    const rows = back.getWorksheet('rows')!;
    expect(rows.rowCount).toBe(1500);
    expect(rows.getRow(1234).getCell(1).value).toBe(1233);
  });
});
