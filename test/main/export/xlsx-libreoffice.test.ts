import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityColumns } from '../../../src/main/export/activity-columns';
import { exportTexts } from '../../../src/main/export/i18n';
import { createLookup } from '../../../src/main/export/lookup';
import { renderPlanXlsx } from '../../../src/main/export/xlsx/workbook';
import type { PlanDocument } from '../../../src/shared/model/document';
import { EXPORT_DATE, examplePlan } from './plans';
import { pdfPages, pdfPageText } from './poppler';

/**
 * The workbook as LibreOffice Calc prints it. CI installs `libreoffice-calc-nogui`; where it is
 * missing on a developer's machine these tests are skipped, as the browser tests are without
 * Chromium, but never on CI. Locally: `apt-get install -y --no-install-recommends
 * libreoffice-calc-nogui`.
 */
const SOFFICE =
  Boolean(process.env['CI']) ||
  spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** Starting LibreOffice and laying out a workbook takes seconds, more on a busy machine. */
const CONVERSION = 180_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-calc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The example plan with its activities four times over, so the sheet runs over several pages. */
function largerPlan(): PlanDocument {
  const doc = examplePlan();
  const activities = [1, 2, 3, 4].flatMap((round) =>
    doc.activities.map((a) => ({ ...a, id: a.id.replace(/.{2}$/, `${round}${a.id.slice(-1)}`) })),
  );
  return { ...doc, activities };
}

/** Converts workbooks to PDF in one LibreOffice run, with a profile of its own; returns the PDFs. */
function printed(names: string[]): string[] {
  const result = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...names.map((n) => join(dir, `${n}.xlsx`)),
    ],
    { encoding: 'utf8', timeout: CONVERSION },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
  return names.map((n) => join(dir, `${n}.pdf`));
}

function pageSizes(file: string): string[] {
  const out = spawnSync('pdfinfo', ['-f', '1', '-l', String(pdfPages(file)), file], {
    encoding: 'utf8',
  }).stdout;
  return out
    .split('\n')
    .filter((line) => /^Page\s+\d+ size:/.test(line))
    .map((line) => line.replace(/^Page\s+\d+ size:\s*/, ''));
}

describe.skipIf(!SOFFICE)(
  'the workbook printed by LibreOffice Calc',
  { timeout: CONVERSION },
  () => {
    const plans = { example: examplePlan(), larger: largerPlan() };
    let files: Record<keyof typeof plans, string>;
    beforeAll(async () => {
      for (const [name, doc] of Object.entries(plans)) {
        writeFileSync(
          join(dir, `${name}.xlsx`),
          await renderPlanXlsx(doc, { lang: 'da', now: EXPORT_DATE }),
        );
      }
      const [example, larger] = printed(['example', 'larger']);
      files = { example: example!, larger: larger! };
    }, CONVERSION);

    it('prints every page on A4 landscape', () => {
      for (const file of Object.values(files)) {
        const sizes = pageSizes(file);
        expect(sizes.length).toBeGreaterThan(0);
        for (const size of sizes) expect(size).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/);
      }
    });

    it('prints the Indsatser sheet with every column, header and title on each page', () => {
      const t = exportTexts.da;
      const headers = activityColumns(t, createLookup(plans.example)).map((c) => c.header);
      for (const [name, file] of Object.entries(files)) {
        const pages = Array.from({ length: pdfPages(file) }, (_, i) => pdfPageText(file, i + 1));
        const sheet = pages.filter((text) =>
          text.startsWith(`${plans.example.plan.title} ${t.sheets.activities} Side`),
        );
        if (name === 'larger') expect(sheet.length).toBeGreaterThan(1);
        expect(sheet.length).toBeGreaterThan(0);
        for (const text of sheet) {
          expect(text).toMatch(/Side \d+ af \d+/);
          // The one-word headers share a line in column order; the others wrap onto two.
          expect(text).toContain(headers.filter((h) => !h.includes(' ')).join(' '));
          for (const header of headers.filter((h) => h.includes(' '))) {
            for (const word of header.split(' '))
              expect(text, `${name}: ${header}`).toContain(word);
          }
        }
        const last = sheet.at(-1)!;
        expect(last).toContain('I alt');
      }
    });
  },
);
