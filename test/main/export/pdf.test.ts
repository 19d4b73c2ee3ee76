import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocDefinition } from '../../../src/main/export/pdf/document';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import type { PlanDocument } from '../../../src/shared/model/document';
import { blankPlan, examplePlan, EXPORT_DATE, planWithoutActivities, SLOW } from './plans';
import { pdfInfo, pdfPages, pdfPageText, pdfText } from './poppler';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfFile(
  name: string,
  doc: PlanDocument,
  options: Partial<Parameters<typeof renderPlanPdf>[1]> = {},
): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderPlanPdf(doc, { lang: 'da', now: EXPORT_DATE, ...options }));
  return file;
}

describe('the example plan as a Danish PDF', { timeout: SLOW }, () => {
  const doc = examplePlan();
  let file: string;
  let text: string;
  beforeAll(async () => {
    file = await pdfFile('example', doc);
    text = pdfText(file);
  }, SLOW);

  it('has the title, organisation, unit, period, status and dates on the cover', () => {
    const cover = pdfPageText(file, 1);
    expect(cover).toContain(doc.plan.title);
    expect(cover).toContain('Styrelsen for Tilskud og Registre');
    expect(cover).toContain('Tilskudskontoret og Registerafdelingen');
    expect(cover).toContain('1. oktober 2026 – 30. september 2027');
    expect(cover).toContain('Vedtaget');
    expect(cover).toContain('19. oktober 2026');
    expect(cover).toContain('27. november 2026');
  });

  it('names every activity and every competence by its Danish title', () => {
    for (const activity of doc.activities) expect(text).toContain(activity.title);
    for (const competence of doc.competences) expect(text).toContain(competence.title);
  });

  it('has every section heading, in reading order', () => {
    const headings = [
      'Samarbejdsudvalget',
      'Sammenfatning',
      'Seneste status',
      'Baggrunde og udfordringer',
      'Kompetencer',
      'Valgte metoder',
      'Virkningskort',
      'Indsatser',
      'Tidsplan',
      'Budget og finansiering',
      'Målinger',
      'Årshjul',
      'Årlig evaluering',
    ];
    // After the table of contents on the cover, each heading opens its own page.
    const pageStarts = Array.from({ length: pdfPages(file) }, (_, i) => pdfPageText(file, i + 1));
    const opened = headings.map((h) => pageStarts.findIndex((p) => p.startsWith(h)));
    expect(opened.every((page) => page > 0)).toBe(true);
    expect([...opened].sort((a, b) => a - b)).toEqual(opened);
  });

  it('lists the committee, the principles and the reasons the methods fit', () => {
    for (const member of doc.members) expect(text).toContain(member.name);
    expect(text).toContain('Ledelsesrepræsentant');
    expect(text).toContain(doc.plan.principles[0]!);
    // The catalogue's reason for train-the-trainer with trainer skills, which the plan pairs.
    expect(text).toContain('frontløbere og superbrugere får både indsigt i værktøjet');
    // The custom competence has no catalogue reason, and the document says so.
    expect(text).toContain('kataloget har ingen begrundelse for netop denne kombination');
  });

  it('writes amounts and dates the Danish way', () => {
    expect(text).toContain('865.000 kr.');
    expect(text).toContain('1. jun. 2026');
    expect(text).toContain('52 %');
  });

  it('numbers its pages "Side x af y" up to the real page count', () => {
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(29);
    expect(pdfPageText(file, 1)).toContain(`Side 1 af ${pages}`);
    expect(pdfPageText(file, pages)).toContain(`Side ${pages} af ${pages}`);
  });

  it('carries its title, language and maker in the metadata', () => {
    const info = pdfInfo(file);
    expect(info['Title']).toBe(doc.plan.title);
    expect(info['Author']).toBe('Styrelsen for Tilskud og Registre');
    expect(info['Creator']).toBe('Omstil');
    expect(readFileSync(file).toString('latin1')).toContain('/Lang (da-DK)');
  });

  it('embeds IBM Plex Sans and nothing else', () => {
    const fonts =
      readFileSync(file)
        .toString('latin1')
        .match(/\/BaseFont \/[A-Z]+\+([\w-]+)/g) ?? [];
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/IBMPlexSans/);
  });
});

