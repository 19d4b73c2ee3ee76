import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInProcessCore, type InProcessCore } from '../../helpers/in-process-core';
import { makeWorkshopPlan, type WorkshopPlan } from '../../helpers/workshop-plan';
import { SLOW } from '../export/plans';

describe('the workshop’s minutes and posters through the contract', { timeout: SLOW }, () => {
  let made: WorkshopPlan;
  let core: InProcessCore;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'omstil-workshop-calls-'));
    made = makeWorkshopPlan(join(dir, 'workshop.omstil'));
    core = await openInProcessCore({ plan: made.doc });
  });
  afterAll(() => {
    core.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the latest workshop’s minutes as text, in the language asked for', async () => {
    const da = await core.api.workshopSummaryText({});
    expect(da.ok && da.value.text).toContain('Delt 2. plads: Digital sikkerhed i hverdagen');
    const en = await core.api.workshopSummaryText({ workshopId: made.workshopId, language: 'en' });
    expect(en.ok && en.value.text).toContain('Joint 2nd: Digital sikkerhed i hverdagen');
  });

  it('writes the minutes and a poster where the user chose, as PDF files only', async () => {
    const minutes = await core.api.exportWorkshopSummary({ path: core.at('Referat.pdf') });
    expect(minutes).toEqual({ ok: true, value: { path: core.at('Referat.pdf'), pages: 1 } });
    const poster = await core.api.exportWorkshopPoster({
      workshopId: made.workshopId,
      stepId: 'su-drivers',
      paper: 'A1',
      path: core.at('Plakat.pdf'),
    });
    expect(poster.ok && poster.value.pages).toBe(1);
    const docx = await core.api.exportWorkshopSummary({ path: core.at('Referat.docx') });
    expect(!docx.ok && docx.error.code).toBe('wrong-extension');
    expect(existsSync(core.at('Referat.docx'))).toBe(false);
  });

  it('refuses a paper size, a step or a workshop it does not know, with the typed error', async () => {
    const paper = await core.api.exportWorkshopPoster({
      workshopId: made.workshopId,
      stepId: 'su-drivers',
      paper: 'A4' as 'A3',
      path: core.at('Plakat A4.pdf'),
    });
    expect(!paper.ok && paper.error.issues?.map((i) => [i.path, i.rule])).toEqual([
      ['paper', 'invalid-choice'],
    ]);
    const step = await core.api.exportWorkshopPoster({
      workshopId: made.workshopId,
      stepId: 'Trin 2',
      paper: 'A3',
      path: core.at('Plakat.pdf'),
    });
    expect(!step.ok && step.error.issues?.map((i) => i.path)).toEqual(['stepId']);
    const unknown = await core.api.workshopSummaryText({
      workshopId: '99999999-0000-4000-8000-000000000001',
    });
    expect(!unknown.ok && unknown.error.message.da).toBe(
      'Workshoppen 99999999-0000-4000-8000-000000000001 findes ikke (længere) i planen.',
    );
  });
});
