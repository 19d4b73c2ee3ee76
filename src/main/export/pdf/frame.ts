import { EXPORT_LOCALES } from '../format';
import type { SectionContext } from './context';
import type { Content, DocDefinition, NodeProps } from './doc-types';
import { BODY_LINE_HEIGHT, BODY_SIZE, COLOR, FONT, PAGE, STYLES } from './theme';

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
    footer: (page, pages) => {
      options.onPages?.(pages);
      return {
        columns: [
          { text: title, width: '*', color: COLOR.muted, fontSize: 7.5 },
          {
            text: ctx.t.document.pageOf(page, pages),
            width: 'auto',
            color: COLOR.muted,
            fontSize: 7.5,
          },
        ],
        columnGap: 16,
        margin: [PAGE.margins[0], 30, PAGE.margins[2], 0],
      };
    },
    content,
  };
}
