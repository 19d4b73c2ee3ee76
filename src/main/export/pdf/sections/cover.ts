import type { PdfSection } from '../../sections';
import type { SectionContext } from '../context';
import type { Content, Inline } from '../doc-types';
import { facts } from '../blocks';
import { fitLines } from '../fit';
import { periodText } from '../period';
import { COLOR, contentWidth } from '../theme';

const TITLE_SIZES = [26, 22, 19, 16];
/** More lines than this and the title would crowd the table of contents off the cover. */
const TITLE_LINES = 3;

/**
 * Title, who and when, and the table of contents. A draft names the chosen sections it has
 * nothing for yet, so the reader knows they are to come rather than forgotten.
 */
export function coverSection(
  ctx: SectionContext,
  withContents: boolean,
  unfilled: readonly PdfSection[] = [],
): Content[] {
  const { plan } = ctx.doc;
  const { t, f } = ctx;
  const notSet: Inline = { text: t.document.notSet, color: COLOR.muted, italics: true };
  const value = (text: string | null | undefined): string | Inline[] =>
    text && text.trim() ? text : [notSet];
  const rows: [string, string | Inline[]][] = [
    [t.cover.organisation, value(plan.organisation)],
    [t.cover.unit, value(plan.unit)],
    [t.cover.period, value(periodText(ctx, plan.periodStart, plan.periodEnd))],
    [t.cover.status, t.planStatus[plan.status]],
    [
      t.cover.decisionDate,
      plan.decisionDate
        ? f.date(plan.decisionDate)
        : [{ text: t.cover.notAdopted, color: COLOR.muted, italics: true }],
    ],
    [t.cover.exported, f.date(ctx.now.toISOString())],
  ];
  if (plan.status === 'draft' && unfilled.length > 0) {
    rows.push([t.cover.unfilled, unfilled.map((s) => t.sections[s]).join(', ')]);
  }
  const title = plan.title.trim() || t.document.untitled;
  const titleSize = coverTitleSize(ctx, title);
  const content: Content[] = [
    {
      text: t.document.kicker.toUpperCase(),
      color: COLOR.accent,
      bold: true,
      fontSize: 9,
      // Room above the title, less when a long table of contents must fit on the same page.
      margin: [0, withContents ? 40 : 90, 0, 10],
    },
    {
      text: title,
      style: 'title',
      fontSize: titleSize,
      bold: true,
      color: COLOR.heading,
      lineHeight: 1.1,
      margin: [0, 0, 0, 10],
    },
    { text: t.document.subtitle, fontSize: 11, color: COLOR.muted, margin: [0, 0, 0, 26] },
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: 60, h: 3, color: COLOR.accent }],
      margin: [0, 0, 0, 22],
    },
    facts(rows, 120),
  ];
  if (withContents) {
    content.push({
      toc: {
        title: { text: t.cover.contents, style: 'h2', margin: [0, 36, 0, 6] },
        textMargin: [0, 1, 0, 1],
      },
    });
  }
  return content;
}

/** The largest size at which the title takes at most a few lines. */
function coverTitleSize(ctx: SectionContext, title: string): number {
  const width = contentWidth('portrait');
  const fits = (size: number) => fitLines(ctx, title, width, { size, bold: true }).length;
  return TITLE_SIZES.find((size) => fits(size) <= TITLE_LINES) ?? TITLE_SIZES.at(-1)!;
}
