import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEvaluationPdf } from '../../../src/main/export/pdf/evaluation/render';
import { evaluationTexts } from '../../../src/main/export/pdf/evaluation/texts';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import { evaluationFigures } from '../../../src/shared/evaluation';
import { EXPORT_DATE, examplePlan, SLOW } from './plans';
import { pdfInfo, pdfPages, pdfText } from './poppler';
import { elementEntries, elementsOf, pdfStructure, type StructNode } from './structure';

/*
 * The plan and the annual evaluation as tagged PDFs, read back the way assistive technology reads
 * them: through the structure tree (`pdfinfo -struct-text`), not the drawing.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-tagged-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, pdf: Buffer): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** The document's language, from the catalogue (the elements have their own). */
const catalogLang = (file: string) =>
  /\/Type \/Catalog\n(?:[^>]*\n)*?\/Lang \(([^)]*)\)/.exec(readFileSync(file, 'latin1'))?.[1];
const rolesOf = (nodes: readonly StructNode[]) => nodes.map((n) => n.role);

describe('the plan as a tagged PDF', { timeout: SLOW }, () => {
  const doc = examplePlan();
  let file: string;
  let document: StructNode;
  beforeAll(async () => {
    file = write('plan', await renderPlanPdf(doc, { lang: 'da', now: EXPORT_DATE }));
    [document] = pdfStructure(file) as [StructNode];
  }, SLOW);

  it('is tagged and says it is Danish', () => {
    expect(pdfInfo(file)['Tagged']).toBe('yes');
    expect(document.role).toBe('Document');
    expect(catalogLang(file)).toBe('da-DK');
  });

  it('has a first-level heading for each section, in the order of the contents list', () => {
    const contents = elementsOf([document], 'TOCI').map((entry) => entry.text);
    const headings = elementsOf([document], 'H1').map((h) => h.text);
    expect(headings.length).toBeGreaterThan(5);
    expect(headings).toHaveLength(contents.length);
    // A contents entry is the heading followed by its page number.
    headings.forEach((heading, i) => expect(contents[i]).toMatch(new RegExp(`^${heading}\\d+$`)));
    expect(elementsOf([document], 'H2').map((h) => h.text)).toContain('Formål');
    // No heading is more than one level below the one before it.
    const levels = rolesOf(document.children)
      .filter((role) => /^H\d$/.test(role))
      .map((role) => Number(role.slice(1)));
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
  });

  it('has the activity plan as one table: a header row of header cells, then a row per activity', () => {
    const top = document.children;
    const at = top.findIndex((n) => n.role === 'H1' && n.text === 'Indsatser');
    const table = top[at + 1]!;
    expect(table.role).toBe('Table');
    const [header, ...rows] = table.children;
    expect(rolesOf(header!.children)).toEqual(Array(7).fill('TH'));
    expect(header!.children.map((c) => c.text)).toEqual([
      'Indsats',
      'Ansvarlig',
      'Periode',
      'Status',
      'Fremdrift',
      'Budget',
      'Finansiering',
    ]);
    // The table runs over several pages; its header is printed on each but read once.
    expect(elementsOf([table], 'TH')).toHaveLength(7);
    expect(pdfText(file).match(/Indsats Ansvarlig Periode/g)?.length).toBeGreaterThan(1);
    // Every activity, then the total.
    expect(rows).toHaveLength(doc.activities.length + 1);
    expect(rows.every((r) => r.role === 'TR' && r.children.every((c) => c.role === 'TD'))).toBe(
      true,
    );
    for (const activity of doc.activities) {
      expect(rows.some((r) => r.children[0]!.text.startsWith(activity.title))).toBe(true);
    }
    expect(rows[rows.length - 1]!.children[0]!.text).toBe('I alt');
  });

  it('gives each chart a figure with words for what it shows', () => {
    const figures = elementEntries(file).filter((e) => e.role === 'Figure');
    // The example's map prints over two pages, each part a figure of its own.
    const alts = figures.map((f) => f.alt);
    const maps = alts.filter((a) => a?.startsWith('Virkningskort over planen'));
    expect(maps.length).toBeGreaterThanOrEqual(1);
    expect(alts.slice(maps.length)).toEqual([
      expect.stringMatching(
        new RegExp(`^Tidsplan over ${doc.activities.length} indsatser fra \\S+ \\d{4} til`),
      ),
      expect.stringMatching(new RegExp(`^Årshjul med ${doc.yearItems.length} punkter`)),
    ]);
    expect(rolesOf(document.children).filter((r) => r === 'Figure')).toHaveLength(maps.length + 2);
  });

  it('leaves the footers and page numbers out of what is read', () => {
    const pages = pdfPages(file);
    expect(pdfText(file)).toContain(`Side ${pages} af ${pages}`);
    expect(document.text).not.toMatch(/Side \d+ af/);
  });
});

describe('an English export of a Danish plan', { timeout: SLOW }, () => {
  it('is English, with the committee’s own Danish texts marked as Danish', async () => {
    const doc = examplePlan();
    const file = write(
      'plan-en',
      await renderPlanPdf(doc, { lang: 'en', now: EXPORT_DATE, sections: ['committee'] }),
    );
    expect(catalogLang(file)).toBe('en-GB');
    const danish = elementEntries(file).filter((e) => e.lang === 'da-DK');
    expect(danish.length).toBeGreaterThan(0);
    expect(danish.every((e) => e.role === 'P')).toBe(true);
    const paragraphs = elementsOf(pdfStructure(file), 'P').map((p) => p.text);
    expect(paragraphs).toContain(doc.plan.purpose.trim());
  });
});

describe('the annual evaluation as a tagged PDF', { timeout: SLOW }, () => {
  it('is tagged, with its parts as headings in order and its tables with header cells', async () => {
    const doc = examplePlan();
    const period = { from: '2026-09-01', to: '2027-08-31' };
    const evaluation = {
      id: '30000000-0000-4000-8000-000000000001',
      year: 2027,
      periodStart: period.from,
      periodEnd: period.to,
      figures: evaluationFigures(doc, period),
      musFollowUp: 'MUS-samtalerne tog udgangspunkt i planens kompetencer.',
      conclusions: 'Indsatserne virkede.',
      decisions: ['Målingen gentages'],
      completedAt: '2027-09-15',
    };
    const { pdf } = await renderEvaluationPdf(doc, evaluation, { lang: 'da', now: EXPORT_DATE });
    const file = write('evaluation', pdf);
    expect(pdfInfo(file)['Tagged']).toBe('yes');
    expect(catalogLang(file)).toBe('da-DK');
    const structure = pdfStructure(file);
    const t = evaluationTexts.da;
    expect(elementsOf(structure, 'H1').map((h) => h.text)).toEqual([
      t.activities.heading,
      t.cost.heading,
      t.participants.heading,
      t.effect.heading,
      t.mus.heading,
      t.conclusions.heading,
      t.decisions.heading,
    ]);
    const tables = elementsOf(structure, 'Table');
    expect(tables.some((table) => elementsOf([table], 'TH').length > 0)).toBe(true);
    const [decision] = elementsOf(structure, 'LI');
    expect(decision!.children.map((c) => [c.role, c.text.trim()])).toEqual([
      ['Lbl', '1.'],
      ['LBody', 'Målingen gentages'],
    ]);
    expect(structure[0]!.text).not.toMatch(/Side \d+ af/);
  });
});
