import type { Activity } from '../../../../shared/model/entities';
import { budgetTotals } from '../../../../shared/progress/budget';
import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { emptyNote, muted, sectionHeading, sectionHeadingHeight } from '../blocks';
import { flowingTable } from '../drawn-table/flowing';
import { drawnTableNodes } from '../drawn-table/nodes';
import {
  layoutDrawnTable,
  type DrawnCell,
  type DrawnColumn,
  type DrawnLine,
} from '../drawn-table/layout';
import { fitLines, lineHeightOf, type Face } from '../fit';
import { usableHeight } from '../keep';
import { BODY_SIZE, CELL_PADDING, COLOR, remainingWidth, SMALL_SIZE, STATUS_COLOR } from '../theme';

/**
 * The activity plan as one table whose header repeats on every page. A large plan has thousands
 * of activities, and pdfmake measures and draws text piece by piece; the table is therefore laid
 * out here and its text drawn straight onto the pages pdfmake places (see `drawn-table/`), which
 * took the section from 2.1 s to 0.65 s for 2,000 activities.
 */
export function activitiesSection(ctx: SectionContext): Content[] {
  const { t, doc } = ctx;
  const heading = sectionHeading(t.sections.activities);
  if (doc.activities.length === 0) return [...heading, emptyNote(t.activities.empty)];
  const cells = {
    columns: COLUMNS,
    header: headerRow(ctx),
    rows: doc.activities.map((a) => activityRow(ctx, a)),
    total: totalRow(ctx),
  };
  const note: Content[] = doc.activities.some((a) => a.status === 'cancelled')
    ? [{ ...muted(t.activities.totalNote), margin: [0, 4, 0, 0] }]
    : [];
  if (ctx.layout === 'flowing') return [...heading, flowingTable(cells), ...note];
  const pages = layoutDrawnTable({
    ...cells,
    firstPageHeight:
      usableHeight('landscape') -
      sectionHeadingHeight(ctx, t.sections.activities, 'landscape') -
      ROUNDING,
    pageHeight: usableHeight('landscape') - ROUNDING,
    lineHeight: (face) => lineHeightOf(ctx, face),
    padding: { top: 4, bottom: 4 },
    colors: { headerFill: COLOR.headerFill, rule: COLOR.rule, hairline: COLOR.hairline },
  });
  const { nodes, overlays } = drawnTableNodes(pages);
  ctx.overlays.push(...overlays);
  return [...heading, ...nodes, ...note];
}

/** The table's lines are drawn as they are broken, so they may fill their column. */
const WHOLE_WIDTH = 1;

/** Kept free at the foot of each page, so that a page that is exactly full still fits. */
const ROUNDING = 1;

const FIXED = { owner: 92, period: 72, status: 62, progress: 44, budget: 76, funding: 92 };
const TITLE_WIDTH = remainingWidth('landscape', Object.values(FIXED));

const COLUMNS: DrawnColumn[] = [TITLE_WIDTH, ...Object.values(FIXED)].map((width, i) => {
  const [paddingLeft, paddingRight] = i === 0 ? CELL_PADDING.first : CELL_PADDING.other;
  return { width, paddingLeft, paddingRight };
});

const TITLE: Face = { size: BODY_SIZE, bold: true };
const DESCRIPTION: Face = { size: 7.5, color: COLOR.muted };
const CELL: Face = { size: SMALL_SIZE };
const HEAD: Face = { size: SMALL_SIZE, bold: true };
const NOTE: Face = { size: 7, color: COLOR.muted };
const NOT_SET: Face = { size: SMALL_SIZE, italics: true, color: COLOR.muted };
const TOTAL: Face = { size: 9, bold: true };

function headerRow(ctx: SectionContext): DrawnCell[] {
  const { t } = ctx;
  const head = (text: string, align: 'left' | 'right' = 'left'): DrawnCell => [
    { text, face: HEAD, align },
  ];
  return [
    head(t.activities.title),
    head(t.activities.owner),
    head(t.activities.period),
    head(t.activities.status),
    head(t.activities.progress, 'right'),
    head(t.activities.budget, 'right'),
    head(t.activities.funding),
  ];
}

function activityRow(ctx: SectionContext, a: Activity): DrawnCell[] {
  const { t, f, lookup } = ctx;
  const owner = lookup.member(a.ownerId);
  const notSet: DrawnCell = [{ text: t.document.notSet, face: NOT_SET }];
  const period = periodLines(ctx, a);
  const description = a.description.trim();
  const lines = (text: string, width: number, face: Face): DrawnLine[] =>
    fitLines(ctx, text, width, face, WHOLE_WIDTH).map((line) => ({ text: line, face }));
  const descriptionLines = description ? lines(description, TITLE_WIDTH, DESCRIPTION) : [];
  if (descriptionLines[0]) descriptionLines[0] = { ...descriptionLines[0], spaceBefore: 1 };
  const cancelled = a.status === 'cancelled';
  return [
    [...lines(a.title, TITLE_WIDTH, TITLE), ...descriptionLines],
    owner ? lines(owner.name, FIXED.owner, CELL) : notSet,
    period ? period.map((text) => ({ text, face: CELL })) : notSet,
    [
      {
        text: t.activityStatus[a.status],
        face: CELL,
        marker: { text: '• ', color: STATUS_COLOR[a.status] },
      },
    ],
    [{ text: f.percent(a.progress), face: CELL, align: 'right' }],
    amounts(ctx, a.budget, a.spent, cancelled ? { ...CELL, color: COLOR.muted } : CELL, cancelled),
    a.funding.trim() ? lines(a.funding, FIXED.funding, CELL) : notSet,
  ];
}

function totalRow(ctx: SectionContext): DrawnCell[] {
  const totals = budgetTotals(ctx.doc.activities);
  return [
    [{ text: ctx.t.document.total, face: TOTAL }],
    [],
    [],
    [],
    [],
    amounts(ctx, totals.planned, totals.spent, TOTAL),
    [],
  ];
}

/** Start over end, so the column stays narrow. */
function periodLines(ctx: SectionContext, a: Activity): string[] | null {
  const { t, f } = ctx;
  if (a.start && a.end) return [`${f.shortDate(a.start)} –`, f.shortDate(a.end)];
  if (a.start) return [t.document.from(f.shortDate(a.start))];
  if (a.end) return [t.document.until(f.shortDate(a.end))];
  return null;
}

/** The budget, with what has been spent of it underneath when anything has. */
function amounts(
  ctx: SectionContext,
  budget: number,
  spent: number,
  face: Face,
  struck = false,
): DrawnCell {
  const { t, f } = ctx;
  const main: DrawnLine = {
    text: f.money(budget),
    face,
    align: 'right',
    ...(struck ? { strike: true } : {}),
  };
  if (spent <= 0) return [main];
  return [
    main,
    { text: `${t.activities.spent.toLowerCase()} ${f.money(spent)}`, face: NOTE, align: 'right' },
  ];
}
