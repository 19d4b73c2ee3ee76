import { COLOR, FONT } from '../theme';
import type { PdfKitDocument, Point } from '../overlay';
import { compactPageContent } from '../page-content';
import { taggerOf } from '../tagging/install';
import type { StructureTag } from '../tagging/tags';
import type { DrawnPage } from './layout';

const LINES_BETWEEN_JOINS = 20;

/**
 * The text of one laid-out page of a drawn table, written with pdfkit straight onto the page that
 * pdfmake placed the page's canvas on. A line's `y` is its top; pdfkit puts the baseline one
 * ascender below that, just where pdfmake puts it for a line of its own. In a tagged PDF each
 * line goes into its cell of `table`; the header repeated on later pages is an artifact.
 */
export function drawTablePage(
  pdf: PdfKitDocument,
  page: DrawnPage,
  origin: Point,
  table?: StructureTag,
): void {
  const tagger = table ? taggerOf(pdf) : undefined;
  // The page's content stream goes on from wherever pdfmake left its graphics state.
  pdf.opacity(1);
  let color: string | null = null;
  const fill = (next: string) => {
    if (next !== color) pdf.fillColor(next);
    color = next;
  };
  let font: unknown = null;
  let fontSize = 0;
  const face = (bold: boolean, italics: boolean, size: number) => {
    const next = pdf.provideFont(FONT, bold, italics);
    if (next !== font) pdf._font = next;
    if (size !== fontSize) pdf.fontSize(size);
    font = next;
    fontSize = size;
  };
  page.lines.forEach((line, i) => {
    // A page of a long table is thousands of operators: joined as they come, rather than when
    // the page is done, they are gone before the heap's young generation hands them on to the
    // old one, which keeps them until a full collection (25 MB less at the peak of 5,000
    // activities).
    if (i % LINES_BETWEEN_JOINS === LINES_BETWEEN_JOINS - 1) compactPageContent(pdf);
    if (line.text === '' && !line.marker) return;
    if (tagger && table) tagger.markDrawnCell(table, line.row, line.column, line.row === 0);
    const { size, bold = false, italics = false } = line.face;
    const top = origin.y + line.y;
    let x = origin.x + line.x;
    if (line.marker) {
      face(true, italics, size);
      fill(line.marker.color);
      const width = pdf.widthOfString(line.marker.text);
      pdf._fragment(line.marker.text, x, top, { textWidth: width, wordCount: 1 });
      x += width;
    }
    face(bold, italics, size);
    fill(line.face.color ?? COLOR.text);
    // pdfkit needs the width only to strike the text through; measuring costs a layout.
    const width = line.align === 'right' || line.strike ? pdf.widthOfString(line.text) : 0;
    // Read from the structure tree, a cell's lines would run together without the space they
    // were broken at; at the end of the line it is invisible. A line broken at a hyphen goes on
    // without one.
    const next = page.lines[i + 1];
    const goesOn = tagger && next?.row === line.row && next.column === line.column;
    const text = goesOn && !line.text.endsWith('-') ? `${line.text} ` : line.text;
    // Straight to the run: `text` would only prepare options for wrapping that a placed line
    // does not need, and measure the run once more to move a cursor nothing reads.
    pdf._fragment(text, line.align === 'right' ? x + line.width - width : x, top, {
      textWidth: width,
      wordCount: 1,
      ...(line.strike ? { strike: true } : {}),
    });
  });
  tagger?.close();
}
