import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import type { PlanDocument } from '../../../src/shared/model/document';
import { useTempDir } from '../../helpers/temp-dir';
import { EXPORT_DATE, examplePlan, SLOW } from './plans';
import { pdfText } from './poppler';
import { elementEntries } from './structure';

const HEADING_DA = 'Planens kompetencer i statens kompetencemodel';
const HEADING_EN = 'The plan’s competences in the state’s competence model';

/** Only the competences section: the table is the end of it. */
async function competencesText(doc: PlanDocument, lang: 'da' | 'en', file: string) {
  writeFileSync(
    file,
    await renderPlanPdf(doc, { lang, now: EXPORT_DATE, sections: ['competences'] }),
  );
  return pdfText(file);
}

describe('the state’s competence model in a plan’s PDF', { timeout: SLOW }, () => {
  const tempDir = useTempDir();

  it('reads the plan’s catalogue competences in the model’s terms, in Danish', async () => {
    const file = join(tempDir(), 'model.pdf');
    const text = await competencesText(examplePlan(), 'da', file);
    expect(text).toContain(HEADING_DA);
    expect(text).toContain('Kompetenceområde Underkategori Begrundelse');
    // Trainer skills, the plan's first catalogue competence, and the part it serves.
    expect(text).toContain(
      'Nye underviserkompetencer i forhold til digitale værktøjer Projekter og videreudvikling Organisatorisk implementering Interne undervisere og superbrugere er dem, der i praksis fører en ny løsning ud til kollegerne.',
    );
    expect(text).toContain('Data og sikkerhed');
    expect(text).toContain('Styring og samarbejde Området som helhed');
    // A name the agency gives only in English is shown so and said to be.
    expect(text).toContain('Strategy formulation');
    expect(text).toContain('Den danske betegnelse er ikke efterprøvet.');
    // ... and read aloud as English: the six English names in this plan's table.
    const english = elementEntries(file).filter((e) => e.lang === 'en-GB');
    expect(english.map((e) => e.role)).toEqual(Array(6).fill('P'));
    // The committee's own competence is not in the table, and the reader is told why.
    expect(text).toContain('Kompetencer, som udvalget selv har formuleret, er ikke med');
    expect(text.slice(text.indexOf(HEADING_DA))).not.toContain(
      'Sagsbehandling i det nye sagsbehandlingssystem',
    );
  });

  it('uses the model’s English names in an English PDF, with nothing borrowed', async () => {
    const text = await competencesText(examplePlan(), 'en', join(tempDir(), 'model-en.pdf'));
    expect(text).toContain(HEADING_EN);
    expect(text).toContain('Projects and further development Organizational implementation');
    expect(text).toContain('Strategy and business development Strategy formulation');
    expect(text).not.toContain('Names in italics');
  });

  it('is left out of a plan whose competences are all the committee’s own', async () => {
    const plan = examplePlan();
    const own = { ...plan, competences: plan.competences.map((c) => ({ ...c, catalogKey: null })) };
    const text = await competencesText(own, 'da', join(tempDir(), 'own.pdf'));
    expect(text).toContain('Sagsbehandling i det nye sagsbehandlingssystem');
    expect(text).not.toContain(HEADING_DA);
  });
});
