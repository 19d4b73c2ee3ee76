import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEvaluationToFile } from '../../../../src/main/export/pdf/evaluation/export-file';
import { renderEvaluationPdf } from '../../../../src/main/export/pdf/evaluation/render';
import { renderPlanPdf } from '../../../../src/main/export/pdf/render';
import { evaluationFigures } from '../../../../src/shared/evaluation';
import { isOmstilError } from '../../../../src/shared/errors';
import type { PlanDocument } from '../../../../src/shared/model/document';
import type { Evaluation } from '../../../../src/shared/model/entities';
import { EXPORT_DATE, examplePlan, SLOW } from '../plans';
import { pdfPages, pdfPageText, pdfText } from '../poppler';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-evaluation-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DECISION = 'Alle ledere gennemfører forløbet i digital ledelse inden sommerferien';
const MUS = 'MUS-samtalerne i foråret tog udgangspunkt i planens kompetencer.';
const CONCLUSION = 'Indsatserne for sagsbehandlerne virkede, men lederne blev ikke nået.';

/** The example plan with a completed evaluation of its first year and an older one still open. */
function evaluatedPlan(): { doc: PlanDocument; evaluation: Evaluation } {
  const doc = examplePlan();
  const period = { from: '2026-09-01', to: '2027-08-31' };
  const evaluation: Evaluation = {
    id: '30000000-0000-4000-8000-000000000001',
    year: 2027,
    periodStart: period.from,
    periodEnd: period.to,
    figures: evaluationFigures(doc, period),
    musFollowUp: MUS,
    conclusions: CONCLUSION,
    decisions: [DECISION, 'Nulpunktsmålingen gentages for alle målgrupper'],
    completedAt: '2027-09-15',
    updatedAt: '2027-09-15T10:00:00.000Z',
  };
  const draft: Evaluation = {
    ...evaluation,
    id: '30000000-0000-4000-8000-000000000002',
    year: 2026,
    decisions: ['En ældre beslutning, der ikke hører til den seneste evaluering'],
    completedAt: null,
  };
  return { doc: { ...doc, evaluations: [draft, evaluation] }, evaluation };
}

function write(name: string, pdf: Buffer): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

describe('the evaluation as its own Danish PDF', { timeout: SLOW }, () => {
  const { doc, evaluation } = evaluatedPlan();
  let file: string;
  let pages: number;
  let text: string;
  beforeAll(async () => {
    const rendered = await renderEvaluationPdf(doc, evaluation, { lang: 'da', now: EXPORT_DATE });
    file = write('evaluation-da', rendered.pdf);
    pages = rendered.pages;
    text = pdfText(file);
  }, SLOW);

  it('has the title, organisation, period and dates on the cover', () => {
    const cover = pdfPageText(file, 1);
    expect(cover).toContain('Årlig evaluering 2027');
    expect(cover).toContain(doc.plan.organisation);
    expect(cover).toContain('1. september 2026 – 31. august 2027');
    expect(cover).toContain('Afsluttet 15. september 2027');
    expect(cover).toContain('Udskrevet 27. november 2026');
  });

  it('reports the page count the file has, with "Side x af y" on every page', () => {
    expect(pages).toBe(pdfPages(file));
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      expect(pdfPageText(file, page)).toContain(`Side ${page} af ${pages}`);
    }
  });

  it('has the parts in reading order, with the committee’s own words', () => {
    const order = [
      'Gennemført og ikke gennemført',
      'Økonomi Budget',
      'Deltagere Planlagt',
      'Effektkæden Hvad målingerne',
      'Opfølgning i MUS',
      MUS,
      'Konklusioner',
      CONCLUSION,
      'Beslutninger for næste år',
      DECISION,
    ].map((part) => text.indexOf(part, pdfPageText(file, 1).length));
    for (const at of order) expect(at).toBeGreaterThan(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lists the activities not carried out by name', () => {
    const notDone = evaluation.figures?.activities.notCarriedOut ?? [];
    expect(notDone.length).toBeGreaterThan(0);
    for (const row of notDone) expect(text).toContain(row.title);
  });

  it('calls a link of the effect chain without measurements blind', () => {
    const blind = evaluation.figures?.effectChain.filter((l) => l.measurements === 0) ?? [];
    expect(blind.length).toBeGreaterThan(0);
    expect(text).toContain('Blindt led – ingen målinger i perioden');
  });
});

