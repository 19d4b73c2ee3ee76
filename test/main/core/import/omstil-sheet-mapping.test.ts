import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExcelChoice } from '../../../../src/main/core/import/excel-import';
import { readWorkbook } from '../../../../src/main/core/import/workbook-source';
import { renderPlanXlsx } from '../../../../src/main/export/xlsx/workbook';
import { guessMapping } from '../../../../src/shared/excel-import/guess-mapping';
import { MONEY_PLANS } from '../../../helpers/money-plans';
import { useTempDir } from '../../../helpers/temp-dir';

describe('Omstil’s own activities sheet read through the mapping, as any committee’s list', () => {
  const tempDir = useTempDir();

  it.each([
    ['da', 'Indsatser'],
    ['en', 'Activities'],
  ] as const)(
    'in %s: the activities only, the totals row and its notes passed over with the reason',
    async (lang, sheet) => {
      // Cancelled activities and ideas with a budget: the sheet has notes under its totals.
      const plan = MONEY_PLANS.find((p) => p.doc.activities.some((a) => a.status === 'cancelled'))!;
      const path = join(tempDir(), `plan-${lang}.xlsx`);
      writeFileSync(path, await renderPlanXlsx(plan.doc, { lang }));
      const { cells, workbook } = await readWorkbook(path);
      const [header] = cells.sheetRows(workbook.getWorksheet(sheet)!, 1, 1);
      const columns = guessMapping(header);
      expect(columns).toContain('budget');

      const read = await readExcelChoice(path, { sheet, headerRow: 1, columns });
      const count = plan.doc.activities.length;
      expect(read.activities.map((a) => a.title)).toEqual(plan.doc.activities.map((a) => a.title));
      const totalsRow = count + 2;
      // The totals row, an empty row, then one note per rule the totals follow.
      expect(read.problems.map((p) => [p.row, p.field])).toEqual([
        [totalsRow, null],
        [totalsRow + 2, null],
        [totalsRow + 3, null],
      ]);
      expect(read.problems[0]!.reason.da).toBe(
        'Rækken er en sumrække (»I alt«) og ikke en indsats.',
      );
      expect(read.problems[1]!.reason.da).toContain('bemærkning til tabellen');
    },
  );
});