describe('the example plan as an English PDF', { timeout: SLOW }, () => {
  it('has English headings, labels and formats while the plan keeps its own words', async () => {
    const file = await pdfFile('example-en', examplePlan(), { lang: 'en' });
    const text = pdfText(file);
    for (const heading of [
      'Contents',
      'The cooperation committee',
      'Summary',
      'Drivers and challenges',
      'Competences',
      'Chosen methods',
      'Activities',
      'Timeline',
      'Budget and funding',
      'Measurements',
      'Latest status',
      'Impact map',
      'Year wheel',
      'Annual evaluation',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Page 1 of');
    expect(text).toContain('27 November 2026');
    expect(text).toContain('DKK 865,000');
    expect(text).not.toContain('Sammenfatning');
    expect(text).not.toContain('Side 1 af');
    expect(text).toContain('Kortlægning af kompetencebehov før systemskiftet');
    expect(readFileSync(file).toString('latin1')).toContain('/Lang (en-GB)');
  });
});

describe('a plan without activities', { timeout: SLOW }, () => {
  it('leaves out the sections that would list them, rather than print pages saying so', async () => {
    const doc = planWithoutActivities();
    const file = await pdfFile('no-activities', doc);
    const text = pdfText(file);
    expect(text).toContain(doc.plan.title);
    expect(text).toContain('Styrelsen for Tilskud og Registre');
    for (const competence of doc.competences) expect(text).toContain(competence.title);
    expect(text).not.toContain('Der er endnu ingen målinger.');
    expect(text).not.toContain('Budget og finansiering');
    expect(text).not.toContain('Tidsplan');
    expect(text).toContain('Side 1 af');
    expect(pdfPages(file)).toBeGreaterThanOrEqual(8);
  });

  it('still makes a whole document from a plan with nothing but a title', async () => {
    const file = await pdfFile('blank', blankPlan());
    const text = pdfText(file);
    expect(text).toContain('Ny kompetenceplan');
    expect(text).toContain('Ikke vedtaget endnu');
    // The draft's empty sections are named on the cover instead of given a page each.
    expect(text).toMatch(/Endnu ikke udfyldt Samarbejdsudvalget, .*Målinger, Årlig evaluering/);
    expect(text).not.toContain('Der er endnu ingen medlemmer på listen.');
    expect(text).not.toContain('Der er endnu intet at tegne');
    // The cover, and the new plan's default årshjul, which takes three pages.
    expect(text).toContain('Årshjul');
    expect(pdfPages(file)).toBe(4);
  });
});

describe('options and odd content', { timeout: SLOW }, () => {
  it('includes only the chosen sections, in reading order whatever order they were given', async () => {
    const doc = examplePlan();
    const file = await pdfFile('chosen', doc, { sections: ['budget', 'activities'] });
    const text = pdfText(file);
    expect(text.indexOf('Indsatser')).toBeLessThan(text.indexOf('Budget og finansiering'));
    expect(text).not.toContain('Sammenfatning');
    expect(text).not.toContain('Indhold');
    expect(text).toContain(doc.activities[0]!.title);
  });

  it('wraps long text instead of cutting it off', async () => {
    const doc = examplePlan();
    const words = Array.from({ length: 120 }, (_, i) => `ord${i}`);
    doc.activities[0]!.title = `En meget lang titel ${words.slice(0, 40).join(' ')}`;
    doc.drivers[0]!.description = words.join(' ');
    const text = pdfText(await pdfFile('long', doc));
    expect(text).toContain('ord119');
    expect(text).toContain(doc.activities[0]!.title);
  });

  it('never drops a block or a table row that is taller than a page', async () => {
    // pdfmake leaves out anything kept together that cannot fit on one page.
    const doc = examplePlan();
    const long = (word: string) => Array.from({ length: 700 }, (_, i) => `${word}${i}`).join(' ');
    doc.drivers[1]!.description = long('baggrund');
    doc.competences[0]!.learningObjectives = Array.from(
      { length: 50 },
      (_, i) => `Læringsmål ${i} ${'med en lang forklaring '.repeat(10)}`,
    );
    doc.methods[0]!.description = long('metode');
    doc.activities[0]!.description = long('indsats');
    doc.measurements[0]!.note = long('note');
    const text = pdfText(await pdfFile('tall', doc));
    for (const end of ['baggrund699', 'Læringsmål 49', 'metode699', 'indsats699', 'note699']) {
      expect(text).toContain(end);
    }
  });

  it('keeps Danish letters and typographic marks', async () => {
    const doc = blankPlan();
    doc.plan.title = 'Æblegrød, øl og ål – «SU’s» plan 2026–2027 § 8';
    const text = pdfText(await pdfFile('letters', doc, { sections: ['cover'] }));
    expect(text).toContain('Æblegrød, øl og ål – «SU’s» plan 2026–2027 § 8');
  });

  it('shows a very large plan’s timeline as monthly totals, and still lists every activity', async () => {
    const doc = examplePlan();
    const template = doc.activities[6]!;
    doc.activities = Array.from({ length: 201 }, (_, i) => ({
      ...template,
      id: `00000000-0000-4000-9000-${i.toString(16).padStart(12, '0')}`,
      title: `Kursushold nummer ${i + 1}`,
    }));
    const file = await pdfFile('large', doc, { sections: ['activities', 'timeline'] });
    const text = pdfText(file);
    expect(text).toContain('Planen har 201 indsatser, så tidsplanen viser dem samlet pr. måned.');
    expect(text).toContain('Indsatser i gang pr. måned');
    const timeline = pdfPageText(file, pdfPages(file));
    expect(timeline).toContain('Tidsplan');
    expect(timeline).not.toContain('Kursushold nummer 201');
    expect(text).toContain('Kursushold nummer 201');
  });

  it('never lets the document reach for files or the network', () => {
    const definition = JSON.stringify(planDocDefinition(examplePlan(), { lang: 'da' }));
    expect(definition).not.toMatch(/"image"|"svg"|"attachment"|https?:\/\//);
  });
});
