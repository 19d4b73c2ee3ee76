import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFormat } from '../../../src/main/export/format';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { StatusSnapshotEntity } from '../../../src/shared/model/entities';
import { createSnapshot } from '../../../src/shared/progress';
import { examplePlan, EXPORT_DATE, SLOW } from './plans';
import { pdfPages, pdfText } from './poppler';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-status-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function statusText(doc: PlanDocument, lang: 'da' | 'en' = 'da'): Promise<string> {
  const file = join(dir, `status-${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(file, await renderPlanPdf(doc, { lang, now: EXPORT_DATE, sections: ['status'] }));
  return pdfText(file);
}

/** Line breaks may fall anywhere in a table cell or list item; the words must still be there. */
const squash = (text: string) => text.replace(/\s+/g, '');

let n = 0;
function marked(doc: PlanDocument, date: string, note = ''): StatusSnapshotEntity {
  n += 1;
  return {
    id: `50000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    date,
    note,
    data: createSnapshot(doc, date),
    updatedAt: `${date}T12:00:00.000Z`,
  };
}

describe('the latest status in the plan PDF', { timeout: SLOW }, () => {
  it('gives the example plan’s latest status with its date, note and key figures', async () => {
    const doc = examplePlan();
    expect(doc.statusSnapshots.length).toBeGreaterThanOrEqual(2);
    const latest = [...doc.statusSnapshots].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
    const f = exportFormat('da');
    const text = await statusText(doc);
    expect(text.startsWith('Seneste status')).toBe(true);
    expect(text).toContain(
      `Sådan stod planen, da samarbejdsudvalget markerede status den ${f.date(latest.date)}.`,
    );
    expect(text).toContain(latest.note);
    const percent = f.percent(Math.round(latest.data.progress.percent!)).replace(/\s/g, ' ');
    expect(text).toContain(`Samlet fremdrift ${percent}`);
    expect(text).toContain(`Forbrugt ${f.money(latest.data.budget.spent).replace(/\s/g, ' ')}`);
    expect(text).toContain('Siden forrige status den');
  });

  it('names what moved since the status before, with the figures of each', async () => {
    const doc = examplePlan();
    const running = doc.activities.find((a) => a.status === 'in-progress' && a.progress > 10)!;
    const before = structuredClone(doc);
    const then = before.activities.find((a) => a.id === running.id)!;
    then.status = 'planned';
    then.progress = 10;
    then.spent = running.spent - 1000;
    then.participantsReached = running.participantsReached - 3;
    doc.statusSnapshots = [marked(before, '2026-10-01'), marked(doc, '2026-11-20', 'SU-mødet')];

    const text = await statusText(doc);
    expect(text).toContain('Siden forrige status den 1. oktober 2026 (50 dage før)');
    expect(squash(text)).toContain(
      squash(
        `${running.title}: status Planlagt → I gang, fremdrift 10 % → ${running.progress} %, forbrug +1.000 kr., deltagere nået +3`,
      ),
    );
    // Planlagt went down by one and I gang up by one.
    expect(text).toMatch(/Planlagt \d+ −1/);
    expect(text).toMatch(/I gang \d+ \+1/);
    expect(text).toContain('Deltagere nået');
    expect(text).not.toContain('Alle markerede statusser');
  });

  it('says so when no status has been marked, and when there is nothing earlier to compare', async () => {
    const doc = examplePlan();
    doc.statusSnapshots = [];
    expect(await statusText(doc)).toContain(
      'Samarbejdsudvalget har endnu ikke markeret nogen status for planen.',
    );
    doc.statusSnapshots = [marked(doc, '2026-11-20')];
    const one = await statusText(doc);
    expect(one).toContain('20. november 2026');
    expect(one).toContain(
      'Det er den første markerede status, så der er ikke en tidligere at sammenligne med.',
    );
  });

  it('lists every marked status from the third on, oldest first', async () => {
    const doc = examplePlan();
    doc.statusSnapshots = [
      marked(doc, '2026-12-01'),
      marked(doc, '2026-09-15'),
      marked(doc, '2026-10-20'),
    ];
    const text = await statusText(doc);
    expect(text).toContain(
      'Sådan stod planen, da samarbejdsudvalget markerede status den 1. december 2026.',
    );
    expect(text).toContain('Siden forrige status den 20. oktober 2026 (42 dage før)');
    const list = text.slice(text.indexOf('Alle markerede statusser'));
    const order = ['15. september 2026', '20. oktober 2026', '1. december 2026'].map((d) =>
      list.indexOf(d),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('names at most thirty moved activities and says how many more moved', async () => {
    const doc = examplePlan();
    const template = doc.activities.find((a) => a.status === 'in-progress')!;
    doc.activities = Array.from({ length: 40 }, (_, i) => ({
      ...template,
      id: `00000000-0000-4000-9000-${i.toString(16).padStart(12, '0')}`,
      title: `Kursushold nummer ${i + 1}`,
      progress: 50,
    }));
    const before = structuredClone(doc);
    for (const a of before.activities) a.progress = 40;
    doc.statusSnapshots = [marked(before, '2026-10-01'), marked(doc, '2026-11-20')];
    const text = await statusText(doc);
    expect(text).toContain('Kursushold nummer 30: fremdrift 40 % → 50 %');
    expect(text).not.toContain('Kursushold nummer 31:');
    expect(text).toContain('Og 10 flere.');
  });

  it('speaks English in an English PDF', async () => {
    const doc = examplePlan();
    const text = await statusText(doc, 'en');
    expect(text.startsWith('Latest status')).toBe(true);
    expect(text).toContain('Since the previous status on 15 September 2026 (46 days earlier)');
    expect(text).not.toContain('Seneste status');
  });

  it('keeps the status page to the status, not a page of its own per list', async () => {
    const doc = examplePlan();
    const file = join(dir, 'pages.pdf');
    writeFileSync(
      file,
      await renderPlanPdf(doc, { lang: 'da', now: EXPORT_DATE, sections: ['status'] }),
    );
    expect(pdfPages(file)).toBeLessThanOrEqual(2);
  });
});
