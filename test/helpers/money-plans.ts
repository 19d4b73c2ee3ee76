import { entityDefaults, planDefaults } from '../../src/shared/model/defaults';
import type { PlanDocument } from '../../src/shared/model/document';
import type { Activity } from '../../src/shared/model/entities';

/**
 * Plans whose money is easy to get wrong: spending on cancelled activities, a cancelled activity
 * with nothing spent, ideas with an estimated budget (and one with money already spent on it),
 * one funding source written three ways. The figures every screen and file must show are worked
 * out by hand beside each plan, so a test compares each place with the arithmetic, not with the
 * function under test.
 */

const AT = '2026-08-01T08:00:00.000Z';
const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const MONEY_PERIOD = { from: '2026-09-01', to: '2027-08-31' };

export interface SourceFigure {
  /** As the plan's first activity with the source wrote it; null when none is given. */
  source: string | null;
  activities: number;
  planned: number;
  spent: number;
}

export interface MoneyFigures {
  planned: number;
  spent: number;
  remaining: number;
  bySource: SourceFigure[];
}

export interface MoneyPlan {
  name: string;
  doc: PlanDocument;
  figures: MoneyFigures;
}

function activity(n: number, patch: Partial<Activity>): Activity {
  return {
    ...entityDefaults.activity,
    id: uuid(100 + n),
    updatedAt: AT,
    start: '2026-10-01',
    end: '2027-03-31',
    ...patch,
  };
}

function plan(title: string, activities: Activity[]): PlanDocument {
  return {
    plan: {
      ...planDefaults(title, 'da'),
      id: uuid(1),
      updatedAt: AT,
      organisation: 'Styrelsen for Regnskab og Tilskud',
      periodStart: MONEY_PERIOD.from,
      periodEnd: MONEY_PERIOD.to,
      status: 'adopted',
      decisionDate: '2026-08-20',
    },
    members: [],
    targetGroups: [],
    drivers: [],
    competences: [],
    methods: [],
    activities,
    measurements: [],
    yearItems: [],
    statusSnapshots: [],
    evaluations: [],
    workshops: [],
    workshopCards: [],
    workshopVotes: [],
  };
}

/** Every status, and a cancelled course that had cost 12.000 kr. before it was called off. */
const mixed: MoneyPlan = {
  name: 'mixed',
  doc: plan('Kompetenceplan med aflyste indsatser', [
    activity(1, {
      title: 'Workshop om nye arbejdsgange',
      status: 'done',
      progress: 100,
      budget: 40_000,
      spent: 38_500,
      funding: 'Driftsbudget',
    }),
    activity(2, {
      title: 'Kursus i sagsstyring, aflyst efter første modul',
      status: 'cancelled',
      budget: 250_000,
      spent: 12_000,
      funding: '  driftsbudget ',
    }),
    activity(3, {
      title: 'Temadag om kunstig intelligens, aflyst før start',
      status: 'cancelled',
      budget: 75_000,
      funding: 'Kompetencefonden',
    }),
    activity(4, {
      title: 'Mentorordning for nye sagsbehandlere',
      status: 'idea',
      budget: 120_000,
      funding: 'Kompetencefonden',
    }),
    activity(5, {
      title: 'Lederforløb i digital ledelse',
      status: 'in-progress',
      progress: 30,
      budget: 1_000_000,
      spent: 310_000,
      funding: 'Den Statslige Kompetencefond',
    }),
    activity(6, { title: 'Sidemandsoplæring i fælles postkasser', status: 'planned' }),
  ]),
  figures: {
    // 40.000 + 120.000 (the idea) + 1.000.000 + 0; neither cancelled budget.
    planned: 1_160_000,
    // 38.500 + 12.000 (spent before the cancellation) + 310.000.
    spent: 360_500,
    remaining: 799_500,
    bySource: [
      { source: 'Den Statslige Kompetencefond', activities: 1, planned: 1_000_000, spent: 310_000 },
      { source: 'Kompetencefonden', activities: 1, planned: 120_000, spent: 0 },
      { source: 'Driftsbudget', activities: 2, planned: 40_000, spent: 50_500 },
      { source: null, activities: 1, planned: 0, spent: 0 },
    ],
  },
};

/** Only an idea with a preliminary study paid for, and a course cancelled after it was paid. */
const ideasAndCancelled: MoneyPlan = {
  name: 'ideas-and-cancelled',
  doc: plan('Kompetenceplan med idéer', [
    activity(1, {
      title: 'Forundersøgelse af e-læring',
      status: 'idea',
      budget: 60_000,
      spent: 5_000,
      funding: 'Fælles kompetencemidler (SU)',
    }),
    activity(2, {
      title: 'Kursus i informationssikkerhed, aflyst',
      status: 'cancelled',
      budget: 30_000,
      spent: 30_000,
      funding: 'Kontorets driftsbudget',
    }),
    activity(3, {
      title: 'Sprint om digital ansøgning',
      status: 'done',
      progress: 100,
      budget: 25_000,
      spent: 27_250,
      funding: 'Fælles kompetencemidler (SU)',
    }),
  ]),
  figures: {
    planned: 85_000,
    spent: 62_250,
    remaining: 22_750,
    bySource: [
      { source: 'Fælles kompetencemidler (SU)', activities: 2, planned: 85_000, spent: 32_250 },
      { source: 'Kontorets driftsbudget', activities: 1, planned: 0, spent: 30_000 },
    ],
  },
};

export const MONEY_PLANS: readonly MoneyPlan[] = [mixed, ideasAndCancelled];

/** "1.250.000 kr." as a Danish reader writes it, with plain spaces. */
export function danishKroner(amount: number): string {
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}${digits} kr.`;
}
