import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Activity } from '../../../src/shared/model/entities';
import { examplePlan, EXPORT_DATE, SLOW } from './plans';
import { pdfPages, pdfPageText, pdfText } from './poppler';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-activity-table-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The activity plan alone, which is all these tests look at and keeps each render short. */
async function activityTable(name: string, doc: PlanDocument, lang: 'da' | 'en' = 'da') {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(
    file,
    await renderPlanPdf(doc, { lang, now: EXPORT_DATE, sections: ['activities'] }),
  );
  return file;
}

/**
 * One page as laid out on paper (-layout), so that the header's words can be checked to stand on
 * one line in column order rather than merely somewhere on the page.
 */
function layoutPageText(file: string, page: number): string {
  const result = spawnSync(
    'pdftotext',
    ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'],
    { encoding: 'utf8' },
  );
  if (result.error || result.status !== 0) {
    throw new Error(`pdftotext failed: ${result.error?.message ?? result.stderr}`);
  }
  return result.stdout.replace(/[\u00a0\u202f]/g, ' ');
}

const headerLine = (words: readonly string[]) => new RegExp(`^\\s*${words.join('\\s+')}\\s*$`, 'm');
const DANISH_HEADER = headerLine([
  'Indsats',
  'Ansvarlig',
  'Periode',
  'Status',
  'Fremdrift',
  'Budget',
  'Finansiering',
]);
const ENGLISH_HEADER = headerLine([
  'Activity',
  'Owner',
  'Period',
  'Status',
  'Progress',
  'Budget',
  'Funding',
]);

const occurrences = (text: string, phrase: string) => text.split(phrase).length - 1;

/** `n` copies of one of the example plan's activities, numbered "Kursus 001" upwards. */
function planWithActivities(n: number, change: (a: Activity, i: number) => Partial<Activity>) {
  const doc = examplePlan();
  const template = doc.activities[6]!;
  doc.activities = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `00000000-0000-4000-9000-${i.toString(16).padStart(12, '0')}`,
    title: `Kursus ${String(i + 1).padStart(3, '0')}`,
    ...change(template, i),
  }));
  return doc;
}

describe('the activity plan of a PDF', { timeout: SLOW }, () => {
  it('starts under its heading, repeats its header on every page and lists each activity once', async () => {
    // Rows of different heights, so that pages break after rows of every kind.
    const doc = planWithActivities(120, (a, i) => ({
      description: i % 3 === 0 ? '' : a.description,
      spent: i % 4 === 0 ? 0 : a.spent,
    }));
    const file = await activityTable('many', doc);
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(10);

    const first = pdfPageText(file, 1);
    expect(first.startsWith('Indsatser')).toBe(true);
    expect(first).toContain('Kursus 001');
    for (let page = 1; page <= pages; page++) {
      expect(layoutPageText(file, page), `page ${page}`).toMatch(DANISH_HEADER);
    }

    const text = pdfText(file);
    const titles = doc.activities.map((a) => a.title);
    for (const title of titles) expect(occurrences(text, title), title).toBe(1);
    const at = titles.map((title) => text.indexOf(title));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(pdfPageText(file, pages)).toContain('I alt');
  });

  it('prints a cancelled activity’s budget and totals the others in Danish kroner', async () => {
    const doc = planWithActivities(3, (_, i) => ({
      status: (['in-progress', 'cancelled', 'done'] as const)[i],
      budget: [1_250_000, 7_250, 30_000][i],
      spent: [0, 2_000, 10_000][i],
    }));
    const text = pdfText(await activityTable('cancelled', doc));
    expect(text).toContain('1.250.000 kr.');
    expect(text).toContain('7.250 kr.');
    expect(text).toContain('30.000 kr.');
    expect(text).toContain('forbrugt 10.000 kr.');
    // A cancelled activity's unspent budget is freed, but what was spent on it before is spent.
    expect(text).toMatch(/I alt 1\.280\.000 kr\. forbrugt 12\.000 kr\./);
    expect(text).not.toContain('1.287.250 kr.');
    expect(text).toContain('Aflyste indsatsers budget indgår ikke i summen');
  });

  it('prints every word of a description taller than a page, across as many pages as it needs', async () => {
    const opening = 'Alfamarkør begynder beskrivelsen med kaffeduft og kompasnål';
    const closing = 'Omegamarkør slutter beskrivelsen med solnedgang og ankerkæde';
    const filler = Array.from({ length: 650 }, (_, i) => `fyld${String(i).padStart(4, '0')}`);
    const description = [opening, ...filler, closing].join(' ');
    expect(description.length).toBeGreaterThan(5_800);
    const doc = planWithActivities(2, (_, i) => ({ description: i === 0 ? description : '' }));
    const file = await activityTable('tall', doc);

    const text = pdfText(file);
    for (const word of [...opening.split(' '), ...closing.split(' ')]) {
      expect(text).toContain(word);
    }
    // No line lost or printed twice where the description crosses a page.
    const at = filler.map((word) => text.indexOf(word));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const word of filler) expect(occurrences(text, word), word).toBe(1);
    expect(text.indexOf('Kursus 002')).toBeGreaterThan(text.indexOf('Omegamarkør'));

    // It starts under the heading rather than leaving the first page empty, and goes on.
    expect(pdfPageText(file, 1)).toContain('Alfamarkør');
    expect(pdfPageText(file, 1)).not.toContain('Omegamarkør');
    expect(pdfPages(file)).toBeGreaterThanOrEqual(2);
  });

  it('has English column headings and amounts in an English export', async () => {
    const doc = planWithActivities(2, () => ({ budget: 12_500, spent: 0 }));
    const file = await activityTable('english', doc, 'en');
    const page = layoutPageText(file, 1);
    expect(page).toMatch(ENGLISH_HEADER);
    expect(page).not.toMatch(DANISH_HEADER);
    const text = pdfText(file);
    expect(text.startsWith('Activities')).toBe(true);
    expect(text).toMatch(/Total DKK 25,000/);
    expect(text).toContain('In progress');
  });
});
