import { budgetTotals } from '../../../../shared/progress/budget';
import type { SectionContext } from '../context';
import type { CanvasNode, Content, TableNode } from '../doc-types';
import { dataTable, emptyNote, muted, sectionHeading } from '../blocks';
import { COLOR, HAIRLINE_TABLE, SMALL_SIZE } from '../theme';

const SHARE_BAR = 54;

/** What the plan costs and who pays: budget and spending by funding source. */
export function budgetSection(ctx: SectionContext): Content[] {
  const { t, f, doc } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.budget)];
  const totals = budgetTotals(doc.activities);
  const lines = totals.bySource;
  if (lines.length === 0) return [...content, emptyNote(t.budget.empty)];
  content.push({ text: t.budget.intro, style: 'lead' });
  const right = (text: string, bold = false): Content => ({ text, alignment: 'right', bold });
  const th = (text: string): Content => ({
    text,
    bold: true,
    fontSize: SMALL_SIZE,
    alignment: 'right',
  });
  const rows: Content[][] = lines.map((line) => {
    const share = totals.planned > 0 ? line.planned / totals.planned : 0;
    return [
      line.key === null
        ? { text: t.budget.noSource, italics: true, color: COLOR.muted }
        : line.label[ctx.lang],
      right(f.integer(line.activityIds.length)),
      right(f.money(line.planned)),
      right(f.money(line.spent)),
      {
        columns: [
          shareBar(share),
          {
            text: f.percent(Math.round(share * 100)),
            width: '*',
            alignment: 'right',
            fontSize: SMALL_SIZE,
          },
        ],
        columnGap: 6,
      },
    ];
  });
  rows.push([
    { text: t.document.total, bold: true },
    right(f.integer(lines.reduce((n, l) => n + l.activityIds.length, 0)), true),
    right(f.money(totals.planned), true),
    right(f.money(totals.spent), true),
    { text: '' },
  ]);
  const headers = [
    t.budget.source,
    th(t.budget.activities),
    th(t.budget.budget),
    th(t.budget.spent),
    th(t.budget.share),
  ];
  // A word processor keeps rows together by itself; the split below is for pdfmake's pages.
  content.push(
    ...(ctx.layout === 'flowing'
      ? [dataTable(headers, WIDTHS, rows)]
      : keptWithTotal(headers, rows)),
  );
  if (doc.activities.some((a) => a.status === 'cancelled'))
    content.push(muted(t.budget.cancelledNote));
  if (doc.activities.some((a) => a.status === 'idea' && a.budget > 0))
    content.push(muted(t.budget.ideasNote));
  return content;
}

const WIDTHS: (number | '*')[] = ['*', 46, 74, 74, SHARE_BAR + 34];
/**
 * The table with its total row (the last of `rows`) never alone at the top of a page: it ends in
 * a table of its own holding the last source and the total, which moves to the next page
 * together when the page is full.
 */
function keptWithTotal(headers: Content[], rows: Content[][]): Content[] {
  if (rows.length < 3) return [{ stack: [dataTable(headers, WIDTHS, rows)], unbreakable: true }];
  const head = dataTable(headers, WIDTHS, rows.slice(0, -2), [0, 0, 0, 0]);
  // The last rule of the first part is a row's hairline: the table goes on below it.
  const { hLineWidth, hLineColor } = HAIRLINE_TABLE;
  head.layout = {
    ...HAIRLINE_TABLE,
    hLineWidth: (row, node) =>
      row === node.table.body.length ? 0.4 : (hLineWidth?.(row, node) ?? 0),
    hLineColor: (row, node) =>
      row === node.table.body.length ? COLOR.hairline : (hLineColor?.(row, node) ?? COLOR.hairline),
  };
  const tail: TableNode = {
    table: { widths: WIDTHS, dontBreakRows: true, body: rows.slice(-2) },
    layout: HAIRLINE_TABLE,
    margin: [0, 0, 0, 10],
  };
  return [head, { stack: [tail], unbreakable: true }];
}

function shareBar(share: number): CanvasNode {
  const w = Math.max(0, Math.min(1, share)) * SHARE_BAR;
  return {
    width: SHARE_BAR,
    canvas: [
      { type: 'rect', x: 0, y: 3, w: SHARE_BAR, h: 6, color: COLOR.track },
      ...(w > 0 ? [{ type: 'rect' as const, x: 0, y: 3, w, h: 6, color: COLOR.accent }] : []),
    ],
  };
}
