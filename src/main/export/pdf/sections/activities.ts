import type { Activity } from '../../../../shared/model/entities';
import { budgetTotals } from '../../facts';
import type { SectionContext } from '../context';
import type { Content, TableNode, TextNode } from '../doc-types';
import { emptyNote, muted, sectionHeading } from '../blocks';
import { faceProps, fitted, lines, type Face } from '../fit';
import { fitsOnPage, textHeight } from '../keep';
import {
  BODY_SIZE,
  COLOR,
  HAIRLINE_TABLE,
  remainingWidth,
  SMALL_SIZE,
  STATUS_COLOR,
} from '../theme';

/**
 * The activity plan as one table whose header repeats on every page. pdfmake measures and draws
 * text piece by piece, so every cell arrives as whole lines (see `fit.ts`): at 2,000 activities
 * that is most of the difference between a wait and a long wait.
 */
export function activitiesSection(ctx: SectionContext): Content[] {
  const { t, doc } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.activities)];
  if (doc.activities.length === 0) return [...content, emptyNote(t.activities.empty)];
  content.push(activityTable(ctx));
  if (doc.activities.some((a) => a.status === 'cancelled')) {
    content.push({ ...muted(t.activities.totalNote), margin: [0, 4, 0, 0] });
  }
  return content;
}

const FIXED = { owner: 92, period: 72, status: 62, progress: 44, budget: 76, funding: 92 };
const TITLE_WIDTH = remainingWidth('landscape', Object.values(FIXED));

const TITLE: Face = { size: BODY_SIZE, bold: true };
const DESCRIPTION: Face = { size: 7.5, color: COLOR.muted };
const CELL: Face = { size: SMALL_SIZE };
const NOTE: Face = { size: 7, color: COLOR.muted };
const NOT_SET: Face = { size: SMALL_SIZE, italics: true, color: COLOR.muted };

function activityTable(ctx: SectionContext): TableNode {
  const { t, doc } = ctx;
  const th = (text: string, alignment: 'left' | 'right' = 'left'): TextNode => ({
    text,
    bold: true,
    fontSize: SMALL_SIZE,
    alignment,
  });
  const totals = budgetTotals(doc.activities);
  const blank = (): TextNode => ({ text: '' });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: doc.activities.every((a) => fitsOnPage(rowHeight(a), 'landscape')),
      widths: [
        TITLE_WIDTH,
        FIXED.owner,
        FIXED.period,
        FIXED.status,
        FIXED.progress,
        FIXED.budget,
        FIXED.funding,
      ],
      body: [
        [
          th(t.activities.title),
          th(t.activities.owner),
          th(t.activities.period),
          th(t.activities.status),
          th(t.activities.progress, 'right'),
          th(t.activities.budget, 'right'),
          th(t.activities.funding),
        ],
        ...doc.activities.map((a) => activityRow(ctx, a)),
        [
          { text: t.document.total, bold: true },
          blank(),
          blank(),
          blank(),
          blank(),
          amounts(ctx, totals.budget, totals.spent, { size: 9, bold: true }),
          blank(),
        ],
      ],
    },
    layout: HAIRLINE_TABLE,
  };
}

function activityRow(ctx: SectionContext, a: Activity): Content[] {
  const { t, f, lookup } = ctx;
  const owner = lookup.member(a.ownerId);
  const description = a.description.trim();
  const notSet = (): Content => lines([t.document.notSet], NOT_SET);
  const period = periodLines(ctx, a);
  const title = fitted(ctx, a.title, TITLE_WIDTH, TITLE);
  return [
    description
      ? {
          stack: [
            title,
            { ...fitted(ctx, description, TITLE_WIDTH, DESCRIPTION), margin: [0, 1, 0, 0] },
          ],
        }
      : title,
    owner ? fitted(ctx, owner.name, FIXED.owner, CELL) : notSet(),
    period ? lines(period, CELL) : notSet(),
    {
      text: [
        { text: '• ', bold: true, color: STATUS_COLOR[a.status] },
        { text: t.activityStatus[a.status] },
      ],
      ...faceProps(CELL),
      noWrap: true,
    },
    lines([f.percent(a.progress)], CELL, 'right'),
    amounts(
      ctx,
      a.budget,
      a.spent,
      { ...CELL, ...(a.status === 'cancelled' ? { color: COLOR.muted } : {}) },
      a.status === 'cancelled',
    ),
    a.funding.trim() ? fitted(ctx, a.funding, FIXED.funding, CELL) : notSet(),
  ];
}

/** Roughly how tall an activity's row is: its tallest cell. */
function rowHeight(a: Activity): number {
  return (
    Math.max(
      textHeight(a.title, TITLE_WIDTH, TITLE.size) +
        textHeight(a.description, TITLE_WIDTH, DESCRIPTION.size),
      textHeight(a.funding, FIXED.funding, CELL.size),
    ) + 10
  );
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
): Content {
  const { t, f } = ctx;
  const main: TextNode = {
    text: f.money(budget),
    ...faceProps(face),
    alignment: 'right',
    noWrap: true,
    ...(struck ? { decoration: 'lineThrough' as const } : {}),
  };
  if (spent <= 0) return main;
  const note: TextNode = {
    text: `${t.activities.spent.toLowerCase()} ${f.money(spent)}`,
    ...faceProps(NOTE),
    alignment: 'right',
    noWrap: true,
  };
  return { stack: [main, note] };
}
