import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import { COLOR } from '../pdf/theme';

/** The styles of our own that the document's paragraphs name, beside Word's built-in ones. */
export const STYLE_IDS = {
  lead: 'Lead',
  emptyNote: 'EmptyNote',
  figureText: 'FigureText',
  tocHeading: 'TOCHeading',
  orderedList: 'omstil-ordered',
} as const;

const hex = (color: string) => color.slice(1);
/** Word's sizes are in half points. */
const pt = (size: number) => size * 2;

/**
 * Word's own Title and Heading 1–3 styles, so the navigation pane and a table of contents find
 * the sections, and a few paragraph styles of our own for the PDF's lead and notes. The body is
 * in the export's language, which Word's spelling and hyphenation follow.
 */
export function wordStyles(locale: string): IStylesOptions {
  const heading = (size: number, before: number, after: number, level: number) => ({
    run: { size: pt(size), bold: true, color: hex(level < 2 ? COLOR.heading : COLOR.text) },
    paragraph: { spacing: { before, after }, keepNext: true, outlineLevel: level },
  });
  return {
    default: {
      document: {
        run: { size: pt(10), color: hex(COLOR.text), language: { value: locale } },
        // The rule said, not left to the reader's default: LibreOffice reads a bare line as exact.
        paragraph: { spacing: { after: 80, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { size: pt(24), bold: true, color: hex(COLOR.heading) } },
      heading1: heading(18, 0, 200, 0),
      heading2: heading(12, 280, 100, 1),
      heading3: heading(10.5, 200, 40, 2),
    },
    paragraphStyles: [
      {
        id: STYLE_IDS.lead,
        name: 'Lead',
        basedOn: 'Normal',
        next: 'Normal',
        run: { color: hex(COLOR.muted) },
        paragraph: { spacing: { after: 200 } },
      },
      {
        id: STYLE_IDS.emptyNote,
        name: 'Empty note',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, color: hex(COLOR.muted) },
      },
      {
        id: STYLE_IDS.figureText,
        name: 'Figure description',
        basedOn: 'Normal',
        next: 'Normal',
        run: { color: hex(COLOR.muted) },
        paragraph: { spacing: { before: 120, after: 200 } },
      },
      {
        id: STYLE_IDS.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(12), bold: true, color: hex(COLOR.heading) },
        paragraph: { spacing: { before: 480, after: 120 } },
      },
    ],
  };
}

/** The numbered lists (the committee's principles, the evaluation's decisions). */
export const WORD_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: STYLE_IDS.orderedList,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 360, hanging: 280 } } },
        },
      ],
    },
  ],
};
