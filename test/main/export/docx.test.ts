import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/main';
import { renderPlanDocx } from '../../../src/main/export/docx/document';
import { exportTexts } from '../../../src/main/export/i18n';
import { planDocDefinition } from '../../../src/main/export/pdf/document';
import type { Content } from '../../../src/main/export/pdf/doc-types';
import type { PdfSection } from '../../../src/main/export/sections';
import type { PlanDocument } from '../../../src/shared/model/document';
import { danishKroner as kr, MONEY_PLANS } from '../../helpers/money-plans';
import { useTempDir } from '../../helpers/temp-dir';
import {
  bodyParagraphs,
  defaultLanguage,
  readDocx,
  styleName,
  tables,
  type ReadDocx,
  type WordTable,
} from './docx-reader';
import { EXPORT_DATE, examplePlan, SLOW } from './plans';

const da = exportTexts.da;

/** Intl keeps "kr." on the line of its number with a no-break space, which Word keeps too. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

async function wordOf(doc: PlanDocument, sections?: PdfSection[], lang: 'da' | 'en' = 'da') {
  return readDocx(
    await renderPlanDocx(doc, { lang, now: EXPORT_DATE, ...(sections ? { sections } : {}) }),
  );
}

const headings = (docx: ReadDocx, style: string) =>
  bodyParagraphs(docx)
    .filter((p) => p.style === style)
    .map((p) => p.text);

/** The table whose header row begins with this text. */
function tableHeaded(docx: ReadDocx, first: string): WordTable {
  const found = tables(docx).find((t) => t.rows[0]?.cells[0] === first);
  if (!found) throw new Error(`no table headed ${first}`);
  return found;
}

/** The PDF's table of contents: the headings pdfmake lists there, in order. */
function pdfContents(doc: PlanDocument, sections?: PdfSection[]): string[] {
  const found: string[] = [];
  const walk = (node: Content) => {
    if (typeof node === 'string') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if ('text' in node && node.tocItem && typeof node.text === 'string') found.push(node.text);
    if ('stack' in node) node.stack.forEach(walk);
  };
  const definition = planDocDefinition(doc, {
    lang: 'da',
    now: EXPORT_DATE,
    ...(sections ? { sections } : {}),
  });
  definition.content.forEach(walk);
  return found;
}

describe('the plan as a Word document', { timeout: SLOW }, () => {
  const doc = examplePlan();
  let word: ReadDocx;
  beforeAll(async () => {
    word = await wordOf(doc);
  });

  it('heads the PDF’s sections with Word’s Heading 1, in the PDF’s order', () => {
    expect(headings(word, 'Heading1')).toEqual(pdfContents(doc));
    expect(styleName(word, 'Heading1')?.toLowerCase()).toBe('heading 1');
    // The cover's title is Word's Title, and the parts of a section are headed one level down.
    expect(headings(word, 'Title')).toEqual([doc.plan.title]);
    expect(headings(word, 'Heading2')).toContain(da.committee.members);
    expect(headings(word, 'Heading3')).toContain(doc.drivers[0]!.title);
  });

  it('writes the tables as Word tables whose header row repeats on every page', () => {
    const activities = tableHeaded(word, da.activities.title);
    expect(activities.rows.map((r) => r.header)).toEqual([
      true,
      ...doc.activities.map(() => false),
      false,
    ]);
    expect(activities.rows[1]!.cells[0]).toContain(doc.activities[0]!.title);
    // Every data table repeats its header; a form of labels and values has none to repeat.
    const data = tables(word).filter((t) => t.rows[0]!.header);
    expect(data.length).toBeGreaterThan(8);
    for (const table of data) expect(table.rows.slice(1).every((r) => !r.header)).toBe(true);
  });

  it('gives the timeline’s bars as tables: activities running each month, and each one’s period', () => {
    const months = tables(word).find(
      (t) => t.rows[0]?.cells.join('|') === `${da.yearWheel.month}|${da.timeline.load}`,
    );
    expect(months?.rows.length).toBe(13);
    const periods = tables(word).find(
      (t) =>
        t.rows[0]?.cells.join('|') ===
        `${da.activities.title}|${da.activities.status}|${da.activities.period}`,
    );
    expect(periods?.rows.slice(1).map((r) => r.cells[0])).toEqual(
      [...doc.activities]
        .sort((a, b) => (a.start ?? a.end ?? '\uffff').localeCompare(b.start ?? b.end ?? '\uffff'))
        .map((a) => a.title),
    );
  });

  it('keeps long texts whole, for Word to break at the width of its own page', () => {
    const purpose = doc.plan.purpose.split(/\n\s*\n/)[0]!.trim();
    expect(purpose.length).toBeGreaterThan(200);
    expect(bodyParagraphs(word).map((p) => p.text)).toContain(purpose);
    const [first] = doc.activities;
    const activities = tableHeaded(word, da.activities.title);
    expect(activities.rows[1]!.cells[0]).toBe(`${first!.title}\n${first!.description}`);
  });

  it('is in Danish', () => {
    expect(defaultLanguage(word)).toBe('da-DK');
  });

  it('is in British English with --lang en', async () => {
    const english = await wordOf(doc, ['cover', 'budget'], 'en');
    expect(defaultLanguage(english)).toBe('en-GB');
    expect(headings(english, 'Heading1')).toEqual([exportTexts.en.sections.budget]);
  });

  it('leaves out the sections not chosen', async () => {
    const part = await wordOf(doc, ['cover', 'budget']);
    expect(headings(part, 'Heading1')).toEqual([da.sections.budget]);
    expect(tables(part).some((t) => t.rows[0]?.cells[0] === da.activities.title)).toBe(false);
    expect(bodyParagraphs(part).some((p) => p.text.includes(doc.activities[0]!.title))).toBe(false);
  });
});

