import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Content, DocDefinition } from '../../../src/main/export/pdf/doc-types';
import { loadPdfFonts } from '../../../src/main/export/pdf/fonts';
import { installFonts } from '../../../src/main/export/pdf/install-fonts';
import { renderDefinition } from '../../../src/main/export/pdf/render';
import { figure } from '../../../src/main/export/pdf/tagging/nodes';
import { FONT, PAGE } from '../../../src/main/export/pdf/theme';
import { SLOW } from './plans';
import { pdfInfo, pdfPages, pdfText } from './poppler';
import { elementEntries, elementsOf, pdfStructure } from './structure';

/*
 * The tagging on a small document made for it: what pdfmake lays out is put into the structure
 * tree in reading order, whatever the plan's sections happen to contain.
 */

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-tagging-'));
  installFonts(loadPdfFonts());
  file = join(dir, 'tagged.pdf');
  writeFileSync(file, await renderDefinition(definition()));
}, SLOW);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 90;

function definition(): DocDefinition {
  const rows: Content[][] = Array.from({ length: ROWS }, (_, i) => [`Række ${i + 1}`, `${i}`]);
  // A cell of two texts, like an activity's title and its description.
  rows[0] = [{ stack: ['Titel', 'Beskrivelse'] }, '0'];
  const content: Content[] = [
    { text: 'Første kapitel', headlineLevel: 1 },
    // Styled as a third-level heading straight under the first, but read as the second level.
    { text: 'Et afsnit', headlineLevel: 3 },
    {
      text: 'Et langt stykke tekst, der brydes over flere linjer, fordi det er for bredt til én linje på siden.',
      width: 120,
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 60],
        body: [
          [
            { text: 'Navn', bold: true },
            { text: 'Tal', bold: true },
          ],
          ...rows,
        ],
      },
    },
    figure(
      { canvas: [{ type: 'rect', x: 0, y: 0, w: 40, h: 40, color: '#0059b3' }] },
      'En blå firkant',
    ),
    'Sidste afsnit',
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE.margins,
    language: 'da-DK',
    displayTitle: true,
    info: { title: 'Prøve' },
    defaultStyle: { font: FONT, fontSize: 10 },
    styles: {},
    footer: (page, pages) => ({ text: `Side ${page} af ${pages}`, margin: [57, 30, 57, 0] }),
    content,
  };
}

describe('a tagged PDF from a pdfmake definition', () => {
  it('is tagged, in the document’s language', () => {
    const info = pdfInfo(file);
    expect(info['Tagged']).toBe('yes');
    expect(elementEntries(file).length).toBeGreaterThan(ROWS);
    expect(pdfPages(file)).toBeGreaterThan(1);
  });

  it('holds headings, paragraphs, the table and the figure in reading order', () => {
    const [document] = pdfStructure(file);
    expect(document?.role).toBe('Document');
    expect(document?.children.map((c) => c.role)).toEqual([
      'H1',
      'H2',
      'P',
      'Table',
      'Figure',
      'P',
    ]);
    expect(document?.children[0]?.text).toBe('Første kapitel');
    // The paragraph's lines read as words, not run together where they were broken.
    expect(document?.children[2]?.text).toBe(
      'Et langt stykke tekst, der brydes over flere linjer, fordi det er for bredt til én linje på siden.',
    );
  });

  it('gives the table one header row, though pdfmake repeats it on every page', () => {
    const [table] = elementsOf(pdfStructure(file), 'Table');
    const rows = table!.children;
    expect(rows.every((r) => r.role === 'TR')).toBe(true);
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[0]!.children.map((c) => [c.role, c.text])).toEqual([
      ['TH', 'Navn'],
      ['TH', 'Tal'],
    ]);
    expect(rows[1]!.children[0]!.children.map((c) => [c.role, c.text])).toEqual([
      ['P', 'Titel'],
      ['P', 'Beskrivelse'],
    ]);
    expect(rows[ROWS]!.children.map((c) => [c.role, c.text])).toEqual([
      ['TD', `Række ${ROWS}`],
      ['TD', `${ROWS - 1}`],
    ]);
    // Printed on each page it runs onto, for a reader of the paper.
    expect(pdfText(file).match(/Navn Tal/g)?.length).toBe(pdfPages(file));
  });

  it('gives the figure its alternative text and leaves the footer out of the text', () => {
    expect(elementEntries(file).filter((e) => e.role === 'Figure')).toEqual([
      { role: 'Figure', alt: 'En blå firkant' },
    ]);
    const [document] = pdfStructure(file);
    expect(document?.text).not.toContain('Side 1 af');
    expect(pdfText(file)).toContain('Side 1 af');
  });
});
