import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocDefinition } from '../../../src/main/export/pdf/document';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import { impactGaps } from '../../../src/shared/impact';
import type { PlanDocument } from '../../../src/shared/model/document';
import { blankPlan, examplePlan, EXPORT_DATE, SLOW } from './plans';
import { pdfPages, pdfText } from './poppler';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-impact-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function mapPdf(doc: PlanDocument, lang: 'da' | 'en' = 'da') {
  const file = join(dir, `map-${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(
    file,
    await renderPlanPdf(doc, { lang, now: EXPORT_DATE, sections: ['impactMap'] }),
  );
  return { file, text: pdfText(file), pages: pdfPages(file) };
}

/** A box's label may wrap onto a second line; its words must all be there, in order. */
const squash = (text: string) => text.replace(/\s+/g, '');

const id = (n: number) => `60000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The example with one loose end of each kind the map flags. */
function planWithGaps(): PlanDocument {
  const doc = examplePlan();
  const stamp = '2026-11-27T09:00:00.000Z';
  doc.drivers.push({
    ...doc.drivers[0]!,
    id: id(1),
    catalogKey: null,
    title: 'Ny lov om digital post',
    updatedAt: stamp,
  });
  doc.targetGroups.push({ ...doc.targetGroups[0]!, id: id(2), name: 'Jurister', updatedAt: stamp });
  doc.competences.push({
    ...doc.competences[0]!,
    id: id(3),
    catalogKey: null,
    title: 'Klarsprog i breve',
    learningObjectives: [],
    updatedAt: stamp,
  });
  doc.activities.push({
    ...doc.activities[0]!,
    id: id(4),
    title: 'Temadag om kunstig intelligens',
    status: 'planned',
    competenceIds: [],
    updatedAt: stamp,
  });
  return doc;
}

describe('the impact map in the plan PDF', { timeout: SLOW }, () => {
  it('draws the example plan, every box labelled, and says it has no gaps', async () => {
    const doc = examplePlan();
    expect(impactGaps(doc)).toEqual([]);
    const { text } = await mapPdf(doc);
    expect(text.startsWith('Virkningskort')).toBe(true);
    for (const heading of [
      'Hvorfor: baggrunde',
      'Hvem: målgrupper',
      'Hvordan: kompetencer og læringsmål',
      'Hvad: indsatser',
    ]) {
      expect(text).toContain(heading);
    }
    const drawn = squash(text);
    for (const label of [
      ...doc.drivers.map((d) => d.title),
      ...doc.targetGroups.map((g) => g.name),
      ...doc.competences.map((c) => c.title),
      ...doc.activities.map((a) => a.title),
    ]) {
      expect(drawn).toContain(squash(label));
    }
    expect(text).toContain(
      'Der er ingen huller: alle baggrunde, målgrupper, kompetencer og indsatser hænger sammen.',
    );
  });

  it('lists each kind of gap in words under the map', async () => {
    const doc = planWithGaps();
    const gaps = impactGaps(doc);
    expect(gaps.map((g) => g.kind).sort()).toEqual([
      'activity-without-competence',
      'competence-without-activity',
      'driver-without-competence',
      'target-group-without-competence',
    ]);
    const { text } = await mapPdf(doc);
    expect(text).toContain('4 huller i planen');
    const said = squash(text);
    for (const gap of gaps) expect(said).toContain(squash(gap.message.da));
    expect(said).toContain(
      squash('Baggrunden »Ny lov om digital post« besvares ikke af nogen kompetence.'),
    );
    // The loose ends are on the map too, before the list.
    const listStart = said.indexOf(squash('4 huller i planen'));
    for (const title of ['Ny lov om digital post', 'Jurister', 'Klarsprog i breve']) {
      expect(said.indexOf(squash(title))).toBeLessThan(listStart);
    }
  });

  it('draws a map too large for one page over several, and still lists the gaps', () => {
    const doc = planWithGaps();
    const template = doc.activities[0]!;
    doc.activities = Array.from({ length: 150 }, (_, i) => ({
      ...template,
      id: `00000000-0000-4000-9000-${i.toString(16).padStart(12, '0')}`,
      title: `Kursushold nummer ${i + 1}`,
      competenceIds: i === 0 ? [] : template.competenceIds,
    }));
    const definition = JSON.stringify(
      planDocDefinition(doc, { lang: 'da', sections: ['impactMap'], now: EXPORT_DATE }),
    );
    expect(definition).not.toContain('kan ikke læses på én side');
    expect(definition).toContain('"polyline"');
    expect(definition).toContain('Kortet fortsat, del 2 af');
    expect(definition).toContain(
      'Indsatsen »Kursushold nummer 1« er ikke knyttet til nogen kompetence',
    );
  });

  it('says there is nothing to draw for a plan with nothing in it', async () => {
    const { text } = await mapPdf(blankPlan());
    expect(text).toContain('Der er endnu intet at tegne');
  });

  it('has English headings and gap texts in an English PDF', async () => {
    const { text } = await mapPdf(planWithGaps(), 'en');
    for (const heading of ['Why: drivers', 'Who: target groups', 'What: activities']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('4 gaps in the plan');
    expect(squash(text)).toContain(
      squash('No competence answers the driver “Ny lov om digital post”.'),
    );
  });
});
