import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEntity, updateEntity } from '../../../src/main/core/services/entity-service';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { chooseWorkshop, workshopSummary } from '../../../src/shared/workshop/summary';
import { workshopSummaryText } from '../../../src/shared/i18n/workshop-summary-text';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';
import { makeWorkshopPlan, type WorkshopPlan } from '../../helpers/workshop-plan';

describe('the summary of a workshop held in the plan', () => {
  const tempDir = useTempDir();
  let made: WorkshopPlan;
  beforeAll(() => {
    // Its own folder: useTempDir's is removed after each test.
    made = makeWorkshopPlan(join(tempDir(), 'workshop.omstil'));
  });

  it('is of the latest workshop held, not the one entered last, unless one is named', () => {
    const { doc, workshopId, earlierId } = made;
    expect(chooseWorkshop(doc)?.id).toBe(workshopId);
    expect(chooseWorkshop(doc, earlierId)?.id).toBe(earlierId);
    expect(chooseWorkshop(doc, 'no-such-workshop')).toBeNull();
    expect(chooseWorkshop({ workshops: [] })).toBeNull();
  });

  it('takes the one later in the plan of two held the same day', () => {
    const path = join(tempDir(), 'same-day.omstil');
    const { workshopId } = makeWorkshopPlan(path);
    const env = fixedEnvironment('2026-11-28T09:00:00.000Z', '50000000');
    const session = PlanSession.open(path, env);
    try {
      const second = createEntity(session, {
        entity: 'workshop',
        values: { format: 'team', title: 'Eftermiddagens GRUS', heldOn: '2026-11-27' },
      });
      expect(chooseWorkshop(session.document())?.id).toBe(second);
      updateEntity(session, { entity: 'workshop', id: second, patch: { heldOn: '2026-11-26' } });
      expect(chooseWorkshop(session.document())?.id).toBe(workshopId);
    } finally {
      session.close();
    }
  });

  it('holds what was decided, the ranking with its tie, the parking lot and the voters', () => {
    const { doc, workshopId } = made;
    const summary = workshopSummary(doc, chooseWorkshop(doc, workshopId)!);
    expect(summary.workshop).toMatchObject({ format: 'su', heldOn: '2026-11-27' });
    expect(summary.decided).toEqual({
      driver: [expect.objectContaining({ title: 'Nye it-systemer i sagsbehandlingen' })],
      competence: [
        expect.objectContaining({ title: 'Brug af data i sagsbehandlingen' }),
        expect.objectContaining({ title: 'Digital sikkerhed i hverdagen' }),
      ],
      principle: [
        expect.objectContaining({
          title: 'Kompetenceudvikling foregår så vidt muligt i arbejdstiden',
        }),
      ],
      activity: [],
    });
    // Only the step the room voted in is ranked, and the parked card is not.
    expect(summary.ranking?.map((r) => [r.text, r.dots, r.rank, r.tied, r.priority])).toEqual([
      ['Brug af data i sagsbehandlingen', 5, 1, false, 1],
      ['Digital sikkerhed i hverdagen', 3, 2, true, 1],
      ['Samarbejde på tværs af teams', 3, 2, true, null],
      ['Klarsprog i digitale breve', 0, 4, false, null],
    ]);
    expect(summary.parked).toEqual([
      expect.objectContaining({ text: 'Ny ordning for kantinen', stepId: 'su-competences' }),
    ]);
    expect([summary.voters, summary.roomTotals]).toEqual([4, false]);
  });

  it('uses the title the entry has now, and leaves the ranking out while the votes are hidden', () => {
    const { doc, workshopId } = made;
    const renamed = {
      ...doc,
      competences: doc.competences.map((c) => ({ ...c, title: `${c.title} (rettet)` })),
      workshops: doc.workshops.map((w) => ({ ...w, votesRevealed: false })),
    };
    const summary = workshopSummary(renamed, chooseWorkshop(renamed, workshopId)!);
    expect(summary.decided.competence[0]?.title).toBe('Brug af data i sagsbehandlingen (rettet)');
    expect(summary.ranking).toBeNull();
    expect(workshopSummaryText(summary, 'da')).toContain('Stemmerne er endnu ikke vist i lokalet');
  });

  it('reads as minutes in Danish, with the tie said in words', () => {
    const { doc } = made;
    const text = workshopSummaryText(workshopSummary(doc, chooseWorkshop(doc)!), 'da');
    expect(text).toBe(
      [
        'Referat af workshop: SU-workshop om digital omstilling',
        'Forløb: Workshop i samarbejdsudvalget',
        'Afholdt: 27. november 2026',
        'Plan: Kompetenceplan 2027',
        '',
        'Besluttet',
        'Disse kort blev taget ind i planen:',
        '',
        'Baggrunde og udfordringer',
        '- Nye it-systemer i sagsbehandlingen',
        '',
        'Kompetencer',
        '- Brug af data i sagsbehandlingen',
        '- Digital sikkerhed i hverdagen',
        '',
        'Principper og retningslinjer',
        '- Kompetenceudvikling foregår så vidt muligt i arbejdstiden',
        '',
        'Prioriteter i planen',
        'Prioriteringen er skrevet ind i planen sådan:',
        '- Brug af data i sagsbehandlingen: Høj prioritet',
        '- Digital sikkerhed i hverdagen: Høj prioritet',
        '',
        'Prioritering med prikker',
        '4 deltagere stemte med prikker.',
        '1. plads: Brug af data i sagsbehandlingen (5 prikker)',
        'Delt 2. plads: Digital sikkerhed i hverdagen (3 prikker)',
        'Delt 2. plads: Samarbejde på tværs af teams (3 prikker)',
        'Uden prikker: Klarsprog i digitale breve',
        '',
        'Parkeringspladsen',
        'Idéer, der hører hjemme et andet sted, og som udvalget vender tilbage til:',
        '- Ny ordning for kantinen (fra trinnet »Kompetencebehov«)',
        '',
      ].join('\n'),
    );
  });

  it('reads in English when the language is English', () => {
    const { doc } = made;
    const text = workshopSummaryText(workshopSummary(doc, chooseWorkshop(doc)!), 'en');
    expect(text).toContain('Workshop minutes: SU-workshop om digital omstilling');
    expect(text).toContain('Held on: 27 November 2026');
    expect(text).toContain('Joint 2nd: Samarbejde på tværs af teams (3 dots)');
    expect(text).toContain('4 participants voted with dots.');
    expect(text).toContain('Parking lot');
  });
});
