import type { AddWorksheetOptions } from 'exceljs';

/** Excel's paper size code for A4. */
const A4 = 9;

/** Excel refuses a header or footer section longer than this; the title is cut before it. */
const TITLE_LIMIT = 120;

export interface PrintHeading {
  /** The plan's title, printed at the top of every page. */
  title: string;
  /** The page number in Excel's codes, e.g. "Side &P af &N". */
  pageOf: string;
}

/**
 * A sheet that prints as the committee reads it: A4 landscape, every column on the page (as many
 * pages down as it takes), the header row on every page, the plan's title and the sheet's name
 * at the top and the page number at the foot. Given when the sheet is made: a streamed sheet
 * writes its page properties before its first row.
 */
export function printOptions(
  heading: PrintHeading,
): Pick<AddWorksheetOptions, 'pageSetup' | 'headerFooter'> {
  return {
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitlesRow: '1:1',
    },
    headerFooter: {
      oddHeader: `&L${headerText(heading.title)}&R&A`,
      oddFooter: `&C${heading.pageOf}`,
    },
  };
}

/** "&" starts a code in a header, so a title's own ampersands are doubled. */
function headerText(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  const cut = flat.length > TITLE_LIMIT ? `${flat.slice(0, TITLE_LIMIT - 1).trimEnd()}…` : flat;
  return cut.replace(/&/g, '&&');
}
