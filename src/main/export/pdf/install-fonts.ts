import pdfmake from 'pdfmake';
import { FONT_FILES, type FontStyle, type PdfFonts } from './fonts';
import { installFastStyleLookup } from './style-lookup';
import { FONT } from './theme';

/**
 * The fonts live in pdfmake's in-memory file system under fixed names, so pdfkit parses them
 * from memory once per document and never touches the disk while laying out a table. The plan
 * PDF and the evaluation PDF share pdfmake's one instance, and so this. pdfmake is also given
 * a faster style lookup here (see `style-lookup.ts`).
 */
let installed: PdfFonts | null = null;

export function installFonts(fonts: PdfFonts): void {
  if (installed === fonts) return;
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
    pdfmake.virtualfs.writeFileSync(FONT_FILES[style], Buffer.from(fonts[style]));
  }
  pdfmake.setFonts({ [FONT]: { ...FONT_FILES } });
  // A plan is data from someone else's file: the PDF may read nothing from disk or network.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  installFastStyleLookup();
  installed = fonts;
}
