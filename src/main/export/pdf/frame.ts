import { EXPORT_LOCALES } from '../format';
import type { SectionContext } from './context';
import type { Content, DocDefinition, NodeProps } from './doc-types';
import { ellipsized } from './fit';
import { BODY_LINE_HEIGHT, BODY_SIZE, COLOR, contentWidth, FONT, PAGE, STYLES } from './theme';

const FOOTER_SIZE = 7.5;
const FOOTER_GAP = 16;

export interface FrameOptions {
  title: string;
  subject: string;
  orientation: 'portrait' | 'landscape';
  now: Date;
  /** Told the page count when pdfmake lays out the footers. */
  onPages?: ((pages: number) => void) | undefined;
}

/**
 * What every Omstil PDF shares around its content: A4, the margins, the metadata, the body text
 * and the "Side x af y" footer, so the plan and the evaluation look like one family.
 */
export function documentFrame(
  ctx: SectionContext,
  options: FrameOptions,
  content: Content[],
): DocDefinition {
  const { title, now } = options;
  const organisation = ctx.doc.plan.organisation.trim();
  // Per width: every page of one orientation and page-number length has the same room.
  const footerTitles = new Map<number, string>();
  return {
    pageSize: 'A4',
    pageOrientation: options.orientation,
    pageMargins: PAGE.margins,
    language: EXPORT_LOCALES[ctx.lang],
    displayTitle: true,
    info: {
      title,
      ...(organisation ? { author: organisation } : {}),
      subject: options.subject,
      creator: 'Omstil',
      producer: 'Omstil',
      creationDate: now,
    },
    defaultStyle: {
      font: FONT,
      fontSize: BODY_SIZE,
      lineHeight: BODY_LINE_HEIGHT,
      color: COLOR.text,
    },
    // A fresh copy per document: pdfmake annotates what it is given.
    styles: structuredClone<Record<string, NodeProps>>(STYLES),
    footer: (page, pages, size) => {
      const footerTitle = (room: number) => {
        let cut = footerTitles.get(room);
        if (cut === undefined) {
          cut = ellipsized(ctx, title, room, { size: FOOTER_SIZE });
          footerTitles.set(room, cut);
        }
        return cut;
      };
      options.onPages?.(pages);
      const pageOf = ctx.t.document.pageOf(page, pages);
      const room =
        contentWidth(size.width > size.height ? 'landscape' : 'portrait') -
        FOOTER_GAP -
        ctx.metrics.normal.width(pageOf, FOOTER_SIZE);
      // Each text one piece, as `fitted` hands lines over: both are known to fit, and pdfmake
      // measures and lays out a word at a time, a cost paid again on every page.
      return {
        columns: [
          {
            text: [{ text: footerTitle(room), noWrap: true }],
            width: '*',
            color: COLOR.muted,
            fontSize: FOOTER_SIZE,
          },
          {
            text: [{ text: pageOf, noWrap: true }],
            width: 'auto',
            color: COLOR.muted,
            fontSize: FOOTER_SIZE,
          },
        ],
        columnGap: FOOTER_GAP,
        margin: [PAGE.margins[0], 30, PAGE.margins[2], 0],
      };
    },
    content,
  };
}
