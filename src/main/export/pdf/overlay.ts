/**
 * Drawing onto pages after pdfmake has laid them out. pdfmake places a node (a canvas) and tells
 * where it went; an overlay then draws what pdfmake would have been slow to lay out itself (see
 * `drawn-table/`). Needs the document with its pages kept open (`bufferPages`).
 */
import type { PdfKitDocument } from 'pdfmake';
import { compactPageContent } from './page-content';

export type { PdfKitDocument };

export interface Point {
  x: number;
  y: number;
}

export interface PageOverlay {
  /** The node pdfmake places; the overlay is drawn from its top left corner. */
  anchor: object;
  draw(pdf: PdfKitDocument, origin: Point): void;
}

/**
 * Where pdfmake put a node: the same `positions` it hands to a document's `pageBreakBefore` as
 * the node's start position. A node it did not place is a fault in the layout, not in the plan.
 */
function placement(anchor: object): { page: number; origin: Point } {
  const positions = (anchor as { positions?: { pageNumber: number; left: number; top: number }[] })
    .positions;
  const first = positions?.[0];
  if (!first) throw new Error('pdfmake did not place a page of a drawn table');
  return { page: first.pageNumber - 1, origin: { x: first.left, y: first.top } };
}

export function drawOverlays(
  pdf: PdfKitDocument,
  overlays: readonly PageOverlay[],
  onProgress?: (fraction: number) => void,
): void {
  overlays.forEach((overlay, i) => {
    const { page, origin } = placement(overlay.anchor);
    pdf.switchToPage(page);
    overlay.draw(pdf, origin);
    compactPageContent(pdf);
    onProgress?.((i + 1) / overlays.length);
  });
}

const CHUNKS_JOINED = 1000;

/** The finished file, once the overlays are drawn. */
export function pdfBytes(pdf: PdfKitDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // pdfkit writes every piece of every object as a chunk of its own, hundreds of thousands for
    // a large plan; joined a thousand at a time, they do not sit in the heap one by one.
    const joined: Buffer[] = [];
    let chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (chunks.length === CHUNKS_JOINED) {
        joined.push(Buffer.concat(chunks));
        chunks = [];
      }
    });
    pdf.on('end', () => resolve(Buffer.concat([...joined, ...chunks])));
    pdf.on('error', reject);
    pdf.end();
  });
}