describe.each(MONEY_PLANS.map((p) => [p.name, p] as const))(
  'the money of the %s plan in the Word document',
  { timeout: SLOW },
  (_name, { doc, figures }) => {
    let word: ReadDocx;
    beforeAll(async () => {
      word = await wordOf(doc, ['summary', 'activities', 'budget']);
    });

    it('is the PDF’s and the workbook’s: each source, the totals and each activity', () => {
      const budget = tableHeaded(word, da.budget.source);
      const count = figures.bySource.reduce((n, s) => n + s.activities, 0);
      expect(budget.rows.slice(1).map((r) => r.cells.slice(0, 4).map(plain))).toEqual([
        ...figures.bySource.map((s) => [
          s.source ?? da.budget.noSource,
          String(s.activities),
          kr(s.planned),
          kr(s.spent),
        ]),
        [da.document.total, String(count), kr(figures.planned), kr(figures.spent)],
      ]);
      const activities = tableHeaded(word, da.activities.title);
      const total = activities.rows.at(-1)!.cells.map(plain);
      expect([total[0], total[5]]).toEqual([
        da.document.total,
        `${kr(figures.planned)}\nforbrugt ${kr(figures.spent)}`,
      ]);
      doc.activities.forEach((a, i) => {
        expect(plain(activities.rows[i + 1]!.cells[5]!).split('\n')[0]).toBe(kr(a.budget));
      });
      const summary = tables(word)[0]!.rows[0]!.cells.map(plain);
      expect(summary).toContain(
        `${da.summary.budget}\n${kr(figures.planned)}\n${da.summary.budgetNote(figures.bySource.filter((s) => s.source).length)}`,
      );
    });
  },
);

describe('omstil export --format docx', { timeout: SLOW }, () => {
  const tempDir = useTempDir();

  it('writes the chosen sections as a Word document', async () => {
    const file = join(tempDir(), 'plan.omstil');
    const quiet = { cwd: tempDir(), stdout: () => {}, stderr: () => {} };
    expect(await runCli(['new', file, '--example'], quiet)).toBe(0);
    const argv = ['export', file, '--format', 'docx', '--sections', 'summary,budget'];
    expect(await runCli([...argv, '-o', 'plan.docx'], quiet)).toBe(0);
    const word = await readDocx(readFileSync(join(tempDir(), 'plan.docx')));
    expect(headings(word, 'Heading1')).toEqual([da.sections.summary, da.sections.budget]);
  });
});
