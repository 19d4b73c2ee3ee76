import pdfmake, { type PdfKitDocument } from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../src/main/export/pdf/fonts';
import { installFonts } from '../../../src/main/export/pdf/install-fonts';
import { pdfBytes } from '../../../src/main/export/pdf/overlay';
import { compactPageContent } from '../../../src/main/export/pdf/page-content';
import { FONT } from '../../../src/main/export/pdf/theme';
import { EXPORT_DATE, SLOW } from './plans';

/** pdfkit's own drawing and the list of a page's content it keeps, which neither type has. */
type Drawable = PdfKitDocument & {
  rect(x: number, y: number, w: number, h: number): Drawable;
  fill(color: string): Drawable;
  page: { content: { buffer: unknown } };
};

/** Two pages laid out by pdfmake and kept open, as the plan's PDF is before its overlays. */
async function openDocument(): Promise<Drawable> {
  const output = pdfmake.createPdf(
    {
      content: ['Første side', { text: 'Anden side', pageBreak: 'before' }],
      defaultStyle: { font: FONT },
      info: { creationDate: EXPORT_DATE },
    },
    { bufferPages: true },
  );
  return (await output.getStream()) as Drawable;
}

/** Squares drawn onto the first page after pdfmake, joined now and then when `compact`. */
async function drawnPdf(compact: boolean): Promise<Buffer> {
  const pdf = await openDocument();
  pdf.switchToPage(0);
  for (let i = 0; i < 60; i++) {
    pdf.rect(40 + (i % 10) * 20, 200 + Math.floor(i / 10) * 20, 10, 10).fill('#0059b3');
    if (compact && i % 25 === 24) compactPageContent(pdf);
  }
  if (compact) compactPageContent(pdf);
  return pdfBytes(pdf);
}

describe('a page content joined as it is drawn', { timeout: SLOW }, () => {
  beforeAll(() => installFonts(loadPdfFonts()));

  it('becomes one piece instead of one per operator', async () => {
    const pdf = await openDocument();
    pdf.switchToPage(0);
    for (let i = 0; i < 10; i++) pdf.rect(40, 200 + i * 20, 10, 10).fill('#0059b3');
    const pieces = () => (pdf.page.content.buffer as unknown[]).length;
    expect(pieces()).toBeGreaterThan(10);
    compactPageContent(pdf);
    expect(pieces()).toBe(1);
    await pdfBytes(pdf);
  });

  it('gives the same file, byte for byte', async () => {
    const joined = await drawnPdf(true);
    expect(joined.equals(await drawnPdf(false))).toBe(true);
  });
});
