import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';
import { EXPORT_DATE, examplePlan, SLOW } from './plans';
import { pdfText } from './poppler';

const OWN_STEP_TWO = 'Har prøvet det sammen med en superbruger';

describe('the level scale in the PDF', { timeout: SLOW }, () => {
  const tempDir = useTempDir();

  it('prints the meaning the committee gave a step, after the plan is saved and opened again', async () => {
    const path = join(tempDir(), 'Skala.omstil');
    const env = fixedEnvironment();
    const session = PlanSession.create(path, examplePlan(), env);
    updatePlan(session, { levelMeanings: ['', OWN_STEP_TWO, '', '', ''] });
    session.close();

    const reopened = PlanSession.open(path, env);
    const doc = reopened.document();
    reopened.close();
    const file = join(tempDir(), 'skala.pdf');
    writeFileSync(file, await renderPlanPdf(doc, { lang: 'da', now: EXPORT_DATE }));
    const text = pdfText(file);

    expect(text).toContain('Niveauskalaen');
    expect(text).toContain(`2 ${OWN_STEP_TWO}`);
    expect(text).toContain('1 Kender ikke til det');
    expect(text).toContain('5 Kan lære andre det');
    // Beside a competence whose level is 2 today, the committee's own words for step 2.
    const atTwo = doc.competences.find((c) => c.currentLevel === 2);
    expect(atTwo).toBeDefined();
    expect(text).toContain(`2: ${OWN_STEP_TWO}`);
  });

  it('prints the default meanings in the reader’s language', async () => {
    const file = join(tempDir(), 'scale.pdf');
    writeFileSync(file, await renderPlanPdf(examplePlan(), { lang: 'en', now: EXPORT_DATE }));
    const text = pdfText(file);
    expect(text).toContain('The level scale');
    expect(text).toContain('1 Does not know it yet');
    expect(text).toContain('5 Can teach it to others');
  });
});
