import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportWorkshopPosterToFile,
  exportWorkshopSummaryToFile,
} from '../../../../src/main/export/pdf/workshop/export-file';
import { isOmstilError, type AppError } from '../../../../src/shared/errors';
import { makeWorkshopPlan, type WorkshopPlan } from '../../../helpers/workshop-plan';
import { EXPORT_DATE, SLOW } from '../plans';
import { pdfInfo, pdfPageText, pdfText } from '../poppler';
import { pdfStructure } from '../structure';

let dir: string;
let made: WorkshopPlan;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-workshop-pdf-'));
  // Twenty cards and more, as a normal workshop writes.
  made = makeWorkshopPlan(join(dir, 'plan.omstil'), 16);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (name: string) => join(dir, name);

/** The typed error `fn` was refused with. */
async function catchAppError(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (e) {
    if (isOmstilError(e)) return e.appError;
    throw e;
  }
  return expect.fail('expected an OmstilError, but nothing was thrown');
}

describe('the minutes of a workshop as a PDF', { timeout: SLOW }, () => {
  let text: string;
  let pages: number;
  beforeAll(async () => {
    ({ pages } = await exportWorkshopSummaryToFile(made.doc, undefined, at('referat.pdf'), {
      now: EXPORT_DATE,
    }));
    text = pdfText(at('referat.pdf'));
  }, SLOW);

  it('keeps a workshop of twenty cards to one page', () => {
    expect(pages).toBe(1);
    expect(pdfInfo(at('referat.pdf'))['Pages']).toBe('1');
  });

  it('says in Danish what was held, what was decided, the ranking with its ties and the parking lot', () => {
    for (const expected of [
      'REFERAT AF WORKSHOP',
      'SU-workshop om digital omstilling',
      'Forløb Workshop i samarbejdsudvalget',
      'Afholdt 27. november 2026',
      'Besluttet',
      'Baggrunde og udfordringer Nye it-systemer i sagsbehandlingen',
      'Principper og retningslinjer',
      '4 deltagere stemte med prikker.',
      '1. plads Brug af data i sagsbehandlingen 5 Høj prioritet',
      'delt 2. plads Digital sikkerhed i hverdagen 3 Høj prioritet',
      'delt 4. plads Idé nummer 2 til en kompetence 2 –',
      'Uden prikker: Klarsprog i digitale breve; Idé nummer 3 til en kompetence;',
      'Parkeringspladsen',
      'Ny ordning for kantinen (fra trinnet »Kompetencebehov«)',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdfInfo(at('referat.pdf'))['Title']).toBe(
      'Referat af workshop: SU-workshop om digital omstilling',
    );
  });

  it('refuses a workshop the plan does not have, and a plan without workshops, in Danish', async () => {
    const unknown = await catchAppError(() =>
      exportWorkshopSummaryToFile(made.doc, 'no-such-id', at('x.pdf')),
    );
    expect(unknown.message.da).toBe('Workshoppen no-such-id findes ikke (længere) i planen.');
    const none = await catchAppError(() =>
      exportWorkshopSummaryToFile({ ...made.doc, workshops: [] }, undefined, at('x.pdf')),
    );
    expect(none.message.da).toContain('Planen har ingen workshop endnu.');
    expect(existsSync(at('x.pdf'))).toBe(false);
  });

  it('leaves an existing file alone unless told to replace it', async () => {
    writeFileSync(at('kept.pdf'), 'kept');
    const refused = await catchAppError(() =>
      exportWorkshopSummaryToFile(made.doc, undefined, at('kept.pdf')),
    );
    expect(refused.code).toBe('already-exists');
  });
});

describe('a step’s poster for the wall', { timeout: SLOW }, () => {
  it('is portrait A3 with the step, its question, the plan’s entries and the cards', async () => {
    const written = await exportWorkshopPosterToFile(
      made.doc,
      made.workshopId,
      'su-competences',
      'A3',
      at('a3.pdf'),
      { now: EXPORT_DATE },
    );
    const info = pdfInfo(at('a3.pdf'));
    expect(info['Page size']).toMatch(/^841\.89 x 1190\.55 pts/);
    // Twenty cards run onto a second sheet rather than into small type.
    expect(written.pages).toBe(Number(info['Pages']));
    const text = pdfText(at('a3.pdf'));
    expect(text).toContain('Kompetencebehov');
    expect(text).toContain('SPØRGSMÅL TIL DRØFTELSE');
    // The cards taken into the plan stand among its entries, not again among the room's cards.
    expect(text).toContain(
      'FRA PLANEN Brug af data i sagsbehandlingen Digital sikkerhed i hverdagen KORT FRA WORKSHOPPEN Samarbejde på tværs af teams',
    );
    // The parking lot is not on the step's wall.
    expect(text).not.toContain('Ny ordning for kantinen');
    // A sheet that hangs on the wall on its own says which step it carries on.
    expect(written.pages).toBeGreaterThan(1);
    expect(pdfPageText(at('a3.pdf'), 1)).not.toContain('(fortsat)');
    for (let page = 2; page <= written.pages; page++) {
      expect(pdfPageText(at('a3.pdf'), page)).toContain('Kompetencebehov (fortsat)');
    }
    // Printed for the wall, but a running head to a screen reader, not the text read out again.
    expect(pdfStructure(at('a3.pdf'))[0]?.text).not.toContain('(fortsat)');
  });

  it('is A1 when asked, and refuses a step the workshop’s format does not have', async () => {
    await exportWorkshopPosterToFile(made.doc, undefined, 'su-principles', 'A1', at('a1.pdf'));
    const info = pdfInfo(at('a1.pdf'));
    expect([info['Page size'], info['Pages']]).toEqual([
      expect.stringMatching(/^1683\.78 x 2383\.94 pts/),
      '1',
    ]);
    expect(pdfText(at('a1.pdf'))).toContain(
      'Kompetenceudvikling foregår så vidt muligt i arbejdstiden',
    );
    const wrong = await catchAppError(() =>
      exportWorkshopPosterToFile(made.doc, undefined, 'team-activities', 'A3', at('wrong.pdf')),
    );
    expect(wrong.code).toBe('entity-not-found');
  });
});
