import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEvaluationPdf } from '../../../src/main/export/pdf/evaluation/render';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import { renderPlanXlsx } from '../../../src/main/export/xlsx/workbook';
import { evaluationFigures } from '../../../src/shared/evaluation';
import type { PlanDocument } from '../../../src/shared/model/document';
import { createSnapshot } from '../../../src/shared/progress';
import { danishKroner, MONEY_PERIOD, MONEY_PLANS, type MoneyPlan } from '../../helpers/money-plans';
import { EXPORT_DATE, SLOW } from './plans';
import { pdfPageText, pdfPages, pdfText } from './poppler';

/**
 * The one money rule, read back from every file a committee hands on: the plan's PDF (summary,
 * activity table, budget section, latest status), the workbook and the annual evaluation. The
 * screen is read in test/renderer/progress/money-screen.test.tsx against the same plans.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-money-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SNAPSHOT_DATE = '2027-02-01';

/** The plan with a status marked and the year evaluated, as the committee would have it. */
function followedUp(doc: PlanDocument): PlanDocument {
  return {
    ...doc,
    statusSnapshots: [
      {
        id: '00000000-0000-4000-8000-000000000901',
        date: SNAPSHOT_DATE,
        note: '',
        data: createSnapshot(doc, SNAPSHOT_DATE),
        updatedAt: doc.plan.updatedAt,
      },
    ],
    evaluations: [
      {
        id: '00000000-0000-4000-8000-000000000902',
        year: 2027,
        periodStart: MONEY_PERIOD.from,
        periodEnd: MONEY_PERIOD.to,
        figures: evaluationFigures(doc, MONEY_PERIOD),
        musFollowUp: '',
        conclusions: '',
        decisions: [],
        completedAt: '2027-09-10',
        updatedAt: doc.plan.updatedAt,
      },
    ],
  };
}

const kr = danishKroner;
/** pdftotext puts a table's cells on one line, separated by single spaces. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(MONEY_PLANS.map((p) => [p.name, p] as const))(
  'the money of the %s plan',
  { timeout: SLOW },
  (name, { doc: plain, figures }: MoneyPlan) => {
    const doc = followedUp(plain);
    let file: string;
    const page = (heading: string): string => {
      for (let n = 1; n <= pdfPages(file); n++) {
        const text = pdfPageText(file, n);
        if (text.includes(heading)) return text;
      }
      throw new Error(`no page with ${heading}`);
    };
    beforeAll(async () => {
      file = join(dir, `${name}.pdf`);
      const sections = ['summary', 'activities', 'budget', 'status'] as const;
      writeFileSync(file, await renderPlanPdf(doc, { lang: 'da', now: EXPORT_DATE, sections }));
    }, SLOW);

    it('is the same in the PDF’s summary, activity table, budget section and status page', () => {
      expect(page('Sammenfatning')).toContain(
        `Samlet budget ${kr(figures.planned)} fra ${figures.bySource.filter((s) => s.source).length}`,
      );
      expect(page('Sammenfatning')).toContain(`Forbrugt ${kr(figures.spent)}`);
      expect(pdfText(file)).toContain(`I alt ${kr(figures.planned)} forbrugt ${kr(figures.spent)}`);
      const budget = page('Budget og finansiering');
      for (const s of figures.bySource) {
        const source = s.source ?? 'Finansiering ikke angivet';
        expect(budget).toMatch(
          new RegExp(
            `${escaped(source)} ${s.activities} ${escaped(kr(s.planned))} ${escaped(kr(s.spent))} `,
          ),
        );
      }
      const count = figures.bySource.reduce((n, s) => n + s.activities, 0);
      expect(budget).toContain(`I alt ${count} ${kr(figures.planned)} ${kr(figures.spent)}`);
      const status = page('Seneste status');
      expect(status).toContain(`Budget ${kr(figures.planned)}`);
      expect(status).toContain(`Forbrugt ${kr(figures.spent)}`);
    });

    it('is the same in the workbook’s total row and Budget sheet', async () => {
      const workbook = new ExcelJS.Workbook();
      const data = await renderPlanXlsx(doc, { lang: 'da', now: EXPORT_DATE });
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
      const activities = workbook.getWorksheet('Indsatser')!;
      const total = activities.getRow(doc.activities.length + 2);
      expect(total.getCell(1).value).toBe('I alt');
      expect(result(total.getCell(8).value)).toBe(figures.planned);
      expect(result(total.getCell(9).value)).toBe(figures.spent);

      const budget = workbook.getWorksheet('Budget')!;
      const rows = figures.bySource.map((_, i) => budget.getRow(i + 2));
      expect(
        rows.map((r) => [
          r.getCell(1).value,
          r.getCell(2).value,
          r.getCell(3).value,
          r.getCell(4).value,
        ]),
      ).toEqual(
        figures.bySource.map((s) => [
          s.source ?? 'Finansiering ikke angivet',
          s.activities,
          s.planned,
          s.spent,
        ]),
      );
      const sum = budget.getRow(figures.bySource.length + 2);
      expect(sum.getCell(1).value).toBe('I alt');
      expect([3, 4, 5].map((c) => result(sum.getCell(c).value))).toEqual([
        figures.planned,
        figures.spent,
        figures.remaining,
      ]);
    });

    it('is the same in the annual evaluation', async () => {
      const evaluation = doc.evaluations[0]!;
      const evaluationFile = join(dir, `${name}-evaluation.pdf`);
      const rendered = await renderEvaluationPdf(doc, evaluation, { lang: 'da', now: EXPORT_DATE });
      writeFileSync(evaluationFile, rendered.pdf);
      const text = pdfText(evaluationFile);
      expect(text).toContain(
        `Økonomi Budget ${kr(figures.planned)} Forbrugt ${kr(figures.spent)} Tilbage ${kr(figures.remaining)}`,
      );
      for (const s of figures.bySource.filter((x) => x.planned !== 0 || x.spent !== 0)) {
        expect(text).toContain(`${s.source ?? 'Ikke angivet'} ${kr(s.planned)} ${kr(s.spent)}`);
      }
    });
  },
);

/** A formula cell read back: its stored result. */
function result(value: ExcelJS.CellValue): unknown {
  return value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
}
