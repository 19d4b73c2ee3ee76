import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, renderExport } from '../../../src/main/export';
import { readCalendar } from './ics-events';
import { useTempDir } from '../../helpers/temp-dir';
import { examplePlan, EXPORT_DATE, SLOW } from './plans';
import { pdfText } from './poppler';

/** What a plan from someone else's file may hold: the model limits lengths, not characters. */
function oddPlan() {
  const doc = examplePlan();
  doc.plan.title = 'Plan 🚀 med\u0000styretegn\u0007 og \u202eomvendt\u202c tekst';
  doc.activities[0]!.title = `Ord${'x'.repeat(290)}`;
  doc.activities[0]!.description = 'y'.repeat(5000);
  doc.activities[1]!.funding = '=1+1';
  doc.activities[2]!.title = 'Tabulator\there og ny\nlinje';
  doc.drivers[0]!.description = '\uD800 ensom surrogat og 𝔉𝔯𝔞𝔨𝔱𝔲𝔯';
  doc.members[0]!.name = '<script>alert(1)</script> & "citat"';
  return doc;
}

describe('odd characters and very long words', { timeout: SLOW }, () => {
  const tempDir = useTempDir();

  it.each(EXPORT_FORMATS)('still give a whole %s file', async (format) => {
    const data = await renderExport(oddPlan(), format, { lang: 'da', now: EXPORT_DATE });
    expect(data.length).toBeGreaterThan(100);
    const file = join(tempDir(), `odd.${format}`);
    writeFileSync(file, data);
    if (format === 'pdf') {
      const text = pdfText(file);
      expect(text).toContain('Side 1 af');
      expect(text).toContain('<script>alert(1)</script> & "citat"');
    }
    if (format === 'xlsx') {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const members = workbook.getWorksheet('Udvalg')!;
      expect(members.getRow(2).getCell(1).value).toBe('<script>alert(1)</script> & "citat"');
    }
    if (format === 'csv') {
      expect(data.toString('utf8')).toContain(";'=1+1;");
    }
    if (format === 'ics') {
      const titles = [...readCalendar(data).events.values()].map((e) => e.summary);
      expect(titles).toContain('Tabulator\there og ny\nlinje');
    }
  });
});
