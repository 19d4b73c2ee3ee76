import { describe, expect, it } from 'vitest';
import { seedNextPlan } from '../../../src/shared/evaluation';

const plan = {
  periodStart: '2026-09-01',
  periodEnd: '2027-08-31',
  principles: ['Læring foregår tæt på opgaverne.', 'MUS bruges til at følge op.'],
  purpose: 'Vi tager et nyt system i brug.',
  language: 'da' as const,
};

const evaluation = {
  periodStart: '2026-09-01',
  periodEnd: '2027-08-31',
  answers: {
    musFollowUp: '',
    conclusions: '',
    decisions: [
      '  mus bruges til at  følge op. ',
      'Ambassadørordningen fortsætter, og nye ambassadører uddannes hvert år.',
      'Alle ledere får en måling af deres teams digitale kompetencer.',
    ],
  },
};

describe('seeding next year’s plan from the decisions', () => {
  const seed = seedNextPlan(plan, evaluation);

  it('adds the decisions to the principles without repeating one', () => {
    expect(seed.patch.principles).toEqual([
      'Læring foregår tæt på opgaverne.',
      'MUS bruges til at følge op.',
      'Ambassadørordningen fortsætter, og nye ambassadører uddannes hvert år.',
      'Alle ledere får en måling af deres teams digitale kompetencer.',
    ]);
    expect(seed.addedPrinciples).toHaveLength(2);
    expect(seed.leftOut).toEqual([]);
  });

  it('moves the period on by the same length and starts as a draft, with nothing yet to decide', () => {
    expect(seed.patch).toMatchObject({
      periodStart: '2027-09-01',
      periodEnd: '2028-08-31',
      status: 'draft',
      decisionDate: null,
      agendaRequest: '',
    });
    const half = seedNextPlan(
      { ...plan, periodStart: '2027-01-01', periodEnd: '2027-06-30' },
      evaluation,
    );
    expect(half.patch).toMatchObject({ periodStart: '2027-07-01', periodEnd: '2027-12-31' });
  });

  it('notes in the purpose which evaluation the plan builds on, once', () => {
    expect(seed.patch.purpose).toBe(
      'Vi tager et nyt system i brug.\n\nPlanen bygger videre på samarbejdsudvalgets årlige evaluering af perioden 1. september 2026 – 31. august 2027.',
    );
    const again = seedNextPlan({ ...plan, purpose: seed.patch.purpose }, evaluation);
    expect(again.patch.purpose).toBe(seed.patch.purpose);
  });

  it('writes the note in the plan’s language', () => {
    const english = seedNextPlan({ ...plan, language: 'en', purpose: '' }, evaluation);
    expect(english.patch.purpose).toBe(
      'The plan builds on the cooperation committee’s annual evaluation of the period 1 September 2026 – 31 August 2027.',
    );
  });

  it('stops at the model’s fifty principles and says what was left out', () => {
    const full = [
      ...plan.principles,
      ...Array.from({ length: 47 }, (_, i) => `Princip ${String(i + 1)}`),
    ];
    const crowded = seedNextPlan({ ...plan, principles: full }, evaluation);
    expect(crowded.patch.principles).toHaveLength(50);
    expect(crowded.leftOut).toEqual([
      'Alle ledere får en måling af deres teams digitale kompetencer.',
    ]);
  });

  it('uses the evaluation’s period when the plan has none', () => {
    const open = seedNextPlan({ ...plan, periodStart: null, periodEnd: null }, evaluation);
    expect(open.patch).toMatchObject({ periodStart: '2027-09-01', periodEnd: '2028-08-31' });
  });
});
