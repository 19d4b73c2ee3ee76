import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfWorkerHost, renderPlanPdfOffThread } from '../../../src/main/export/pdf/off-thread';
import { examplePlan, EXPORT_DATE, SLOW } from './plans';
import { pdfText } from './poppler';
import { BUILT_PDF_WORKER } from '../../helpers/built-node';
import { useTempDir } from '../../helpers/temp-dir';

describe('the PDF laid out in a worker thread', { timeout: SLOW }, () => {
  // The worker the global setup built from the sources, as the app's bundle builds it.
  const workerFile = BUILT_PDF_WORKER;
  const tempDir = useTempDir();

  it('gives the same document as on this thread, reporting progress on the way', async () => {
    const doc = examplePlan();
    const progress: number[] = [];
    const pdf = await renderPlanPdfOffThread(doc, {
      lang: 'da',
      now: EXPORT_DATE,
      workerFile,
      onProgress: (f) => progress.push(f),
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = join(tempDir(), 'off-thread.pdf');
    writeFileSync(file, pdf);
    const text = pdfText(file);
    expect(text).toContain(doc.plan.title);
    for (const activity of doc.activities) expect(text).toContain(activity.title);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
  });

  it('keeps the event loop free while the worker lays out the pages', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    try {
      await renderPlanPdfOffThread(examplePlan(), { lang: 'da', workerFile });
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(5);
  });

  it('stops when the export is cancelled', async () => {
    const controller = new AbortController();
    const pending = renderPlanPdfOffThread(examplePlan(), {
      lang: 'da',
      workerFile,
      signal: controller.signal,
    });
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
  });

  it('keeps one worker for several exports, in order, and recovers after a cancel', async () => {
    const host = new PdfWorkerHost({ workerFile, idleMs: 10_000 });
    try {
      const doc = examplePlan();
      const [whole, chosen] = await Promise.all([
        host.render(doc, { lang: 'da' }),
        host.render(doc, { lang: 'en', sections: ['cover'] }),
      ]);
      expect(whole.length).toBeGreaterThan(chosen.length);
      const controller = new AbortController();
      const cancelled = host.render(doc, { lang: 'da', signal: controller.signal });
      controller.abort(new Error('cancelled'));
      await expect(cancelled).rejects.toThrow('cancelled');
      const after = await host.render(doc, { lang: 'da', sections: ['summary'] });
      const file = join(tempDir(), 'after-cancel.pdf');
      writeFileSync(file, after);
      expect(pdfText(file)).toContain('Sammenfatning');
    } finally {
      await host.dispose();
    }
  });

  it('starts ahead of an export when told one is coming, and stops again if none comes', async () => {
    const host = new PdfWorkerHost({ workerFile, idleMs: 300 });
    try {
      expect(host.running).toBe(false);
      host.warm();
      expect(host.running).toBe(true);
      const pdf = await host.render(examplePlan(), { lang: 'da', now: EXPORT_DATE });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(host.running).toBe(true);
      // Waits for the worker to stop rather than sleeping past its idle time.
      await expect.poll(() => host.running).toBe(false);
      host.warm();
      expect(host.running).toBe(true);
      await expect.poll(() => host.running).toBe(false);
    } finally {
      await host.dispose();
    }
  });

  it('leaves a missing worker file for the export to report', async () => {
    const host = new PdfWorkerHost({ workerFile: join(tempDir(), 'missing.cjs') });
    expect(() => host.warm()).not.toThrow();
    await expect(host.render(examplePlan(), { lang: 'da' })).rejects.toThrow();
    await host.dispose();
  });

  it('fails waiting exports when it is disposed', async () => {
    const host = new PdfWorkerHost({ workerFile });
    const pending = expect(host.render(examplePlan(), { lang: 'da' })).rejects.toMatchObject({
      appError: { code: 'internal' },
    });
    await host.dispose();
    await pending;
  });

  it('fails with a typed error when the worker file is missing', async () => {
    await expect(
      renderPlanPdfOffThread(examplePlan(), {
        lang: 'da',
        workerFile: '/nonexistent/pdf-worker.cjs',
      }),
    ).rejects.toMatchObject({ appError: { code: 'internal' } });
  });
});
