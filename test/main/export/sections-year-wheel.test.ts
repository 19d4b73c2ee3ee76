import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { YearItem } from '../../../src/shared/model/entities';
import { YEAR_WHEEL_KIND_LABELS, YEAR_WHEEL_OWNER_LABELS } from '../../../src/shared/year-wheel';
import { examplePlan, EXPORT_DATE, SLOW } from './plans';
import { pdfText } from './poppler';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-wheel-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function wheelText(doc: PlanDocument, lang: 'da' | 'en' = 'da'): Promise<string> {
  const file = join(dir, `wheel-${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(
    file,
    await renderPlanPdf(doc, { lang, now: EXPORT_DATE, sections: ['yearWheel'] }),
  );
  return pdfText(file);
}

/** A title may wrap inside its table cell; its words must all be there, in order. */
const squash = (text: string) => text.replace(/\s+/g, '');

const MONTHS_FROM_OCTOBER = [
  'Oktober',
  'November',
  'December',
  'Januar',
  'Februar',
  'Marts',
  'April',
  'Maj',
  'Juni',
  'Juli',
  'August',
  'September',
];

function item(month: number, title: string, extra: Partial<YearItem> = {}): YearItem {
  return {
    id: `70000000-0000-4000-8000-${String(month).padStart(12, '0')}`,
    month,
    title,
    description: '',
    kind: 'su-meeting',
    ownerRole: 'committee',
    activityIds: [],
    measurementIds: [],
    updatedAt: '2026-11-27T09:00:00.000Z',
    ...extra,
  };
}

describe('the årshjul in the plan PDF', { timeout: SLOW }, () => {
  it('lists every item of the example plan’s wheel month by month from the period’s start', async () => {
    const doc = examplePlan();
    expect(doc.yearItems.length).toBeGreaterThan(12);
    const text = await wheelText(doc);
    expect(text.startsWith('Årshjul')).toBe(true);
    const said = squash(text);
    for (const i of doc.yearItems) {
      expect(said).toContain(squash(i.title));
      expect(text).toContain(YEAR_WHEEL_KIND_LABELS[i.kind].da);
      if (i.ownerRole) expect(text).toContain(YEAR_WHEEL_OWNER_LABELS[i.ownerRole].da);
    }
    // The table's month column, after the header: October (the period starts then) first.
    const table = text.slice(text.indexOf('Måned Punkt Type Ansvarlig'));
    const at = MONTHS_FROM_OCTOBER.map((m) => table.indexOf(`${m} `));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Items linked to the plan's measurements say so.
    expect(text).toContain('Knyttet til: Nulpunktsmåling');
  });

  it('says when a month has nothing planned, and when the wheel is empty', async () => {
    const doc = examplePlan();
    doc.plan.periodStart = null;
    doc.plan.periodEnd = null;
    doc.yearItems = [
      item(3, 'Statusmøde i SU', { ownerRole: null, description: 'Status på alle indsatser.' }),
    ];
    const text = await wheelText(doc);
    // Without a period the year follows the calendar.
    expect(text).toMatch(/Januar Intet planlagt Februar Intet planlagt Marts Statusmøde i SU/);
    expect(text.match(/Intet planlagt/g)).toHaveLength(11);
    expect(text).toContain('Status på alle indsatser.');
    expect(text).toContain('SU-møde Ikke angivet');
    doc.yearItems = [];
    expect(await wheelText(doc)).toContain('Årshjulet har endnu ingen punkter.');
  });

  it('speaks English in an English PDF', async () => {
    const doc = examplePlan();
    const text = await wheelText(doc, 'en');
    expect(text.startsWith('Year wheel')).toBe(true);
    expect(text).toContain('Month Item Kind Responsible');
    expect(text).toContain('September');
    expect(text).toContain(YEAR_WHEEL_KIND_LABELS['su-meeting'].en);
  });
});
