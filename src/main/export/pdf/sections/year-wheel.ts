import type { YearItem } from '../../../../shared/model/entities';
import {
  monthName,
  sortYearWheel,
  YEAR_WHEEL_KIND_LABELS,
  YEAR_WHEEL_OWNER_LABELS,
} from '../../../../shared/year-wheel';
import { parseIsoDate } from '../../format';
import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { dataTable, emptyNote, sectionHeading } from '../blocks';
import { fitted, lines, type Face } from '../fit';
import { figure } from '../tagging/nodes';
import { yearWheelAltText } from './year-wheel-alt-text';
import { COLOR, remainingWidth, SMALL_SIZE } from '../theme';
import { yearWheelDrawing } from './year-wheel-drawing';

const WIDTHS = { month: 62, kind: 92, owner: 80 };
const ITEM_WIDTH = remainingWidth('portrait', Object.values(WIDTHS));

const TITLE: Face = { size: 8.5, bold: true };
const DESCRIPTION: Face = { size: SMALL_SIZE, color: COLOR.muted };
const LINKED: Face = { size: 7.5, color: COLOR.muted };
const CELL: Face = { size: SMALL_SIZE };

/**
 * The årshjul month by month from the month the plan period starts: a small wheel for the
 * overview, then each item with its kind and who is responsible. A month without items says so,
 * so a reader sees the whole year.
 */
export function yearWheelSection(ctx: SectionContext): Content[] {
  const { t, doc } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.yearWheel)];
  if (doc.yearItems.length === 0) return [...content, emptyNote(t.yearWheel.empty)];
  content.push({ text: t.yearWheel.lead, style: 'lead' });
  const first = firstMonth(ctx);
  content.push(figure(yearWheelDrawing(ctx, first), yearWheelAltText(doc, ctx.lang)));
  const sorted = sortYearWheel(doc.yearItems, first);
  const rows: Content[][] = [];
  for (let i = 0; i < 12; i++) {
    const month = ((first - 1 + i) % 12) + 1;
    const items = sorted.filter((item) => item.month === month);
    const name = monthLabel(ctx, month);
    if (items.length === 0) {
      rows.push([
        lines([name], { ...CELL, bold: true }),
        lines([t.yearWheel.nothing], { ...CELL, italics: true, color: COLOR.muted }),
        '',
        '',
      ]);
      continue;
    }
    items.forEach((item, index) => rows.push(itemRow(ctx, item, index === 0 ? name : '')));
  }
  const th = (text: string) => ({ text, bold: true, fontSize: SMALL_SIZE });
  content.push(
    dataTable(
      [th(t.yearWheel.month), th(t.yearWheel.item), th(t.yearWheel.kind), th(t.yearWheel.owner)],
      [WIDTHS.month, ITEM_WIDTH, WIDTHS.kind, WIDTHS.owner],
      rows,
    ),
  );
  return content;
}

/** The month the committee's year begins: the plan period's first month, else January. */
export function firstMonth(ctx: SectionContext): number {
  const start = ctx.doc.plan.periodStart ? parseIsoDate(ctx.doc.plan.periodStart) : null;
  return start ? start.getUTCMonth() + 1 : 1;
}

function monthLabel(ctx: SectionContext, month: number): string {
  const name = monthName(month)[ctx.lang];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function itemRow(ctx: SectionContext, item: YearItem, month: string): Content[] {
  const { t, lookup, f, doc } = ctx;
  const text: Content[] = [fitted(ctx, item.title, ITEM_WIDTH, TITLE)];
  if (item.description.trim()) {
    text.push(fitted(ctx, item.description.trim(), ITEM_WIDTH, DESCRIPTION));
  }
  const linked = [
    ...item.activityIds.flatMap((id) => doc.activities.find((a) => a.id === id)?.title ?? []),
    ...item.measurementIds.flatMap((id) => {
      const m = doc.measurements.find((x) => x.id === id);
      if (!m) return [];
      const competence = lookup.competence(m.competenceId)?.title ?? '';
      return `${t.measurementKind[m.kind]}, ${competence}, ${f.shortDate(m.date)}`;
    }),
  ];
  if (linked.length > 0) {
    text.push(fitted(ctx, `${t.yearWheel.linked}: ${linked.join('; ')}`, ITEM_WIDTH, LINKED));
  }
  return [
    month ? lines([month], { ...CELL, bold: true }) : '',
    { stack: text },
    fitted(ctx, YEAR_WHEEL_KIND_LABELS[item.kind][ctx.lang], WIDTHS.kind, CELL),
    item.ownerRole
      ? fitted(ctx, YEAR_WHEEL_OWNER_LABELS[item.ownerRole][ctx.lang], WIDTHS.owner, CELL)
      : lines([t.yearWheel.ownerNotSet], { ...CELL, italics: true, color: COLOR.muted }),
  ];
}
