import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../../src/main/host/handlers';
import { dispatch } from '../../../src/main/host/dispatch';
import { isOmstilError } from '../../../src/shared/errors';
import { diffSnapshots } from '../../../src/shared/progress';
import type { Environment } from '../../../src/main/core/services/clock';
import { BUILT_PDF_WORKER } from '../../helpers/built-node';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';
import { SLOW } from '../export/plans';
import { pdfInfo, pdfPages, pdfText } from '../export/poppler';

const TITLE = 'Kompetenceplan for den digitale omstilling 2026–2027';

describe('the exportPlan and previewPdf calls', { timeout: SLOW }, () => {
  const tempDir = useTempDir();
  const at = (name: string) => join(tempDir(), name);
  let handlers: Handlers | null = null;
  const opened: string[] = [];

  afterEach(() => {
    handlers?.dispose();
    handlers = null;
    opened.length = 0;
  });

  /** The core as a window has it, with the example plan open. */
  async function withExamplePlan(
    options: { opensFiles?: boolean; file?: string; env?: Environment } = {},
  ): Promise<Handlers> {
    handlers = createHandlers(
      {
        transport: 'direct',
        appVersion: '0.0.0-test',
        defaultFolder: tempDir(),
        recentFilesPath: at('recent.json'),
        // The worker the global setup built from the sources, as the app's bundle builds it.
        pdfWorkerFile: BUILT_PDF_WORKER,
        ...(options.opensFiles
          ? {
              openFile: (path: string) => {
                opened.push(path);
                return Promise.resolve();
              },
            }
          : {}),
      },
      options.env ?? fixedEnvironment(),
    );
    await handlers.newPlan({ path: at(options.file ?? 'plan.omstil'), example: true });
    return handlers;
  }

  /** The typed refusal an asynchronous handler rejects with. */
  async function refusal(pending: unknown) {
    try {
      await Promise.resolve(pending);
    } catch (e) {
      if (isOmstilError(e)) return e.appError;
      throw e;
    }
    throw new Error('expected a refusal');
  }

  it('writes the whole PDF and says how many pages it has', async () => {
    const api = await withExamplePlan();
    const result = await api.exportPlan({ path: at('plan.pdf'), format: 'pdf' });
    expect(result.path).toBe(at('plan.pdf'));
    expect(result.bytes).toBe(readFileSync(at('plan.pdf')).byteLength);
    expect(result.pages).toBe(pdfPages(at('plan.pdf')));
    expect(result.pages).toBeGreaterThan(3);
    const text = pdfText(at('plan.pdf'));
    expect(text).toContain(TITLE);
    expect(text).toContain('Baggrunde og udfordringer');
    expect(text).toContain('Side 1 af');
    expect(pdfInfo(at('plan.pdf'))['Title']).toBe(TITLE);
  });

  it("prints the marked statuses' figures, which the window's copy of the plan leaves out", async () => {
    const api = await withExamplePlan();
    const listed = (await api.getPlan({}))!.document.statusSnapshots;
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.every((s) => !('activities' in s.data))).toBe(true);
    const [earlier, later] = await api.statusFigures({ ids: [listed[0]!.id, listed[1]!.id] });
    const moved = diffSnapshots(earlier!.figures, later!.figures).moved;
    expect(moved.length).toBeGreaterThan(0);

    await api.exportPlan({ path: at('status.pdf'), format: 'pdf', sections: ['status'] });
    const text = pdfText(at('status.pdf')).replace(/\s+/g, '');
    for (const m of moved) expect(text).toContain(m.title.replace(/\s+/g, ''));

    await api.exportPlan({ path: at('plan.json'), format: 'json' });
    const file = JSON.parse(readFileSync(at('plan.json'), 'utf8')) as {
      statusSnapshots: { id: string; data: unknown }[];
    };
    expect(file.statusSnapshots.map((s) => s.data)).toEqual([earlier!.figures, later!.figures]);
  });

  it('leaves out the sections not chosen, and writes English headings on request', async () => {
    const api = await withExamplePlan();
    const all = await api.exportPlan({ path: at('all.pdf'), format: 'pdf' });
    const part = await api.exportPlan({
      path: at('part.pdf'),
      format: 'pdf',
      sections: ['cover', 'summary', 'activities'],
      language: 'en',
    });
    const text = pdfText(at('part.pdf'));
    expect(text).toContain(TITLE);
    expect(text).toContain('Page 1 of');
    expect(text).not.toContain('Drivers and challenges');
    expect(text).not.toContain('Baggrunde og udfordringer');
    expect(part.pages).toBeLessThan(all.pages!);
  });

  it('refuses to replace an existing file unless told to, and leaves it as it was', async () => {
    const api = await withExamplePlan();
    writeFileSync(at('minutes.pdf'), 'the minutes');
    const error = await refusal(api.exportPlan({ path: at('minutes.pdf'), format: 'pdf' }));
    expect(error.code).toBe('already-exists');
    expect(error.message.da).toContain(at('minutes.pdf'));
    expect(readFileSync(at('minutes.pdf'), 'utf8')).toBe('the minutes');

    await api.exportPlan({ path: at('minutes.pdf'), format: 'pdf', overwrite: true });
    expect(readFileSync(at('minutes.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('never writes an export over the plan file itself', async () => {
    const api = await withExamplePlan();
    const before = readFileSync(at('plan.omstil'));
    const error = await refusal(
      api.exportPlan({ path: at('plan.omstil'), format: 'json', overwrite: true }),
    );
    expect(error.code).toBe('same-file');
    expect(readFileSync(at('plan.omstil')).equals(before)).toBe(true);
  });

  it('refuses a section the PDF does not have, naming it and the ones there are', async () => {
    const api = await withExamplePlan();
    const result = await dispatch(api, 'exportPlan', {
      path: at('x.pdf'),
      format: 'pdf',
      sections: ['summary', 'appendix'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues?.[0]?.path).toBe('sections[1]');
    expect(result.error.message.da).toContain('»appendix«');
    expect(result.error.message.da).toContain('cover, committee, summary');
    expect(existsSync(at('x.pdf'))).toBe(false);
  });

  it('refuses an unknown format and an empty choice of sections through the schema', async () => {
    const api = await withExamplePlan();
    const odt = await dispatch(api, 'exportPlan', { path: at('x.odt'), format: 'odt' });
    const none = await dispatch(api, 'exportPlan', {
      path: at('x.pdf'),
      format: 'pdf',
      sections: [],
    });
    expect(odt).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(existsSync(at('x.odt')) || existsSync(at('x.pdf'))).toBe(false);
  });

  it('writes the Word document, the workbook, the CSV, the JSON and the calendar without pages', async () => {
    const api = await withExamplePlan();
    for (const format of ['docx', 'xlsx', 'csv', 'json', 'ics'] as const) {
      const result = await api.exportPlan({ path: at(`plan.${format}`), format });
      expect(result.pages).toBeUndefined();
      expect(result.bytes).toBe(readFileSync(at(`plan.${format}`)).byteLength);
    }
    expect(JSON.parse(readFileSync(at('plan.json'), 'utf8'))).toMatchObject({
      format: 'omstil-plan',
      plan: { title: TITLE },
    });
  });

  it('previews the PDF with the chosen sections without writing anything', async () => {
    const api = await withExamplePlan();
    const preview = await api.previewPdf({ sections: ['cover', 'summary'] });
    const pdf = Buffer.from(preview.pdf, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    writeFileSync(at('preview-check.pdf'), pdf);
    expect(pdfPages(at('preview-check.pdf'))).toBe(preview.pages);
    expect(pdfText(at('preview-check.pdf'))).toContain(TITLE);
  });

  it('saves the PDF just previewed without laying it out again, and only that PDF', async () => {
    // The clock moves a second per reading and the PDF records when it was made, so a second
    // layout gives other bytes than the preview's.
    const api = await withExamplePlan();
    const sections = ['cover', 'summary', 'activities'] as const;
    const preview = Buffer.from((await api.previewPdf({ sections: [...sections] })).pdf, 'base64');
    const saved = await api.exportPlan({
      path: at('a.pdf'),
      format: 'pdf',
      sections: [...sections],
    });
    expect(readFileSync(at('a.pdf')).equals(preview)).toBe(true);
    expect(saved.pages).toBe(pdfPages(at('a.pdf')));

    // Other sections, another language: laid out anew.
    await api.exportPlan({ path: at('b.pdf'), format: 'pdf', sections: ['cover'] });
    expect(pdfPages(at('b.pdf'))).toBe(1);
    await api.exportPlan({
      path: at('c.pdf'),
      format: 'pdf',
      sections: [...sections],
      language: 'en',
    });
    expect(pdfText(at('c.pdf'))).toContain('Activities');

    // A changed plan: the saved PDF says what the plan says now.
    await api.previewPdf({ sections: [...sections] });
    await api.updatePlan({ patch: { title: 'Ny titel efter forhåndsvisningen' } });
    await api.exportPlan({ path: at('d.pdf'), format: 'pdf', sections: [...sections] });
    expect(pdfText(at('d.pdf'))).toContain('Ny titel efter forhåndsvisningen');
  });

  it('lays the PDF out again when the preview was made on another day', async () => {
    let now = Date.parse('2026-11-27T10:00:00');
    let n = 0;
    const env: Environment = {
      now: () => new Date(now),
      newId: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`,
    };
    const api = await withExamplePlan({ env });
    const preview = Buffer.from((await api.previewPdf({ sections: ['cover'] })).pdf, 'base64');
    now += 24 * 60 * 60 * 1000;
    await api.exportPlan({ path: at('tomorrow.pdf'), format: 'pdf', sections: ['cover'] });
    expect(readFileSync(at('tomorrow.pdf')).equals(preview)).toBe(false);
    expect(pdfText(at('tomorrow.pdf'))).toContain('28. november 2026');
  });

  it('lists the PDF sections in reading order, starting with the agenda page and the cover', async () => {
    const api = await withExamplePlan();
    const { sections } = await api.exportSections({});
    expect(sections.slice(0, 2)).toEqual(['agenda', 'cover']);
    expect(sections).toEqual(expect.arrayContaining(['summary', 'activities', 'budget']));
  });

  it('opens only files this window exported, and only where the system can', async () => {
    const api = await withExamplePlan({ opensFiles: true });
    expect((await api.appInfo({})).opensFiles).toBe(true);
    writeFileSync(at('other.pdf'), 'not ours');
    const error = await refusal(api.openExportedFile({ path: at('other.pdf') }));
    expect(error.code).toBe('not-supported');
    const plan = await refusal(api.openExportedFile({ path: at('plan.omstil') }));
    expect(plan.code).toBe('wrong-extension');
    expect(plan.message.da).toContain('kun filer, som programmet selv har eksporteret');
    await api.exportPlan({ path: at('plan.pdf'), format: 'pdf', sections: ['cover'] });
    await api.openExportedFile({ path: at('plan.pdf') });
    expect(opened).toEqual([at('plan.pdf')]);

    handlers?.dispose();
    const web = await withExamplePlan({ file: 'web.omstil' });
    expect((await web.appInfo({})).opensFiles).toBe(false);
    await web.exportPlan({ path: at('web.pdf'), format: 'pdf', sections: ['cover'] });
    expect((await refusal(web.openExportedFile({ path: at('web.pdf') }))).code).toBe(
      'not-supported',
    );
  });

  it('refuses without an open plan', async () => {
    const api = await withExamplePlan();
    await api.closePlan({});
    const error = await refusal(api.exportPlan({ path: at('x.pdf'), format: 'pdf' }));
    expect(error.code).toBe('no-plan-open');
  });
});