describe('the evaluation PDF in English', { timeout: SLOW }, () => {
  it('has English headings and page numbers, with the plan’s texts as written', async () => {
    const { doc, evaluation } = evaluatedPlan();
    const { pdf, pages } = await renderEvaluationPdf(doc, evaluation, {
      lang: 'en',
      now: EXPORT_DATE,
    });
    const file = write('evaluation-en', pdf);
    const text = pdfText(file);
    expect(pdfPageText(file, 1)).toContain('Annual evaluation 2027');
    expect(pdfPageText(file, 1)).toContain('1 September 2026 – 31 August 2027');
    for (const heading of [
      'Carried out and not carried out',
      'Finances',
      'Participants',
      'The effect chain',
      'Follow-up in performance reviews (MUS)',
      'Conclusions',
      'Decisions for next year',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).not.toContain('Gennemført og ikke gennemført');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(DECISION);
  });
});

describe('writing the evaluation PDF to a file', { timeout: SLOW }, () => {
  it('writes the file and answers with its path and pages', async () => {
    const { doc, evaluation } = evaluatedPlan();
    const path = join(dir, 'Årlig evaluering 2027.pdf');
    const result = await exportEvaluationToFile(doc, evaluation.id, path, { now: EXPORT_DATE });
    expect(result).toEqual({ path, pages: pdfPages(path) });
    expect(pdfText(path)).toContain('Side 1 af');
  });

  it('leaves an existing file alone unless told to replace it', async () => {
    const { doc, evaluation } = evaluatedPlan();
    const path = join(dir, 'existing.pdf');
    writeFileSync(path, 'the committee’s own file');
    const refused = await exportEvaluationToFile(doc, evaluation.id, path).catch((e: unknown) => e);
    expect(isOmstilError(refused) && refused.appError.code).toBe('already-exists');
    expect(readFileSync(path, 'utf8')).toBe('the committee’s own file');
    await exportEvaluationToFile(doc, evaluation.id, path, { overwrite: true });
    expect(pdfText(path)).toContain('Årlig evaluering 2027');
  });

  it('refuses an evaluation that is not in the plan, writing nothing', async () => {
    const { doc } = evaluatedPlan();
    const path = join(dir, 'missing.pdf');
    const refused = await exportEvaluationToFile(
      doc,
      '30000000-0000-4000-8000-000000000099',
      path,
    ).catch((e: unknown) => e);
    expect(isOmstilError(refused) && refused.appError.code).toBe('entity-not-found');
    expect(existsSync(path)).toBe(false);
  });
});

describe('the evaluation section of the plan PDF', { timeout: SLOW }, () => {
  it('shows the latest completed evaluation, not a later draft', async () => {
    const { doc } = evaluatedPlan();
    const later: Evaluation = {
      ...doc.evaluations[1]!,
      id: '30000000-0000-4000-8000-000000000003',
      year: 2028,
      decisions: ['Et udkast, der ikke er afsluttet'],
      completedAt: null,
    };
    const file = write(
      'plan-section',
      await renderPlanPdf(
        { ...doc, evaluations: [...doc.evaluations, later] },
        { lang: 'da', now: EXPORT_DATE, sections: ['evaluation'] },
      ),
    );
    const text = pdfText(file);
    expect(text).toContain('Årlig evaluering 2027');
    expect(text).toContain('blev afsluttet 15. september 2027');
    expect(text).toContain(DECISION);
    expect(text).not.toContain('Et udkast, der ikke er afsluttet');
    expect(text).not.toContain('En ældre beslutning');
  });

  it('says so when no evaluation is completed', async () => {
    const file = write(
      'plan-section-none',
      await renderPlanPdf(
        { ...examplePlan(), evaluations: [{ ...evaluatedPlan().evaluation, completedAt: null }] },
        {
          lang: 'da',
          now: EXPORT_DATE,
          sections: ['evaluation'],
        },
      ),
    );
    expect(pdfText(file)).toContain(
      'Samarbejdsudvalget har endnu ikke afsluttet en årlig evaluering af planen.',
    );
  });
});
