import type { Workbook } from 'exceljs';
import type { PlanDocument } from '../../../shared/model/document';
import type { Activity } from '../../../shared/model/entities';
import type { Language } from '../../../shared/model/enums';
import { budgetTotals } from '../../../shared/progress/budget';
import type { FundingSourceTotal } from '../../../shared/progress';
import type { Column } from '../activity-columns';
import { activityColumns } from '../activity-columns';
import type { ExportTexts } from '../i18n';
import type { PlanLookup } from '../lookup';
import type { PrintHeading } from './print-setup';
import { addTableSheet } from './table-sheet';
import { addNotes, addTotalsRow } from './totals';

interface MoneySheetsContext {
  workbook: Workbook;
  doc: PlanDocument;
  t: ExportTexts;
  lang: Language;
  print: PrintHeading;
}

/** Formulas take text in double quotes, a quote inside doubled. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Why the totals are what they are, in the words the PDF uses. */
function moneyNotes(doc: PlanDocument, t: ExportTexts, totalNote: string): string[] {
  return [
    ...(doc.activities.some((a) => a.status === 'cancelled') ? [totalNote] : []),
    ...(doc.activities.some((a) => a.status === 'idea' && a.budget > 0)
      ? [t.budget.ideasNote]
      : []),
  ];
}

/**
 * The activities with a total under the money columns: the budget without cancelled
 * activities, the spending with them (the one money rule in `shared/progress/budget`).
 * Cancelled rows are greyed, their budget struck, as in the PDF.
 */
export async function addActivitiesSheet(
  ctx: MoneySheetsContext,
  lookup: PlanLookup,
): Promise<void> {
  const { workbook, doc, t, lang, print } = ctx;
  const columns = activityColumns(t, lookup);
  const table = await addTableSheet(workbook, t.sheets.activities, columns, doc.activities, {
    lang,
    print,
    muted: (a: Activity) => a.status === 'cancelled',
  });
  const totals = budgetTotals(doc.activities);
  const at = (role: Column<Activity>['role']) => columns.findIndex((c) => c.role === role) + 1;
  const cancelled = quoted(`<>${t.activityStatus.cancelled}`);
  addTotalsRow(table, t.document.total, [
    {
      column: at('budget'),
      formula: (range, rangeOf) => `SUMIFS(${range},${rangeOf(at('status'))},${cancelled})`,
      result: totals.planned,
    },
    { column: at('spent'), formula: (range) => `SUM(${range})`, result: totals.spent },
  ]);
  addNotes(table, moneyNotes(doc, t, t.activities.totalNote));
  table.sheet.commit();
}

/** Budget, spending and what is left per funding source, as the PDF's budget section has it. */
export async function addBudgetSheet(ctx: MoneySheetsContext): Promise<void> {
  const { workbook, doc, t, lang, print } = ctx;
  const totals = budgetTotals(doc.activities);
  const b = t.budget;
  const columns: Column<FundingSourceTotal>[] = [
    {
      header: b.source,
      kind: 'text',
      value: (s) => (s.key === null ? b.noSource : s.label[lang]),
    },
    { header: b.activities, kind: 'integer', value: (s) => s.activityIds.length },
    { header: b.budget, kind: 'money', value: (s) => s.planned },
    { header: b.spent, kind: 'money', value: (s) => s.spent },
    { header: b.remaining, kind: 'money', value: (s) => s.planned - s.spent },
    {
      header: b.share,
      kind: 'percent',
      value: (s) => (totals.planned > 0 ? (s.planned / totals.planned) * 100 : null),
    },
  ];
  const table = await addTableSheet(workbook, t.sheets.budget, columns, totals.bySource, {
    lang,
    print,
  });
  const sum = (range: string) => `SUM(${range})`;
  addTotalsRow(table, t.document.total, [
    {
      column: 2,
      formula: sum,
      result: totals.bySource.reduce((n, s) => n + s.activityIds.length, 0),
    },
    { column: 3, formula: sum, result: totals.planned },
    { column: 4, formula: sum, result: totals.spent },
    { column: 5, formula: sum, result: totals.remaining },
  ]);
  addNotes(table, moneyNotes(doc, t, b.cancelledNote));
  table.sheet.commit();
}
