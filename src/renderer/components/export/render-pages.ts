import { base64ToBytes } from './pdf-bytes';

/** How wide a page is drawn, in CSS pixels; sharp on high-density screens too. */
const PAGE_WIDTH = 160;

/**
 * Draws the first pages of a PDF into canvases with pdf.js, loaded only when a preview is first
 * shown. pdf.js parses in its own worker (a file of the app, as the CSP wants) and is told not to
 * compile font code with `eval`, which the CSP forbids.
 */
export async function renderPdfPages(
  base64: string,
  canvases: readonly HTMLCanvasElement[],
  signal: AbortSignal,
): Promise<void> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const task = pdfjs.getDocument({ data: base64ToBytes(base64), isEvalSupported: false });
  signal.addEventListener('abort', () => void task.destroy(), { once: true });
  const pdf = await task.promise;
  try {
    for (const [index, canvas] of canvases.entries()) {
      if (signal.aborted || index >= pdf.numPages) return;
      const page = await pdf.getPage(index + 1);
      const unscaled = page.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (PAGE_WIDTH / unscaled.width) * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${PAGE_WIDTH}px`;
      canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
      await page.render({ canvas, viewport }).promise;
    }
  } finally {
    void task.destroy();
  }
}
