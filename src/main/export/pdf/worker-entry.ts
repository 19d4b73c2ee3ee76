import { parentPort, workerData } from 'node:worker_threads';
import { isOmstilError } from '../../../shared/errors';
import { enableCompileCache } from './compile-cache';
import type { PdfWorkerData, PdfWorkerMessage, PdfWorkerRequest } from './worker-protocol';

/**
 * The worker thread's entry, built as its own file beside the bundle that starts it. It renders
 * the documents it is sent one at a time and hands the bytes back without copying them. A worker
 * that has rendered once is several times faster the next time (its code is compiled), so the
 * host keeps it for a while.
 */
const port = parentPort;
// The renderer (pdfmake, pdfkit, fontkit: most of the worker's start) is loaded after the
// compile cache is on, and at once, so that it loads while the export dialog is still waiting.
enableCompileCache();
const rendering = import('./render');
// A renderer that cannot load is reported to the first export that needs it.
rendering.catch(() => undefined);
const { fonts } = workerData as PdfWorkerData;

if (port) {
  const post = (message: PdfWorkerMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);

  let queue = Promise.resolve();
  port.on('message', (request: PdfWorkerRequest) => {
    queue = queue.then(() => render(request));
  });

  const render = async ({ id, doc, lang, sections, now }: PdfWorkerRequest): Promise<void> => {
    let reported = 0;
    try {
      const { renderPlanPdf } = await rendering;
      const pdf = await renderPlanPdf(doc, {
        lang,
        now: new Date(now),
        fonts,
        ...(sections ? { sections } : {}),
        // pdfmake reports every item it draws; the window needs a percent now and then.
        onProgress: (fraction) => {
          if (fraction - reported >= 0.02 || fraction === 1) {
            reported = fraction;
            post({ id, type: 'progress', fraction });
          }
        },
      });
      const bytes = new Uint8Array(pdf.byteLength);
      bytes.set(pdf);
      post({ id, type: 'done', pdf: bytes }, [bytes.buffer]);
    } catch (e) {
      post({
        id,
        type: 'error',
        appError: isOmstilError(e) ? e.appError : null,
        message: e instanceof Error ? e.message : String(e),
      });
    }
  };
}
