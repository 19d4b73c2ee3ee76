import { COLOR, FONT } from '../theme';
import type { PdfKitDocument, Point } from '../overlay';
import type { DrawnPage } from './layout';

/**
 * The text of one laid-out page of a drawn table, written with pdfkit straight onto the page that
 * pdfmake placed the page's canvas on. A line's `y` is its top; pdfkit puts the baseline one
 * ascender below that, just where pdfmake puts it for a line of its own.
 */
export function drawTablePage(pdf: PdfKitDocument, page: DrawnPage, origin: Point): void {
  // The page's content stream goes on from wherever pdfmake left its graphics state.
  pdf.opacity(1);
  let color: string | null = null;
  const fill = (next: string) => {
    if (next !== color) pdf.fillColor(next);
    color = next;
  };
  const face = (bold: boolean, italics: boolean, size: number) => {
    pdf._font = pdf.provideFont(FONT, bold, italics);
    pdf.fontSize(size);
  };
  for (const line of page.lines) {
    if (line.text === '' && !line.marker) continue;
    const { size, bold = false, italics = false } = line.face;
    const top = origin.y + line.y;
    let x = origin.x + line.x;
    if (line.marker) {
      face(true, italics, size);
      fill(line.marker.color);
      const width = pdf.widthOfString(line.marker.text);
      pdf.text(line.marker.text, x, top, { lineBreak: false, textWidth: width, wordCount: 1 });
      x += width;
    }
    face(bold, italics, size);
    fill(line.face.color ?? COLOR.text);
    // pdfkit needs the width only to strike the text through; measuring costs a layout.
    const width = line.align === 'right' || line.strike ? pdf.widthOfString(line.text) : 0;
    pdf.text(line.text, line.align === 'right' ? x + line.width - width : x, top, {
      lineBreak: false,
      textWidth: width,
      wordCount: 1,
      ...(line.strike ? { strike: true } : {}),
    });
  }
}
