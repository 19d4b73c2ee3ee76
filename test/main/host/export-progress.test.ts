import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../../src/main/host/handlers';
import { ShellEventSchema } from '../../../src/shared/api';
import { BUILT_PDF_WORKER } from '../../helpers/built-node';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';
import { SLOW } from '../export/plans';

/** Each report's fraction must make a valid shell event, or the window would not be told. */
function expectRisingToOne(reported: number[]): void {
  expect(reported.length).toBeGreaterThan(1);
  for (const fraction of reported) {
    expect(ShellEventSchema.safeParse({ type: 'export-progress', fraction }).success).toBe(true);
  }
  reported.slice(1).forEach((fraction, i) => expect(fraction).toBeGreaterThanOrEqual(reported[i]!));
  expect(reported[0]).toBeLessThan(1);
  expect(reported.at(-1)).toBe(1);
}

describe('the progress of a PDF export, as the host context is told it', { timeout: SLOW }, () => {
  const tempDir = useTempDir();
  const at = (name: string) => join(tempDir(), name);
  let handlers: Handlers | null = null;

  afterEach(() => {
    handlers?.dispose();
    handlers = null;
  });

  /** The core as a window has it, with the example plan open and every report recorded. */
  async function withExamplePlan(options: { reports?: boolean } = {}) {
    const reported: number[] = [];
    handlers = createHandlers(
      {
        transport: 'direct',
        appVersion: '0.0.0-test',
        defaultFolder: tempDir(),
        recentFilesPath: at('recent.json'),
        // The worker the global setup built from the sources, as the app's bundle builds it.
        pdfWorkerFile: BUILT_PDF_WORKER,
        ...(options.reports === false
          ? {}
          : { onExportProgress: (fraction: number) => reported.push(fraction) }),
      },
      fixedEnvironment(),
    );
    await handlers.newPlan({ path: at('plan.omstil'), example: true });
    return { api: handlers, reported };
  }

  it('reports rising fractions that end at 1 while the PDF is written', async () => {
    const { api, reported } = await withExamplePlan();
    const result = await api.exportPlan({ path: at('plan.pdf'), format: 'pdf' });
    expect(result.pages).toBeGreaterThan(3);
    expectRisingToOne(reported);
  });

  it('reports the preview too, starting afresh for each PDF', async () => {
    const { api, reported } = await withExamplePlan();
    await api.previewPdf({ sections: ['cover', 'summary', 'activities'] });
    expectRisingToOne(reported);
    const first = reported.splice(0);
    await api.exportPlan({ path: at('plan.pdf'), format: 'pdf', sections: ['cover'] });
    expectRisingToOne(reported);
    expect(first.length).toBeGreaterThan(1);
  });

  it('reports nothing for the workbook, the CSV and the JSON, which are written at once', async () => {
    const { api, reported } = await withExamplePlan();
    for (const format of ['csv', 'xlsx', 'json'] as const) {
      await api.exportPlan({ path: at(`plan.${format}`), format });
    }
    expect(reported).toEqual([]);
  });

  it('writes the PDF just the same where the host takes no reports', async () => {
    const { api, reported } = await withExamplePlan({ reports: false });
    const result = await api.exportPlan({ path: at('plan.pdf'), format: 'pdf' });
    expect(result.pages).toBeGreaterThan(3);
    expect(reported).toEqual([]);
  });
});
