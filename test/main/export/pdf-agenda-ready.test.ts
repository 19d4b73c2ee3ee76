import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFormat } from '../../../src/main/export/format';
import type { RenderPdfOptions } from '../../../src/main/export/pdf/render';
import { timelineLoad } from '../../../src/main/export/pdf/sections/timeline-load';
import { timelineSpan } from '../../../src/main/export/timeline-span';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import { catalogEntry } from '../../../src/shared/catalog';
import type { PlanDocument } from '../../../src/shared/model/document';
import { budgetTotals } from '../../../src/shared/progress/budget';
import { useTempDir } from '../../helpers/temp-dir';
import { blankPlan, EXPORT_DATE, examplePlan, SLOW } from './plans';
import { pdfPages, pdfPageText, pdfText } from './poppler';

/** Sentences that send a reader of the paper to the program's screens. */
const HOW_TO_USE = /i Omstil|under Fremdrift|Markér status|lægges ind|Tilføj/;

/** The first few words of a text, enough to find it however its lines were broken. */
const opening = (text: string) => text.split(' ').slice(0, 6).join(' ');

describe('a PDF ready for the SU’s agenda', { timeout: SLOW }, () => {
  const tempDir = useTempDir();

  async function render(
    doc: PlanDocument,
    name: string,
    options: Partial<RenderPdfOptions> = {},
  ): Promise<string> {
    const file = join(tempDir(), name);
    writeFileSync(file, await renderPlanPdf(doc, { lang: 'da', now: EXPORT_DATE, ...options }));
    return file;
  }

  it('leaves out the sections a draft has nothing for, names them on the cover and says nothing of the program', async () => {
    const file = await render(blankPlan(), 'kladde.pdf');
    const cover = pdfPageText(file, 1);
    expect(cover).toContain('Status Kladde');
    expect(cover).toMatch(/Endnu ikke udfyldt Samarbejdsudvalget, Sammenfatning, Seneste status/);
    expect(cover).toContain('Baggrunde og udfordringer, Kompetencer, Valgte metoder');
    const text = pdfText(file);
    for (const empty of [
      'Der er endnu ingen baggrunde.',
      'Der er endnu ingen kompetencer.',
      'Der er endnu ingen indsatser.',
      'Der er endnu ingen målinger.',
      'Formålet er ikke beskrevet endnu.',
    ]) {
      expect(text).not.toContain(empty);
    }
    expect(text).not.toMatch(HOW_TO_USE);
    // The cover and the year wheel the new plan starts with.
    expect(pdfPages(file)).toBeLessThanOrEqual(4);
  });

  it('leaves an adopted plan’s empty sections out without a word', async () => {
    const doc = { ...examplePlan(), measurements: [], yearItems: [] };
    expect(doc.plan.status).not.toBe('draft');
    const file = await render(doc, 'vedtaget.pdf');
    const text = pdfText(file);
    expect(text).not.toContain('Endnu ikke udfyldt');
    expect(text).not.toContain('Der er endnu ingen målinger.');
    expect(text).not.toContain('Årshjulet');
    expect(pdfPageText(file, 1)).not.toMatch(/Målinger \d/);
    expect(text).not.toMatch(HOW_TO_USE);
  });

  it('opens with the agenda page when asked: the decision sought, status, key figures and an approval block', async () => {
    const base = examplePlan();
    const request = 'godkender kompetenceplanen og budgettet for planperioden.';
    const doc: PlanDocument = {
      ...base,
      plan: { ...base.plan, agendaRequest: request },
      // One on each side, so the chair and the vice-chair can be named.
      members: base.members.filter((m) =>
        ['Lars Bech Nielsen', 'Sanne Østergaard', 'Pernille Dahl Sørensen'].includes(m.name),
      ),
    };
    const file = await render(doc, 'dagsorden.pdf', { sections: ['cover', 'summary', 'agenda'] });
    const page = pdfPageText(file, 1);
    const money = (n: number) =>
      exportFormat('da')
        .money(n)
        .replace(/\u00a0/g, ' ');
    const totals = budgetTotals(doc.activities);
    expect(page).toMatch(/^Til SU’s dagsorden/);
    expect(page).toContain(`Indstilling ${request}`);
    expect(page).toContain('Status Vedtaget');
    expect(page).toContain(`Vedtaget i SU ${exportFormat('da').date(doc.plan.decisionDate!)}`);
    expect(page).toContain(money(totals.planned));
    expect(page).toContain(money(totals.spent));
    expect(page).toContain('Godkendt af samarbejdsudvalget');
    expect(page).toMatch(/Dato Formand Lars Bech Nielsen Næstformand Sanne Østergaard/);
    expect(pdfPageText(file, 2)).toMatch(/^KOMPETENCEPLAN/);

    // With several on a side, the lines are left to sign and name by hand; and a plan exported
    // without choosing sections has no agenda page.
    const plain = await render(examplePlan(), 'uden.pdf');
    expect(pdfPageText(plain, 1)).toMatch(/^KOMPETENCEPLAN/);
    expect(pdfText(plain)).not.toContain('Til SU’s dagsorden');
    const both = await render(examplePlan(), 'begge.pdf', { sections: ['agenda'] });
    expect(pdfText(both)).toMatch(/Dato Formand Næstformand Kompetenceplan/);
  });

  it('keeps the contents on the cover and each footer on one line under a 200-character title', async () => {
    const base = examplePlan();
    const title = `Kompetenceplan for ${'digitaliseringen af sagsbehandlingen og '.repeat(5)}`
      .slice(0, 199)
      .concat('X');
    expect(title).toHaveLength(200);
    const file = await render({ ...base, plan: { ...base.plan, title } }, 'lang titel.pdf');
    const cover = pdfPageText(file, 1);
    expect(cover).toContain('Indhold');
    for (const section of ['Samarbejdsudvalget', 'Indsatser', 'Årshjul', 'Årlig evaluering 2026']) {
      expect(cover).toMatch(new RegExp(`${section} \\d+`));
    }
    const pages = pdfPages(file);
    for (const p of [1, 2, Math.floor(pages / 2), pages]) {
      const footer = layoutLines(file, p).find((line) => line.includes(`Side ${p} af ${pages}`));
      expect(footer, `page ${p}`).toMatch(
        /^Kompetenceplan for digitaliseringen .*… +Side \d+ af \d+$/,
      );
    }
  });

  it('keeps the last funding source with the budget’s total row when the page is full', async () => {
    const base = examplePlan();
    const template = base.activities[0]!;
    // 26 sources fill the budget page exactly; the total row used to go over alone.
    const activities = Array.from({ length: 26 }, (_, i) => ({
      ...template,
      id: `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`,
      status: 'planned' as const,
      budget: 100_000 - i * 100,
      spent: 0,
      funding: `Kilde nummer ${String(i + 1).padStart(2, '0')}`,
    }));
    const file = await render({ ...base, activities }, 'budget.pdf', { sections: ['budget'] });
    const pages = pdfPages(file);
    expect(pages).toBe(2);
    const last = pdfPageText(file, pages);
    expect(last).toMatch(/Kilde nummer 26 .* I alt 26/);
  });

  it('lists the competences a method serves through the activities, and the catalogue’s descriptions', async () => {
    const base = examplePlan();
    const sprints = base.methods.find((m) => m.catalogKey === 'sprints')!;
    const security = base.competences.find((c) => c.catalogKey === 'it-security')!;
    const doc: PlanDocument = {
      ...base,
      // Matched to no competence, but used by an activity for the it-security competence.
      competences: base.competences.map((c) =>
        c.id === security.id
          ? { ...c, description: '', methodIds: [] }
          : { ...c, methodIds: c.methodIds.filter((id) => id !== sprints.id) },
      ),
      methods: base.methods.map((m) => (m.id === sprints.id ? { ...m, description: '' } : m)),
      activities: base.activities.map((a) =>
        a.methodIds.includes(sprints.id) ? { ...a, competenceIds: [security.id] } : a,
      ),
    };
    const file = await render(doc, 'metoder.pdf', { sections: ['competences', 'methods'] });
    const text = pdfText(file);
    expect(text).not.toContain('Metoden er endnu ikke knyttet til en kompetence.');
    expect(text).not.toContain('ikke beskrevet endnu');
    const method = text.slice(text.indexOf(sprints.title));
    expect(method).toContain(opening(catalogEntry('method', 'sprints')!.description.da));
    expect(method).toMatch(new RegExp(`^${sprints.title} .*Bruges til ${security.title}`));
    expect(text).toContain(opening(catalogEntry('competence', 'it-security')!.description.da));

    // A method whose activities name no competence still says where it is used.
    const bare: PlanDocument = {
      ...doc,
      activities: doc.activities.map((a) =>
        a.methodIds.includes(sprints.id) ? { ...a, competenceIds: [] } : a,
      ),
    };
    const used = base.activities.find((a) => a.methodIds.includes(sprints.id))!;
    const bareText = pdfText(await render(bare, 'metoder2.pdf', { sections: ['methods'] }));
    expect(bareText).toContain(`Bruges i indsatserne ${used.title}`);
    expect(bareText).not.toContain('Metoden er endnu ikke knyttet til en kompetence.');
  });

  it('counts only planned and running activities in the monthly load', () => {
    const template = examplePlan().activities[0]!;
    const statuses = ['idea', 'planned', 'in-progress', 'done', 'cancelled'] as const;
    const activities = statuses.map((status, i) => ({
      ...template,
      id: `a${i}`,
      status,
      start: '2026-10-01',
      end: '2026-10-31',
    }));
    const span = timelineSpan({ periodStart: '2026-09-01', periodEnd: '2026-12-31' }, [])!;
    const load = timelineLoad(span, activities);
    const october = load.columns[1]!;
    expect(Object.values(october).reduce((n, c) => n + c, 0)).toBe(2);
    expect(october).toMatchObject({ planned: 1, 'in-progress': 1, idea: 0, done: 0, cancelled: 0 });
    expect(load.max).toBe(2);
  });

  it('says the monthly load counts planned and running activities only', async () => {
    const text = pdfText(await render(examplePlan(), 'tidsplan.pdf', { sections: ['timeline'] }));
    expect(text).toContain(
      'Indsatser i gang pr. måned Kun planlagte og igangværende indsatser tælles med.',
    );
  });
});

/** The page's lines as laid out on paper, trimmed. */
function layoutLines(file: string, page: number): string[] {
  const result = spawnSync(
    'pdftotext',
    ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.split('\n').map((line) => line.trim());
}
