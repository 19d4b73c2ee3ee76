/**
 * pdfkit keeps what is drawn on a page as one small Buffer for each operator (a move, a colour,
 * a piece of text) until the page is ended, and a document made with `bufferPages`, as ours are
 * for the drawn tables, ends its pages only when the file is written. Each of those Buffers costs
 * some hundred bytes of heap for a few bytes of content: at 5,000 activities they held about
 * 100 MB of the live heap when the drawn tables were done (212 MB, 111 MB joined). Joined into one Buffer when the drawing on a page is
 * done, the page keeps the same bytes (pdfkit joins them itself when it ends the page, and a later
 * drawing on the page adds to them as before). The list is pdfkit's own and not in its types;
 * when it is not there, nothing is joined.
 */
export function compactPageContent(pdf: object): void {
  const content = (pdf as { page?: { content?: { buffer?: unknown } } }).page?.content;
  if (content && Array.isArray(content.buffer) && content.buffer.length > 1) {
    content.buffer = [Buffer.concat(content.buffer as Uint8Array[])];
  }
}
