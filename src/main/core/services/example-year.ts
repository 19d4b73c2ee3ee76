import { evaluationFigures } from '../../../shared/evaluation/figures';
import { applicationFromActivity } from '../../../shared/funding/application';
import type { PlanDocument } from '../../../shared/model/document';
import type { Activity, Evaluation, StatusSnapshotEntity } from '../../../shared/model/entities';
import type { FundingApplication } from '../../../shared/model/stored/funding-application';
import { createSnapshot } from '../../../shared/progress/snapshot';
import { defaultYearWheel } from '../../../shared/year-wheel/default-wheel';
import { yearItemRows } from '../../../shared/year-wheel/rows';

/**
 * The example plan's year: its årshjul, two status snapshots, the evaluation of its first
 * months and two applications to Den Statslige Kompetencefond. Computed from the example's own
 * activities and measurements rather than written into the JSON, so the frozen figures always
 * agree with the plan they were taken from.
 */

/** The two activities the committee has started applications to the fund for. */
const APPLICATIONS: Record<string, Partial<FundingApplication>> = {
  'Efteruddannelse i dataanalyse og Power BI for dataspecialister': {
    pool: 'Statens pulje for individuel kompetenceudvikling',
    activityType: 'Kursus',
    amount: 18_000,
    provider: 'Akademisk efteruddannelse, Københavns Erhvervsakademi',
    scope: 'module',
    providerIsOwnWorkplace: false,
    onPositiveList: true,
    obligatory: false,
    basicToJob: false,
    routinelyOffered: false,
    individualDevelopment: true,
    workplaceCoFinances: true,
  },
  'Lederforløb i digital ledelse': {
    pool: 'Statens pulje for individuel kompetenceudvikling',
    activityType: 'Lederuddannelse',
    amount: 25_000,
    provider: 'Diplomuddannelse i ledelse, modul i digital ledelse',
    scope: 'module',
    providerIsOwnWorkplace: false,
    onPositiveList: null,
    obligatory: false,
    basicToJob: null,
    routinelyOffered: false,
    individualDevelopment: true,
    workplaceCoFinances: null,
  },
};

/**
 * The activities roughly as they stood on `date`: not yet begun if they start later; under way
 * and pro rata if they were running; as they are now if they had ended. Good enough for an
 * example's earlier snapshot, which is all it is used for.
 */
function activitiesAsOf(activities: readonly Activity[], date: string): Activity[] {
  return activities.map((a) => {
    if (a.status === 'cancelled' || a.status === 'idea') return a;
    if (a.start === null || a.start > date) {
      return { ...a, status: 'planned', progress: 0, spent: 0, participantsReached: 0 };
    }
    if (a.end === null || a.end <= date) return a;
    const share =
      (Date.parse(date) - Date.parse(a.start)) / (Date.parse(a.end) - Date.parse(a.start));
    const part = (n: number) => Math.round(n * Math.min(1, share));
    return {
      ...a,
      status: 'in-progress',
      progress: Math.min(a.progress, part(100)),
      spent: part(a.spent),
      participantsReached: part(a.participantsReached),
    };
  });
}

function snapshot(
  doc: PlanDocument,
  date: string,
  note: string,
  newId: () => string,
  now: string,
): StatusSnapshotEntity {
  const asOf = {
    competences: doc.competences,
    activities: activitiesAsOf(doc.activities, date),
  };
  return { id: newId(), date, note, data: createSnapshot(asOf, date), updatedAt: now };
}

function evaluation(doc: PlanDocument, newId: () => string, now: string): Evaluation {
  const period = { from: '2026-09-01', to: '2026-12-31' };
  return {
    id: newId(),
    year: 2026,
    periodStart: period.from,
    periodEnd: period.to,
    figures: evaluationFigures(doc, period),
    musFollowUp:
      'Lederne brugte MUS i oktober og november til at aftale, hvem der skulle med i de første forløb, og til at tale om, hvordan den enkelte oplever forandringen. Næsten alle samtaler kom ind på det nye sagsbehandlingssystem. Ambassadørerne fik et fast punkt i deres GRUS om, hvordan de kan hjælpe kollegerne.',
    conclusions:
      'Årets første måneder er gået som planlagt. Kortlægningen og awareness-træningen er gennemført, og alle tolv ambassadører er i gang. E-læringen i det gamle ESDH-system blev opgivet, fordi systemet udfases. Lederforløbet fortsætter ind i det nye år. Nulpunktsmålingen viser, at der er længst vej for sagsbehandlerne i registersagerne.',
    decisions: [
      'Ambassadørerne fortsætter efter systemskiftet og mødes hver måned.',
      'Kurset i det nye sagsbehandlingssystem kobles til opgaver fra egen sagsbunke.',
      'Den opfølgende måling gennemføres i første kvartal 2027.',
    ],
    completedAt: '2027-01-19',
    updatedAt: now,
  };
}

/** Links the wheel's measurement rounds to the measurements taken in their month. */
function linkMeasurementRounds(doc: PlanDocument): void {
  for (const item of doc.yearItems) {
    if (item.kind !== 'measurement-round') continue;
    item.measurementIds = doc.measurements
      .filter((m) => Number(m.date.slice(5, 7)) === item.month)
      .map((m) => m.id);
  }
}

/** Links the reminders about the fund's deadlines to the activities with an application. */
function linkFundDeadlines(doc: PlanDocument): void {
  const applying = doc.activities.filter((a) => a.fundingApplication !== null).map((a) => a.id);
  for (const item of doc.yearItems) {
    if (item.kind === 'fund-deadline') item.activityIds = [...applying];
  }
}

/** Adds what the example's JSON does not hold itself; what it holds is kept as it is. */
export function withExampleYear(doc: PlanDocument, newId: () => string, now: string): PlanDocument {
  if (doc.yearItems.length > 0 || doc.statusSnapshots.length > 0 || doc.evaluations.length > 0) {
    return doc;
  }
  const activities = doc.activities.map((a) => {
    const saved = APPLICATIONS[a.title];
    if (!saved || a.fundingApplication !== null) return a;
    return { ...a, fundingApplication: applicationFromActivity(a, saved) };
  });
  const { plan } = doc;
  const next: PlanDocument = {
    ...doc,
    plan: {
      ...plan,
      statusDates: {
        draft: '2026-05-12',
        discussed: '2026-06-16',
        adopted: plan.decisionDate,
        active: null,
        evaluated: null,
      },
    },
    activities,
    yearItems: yearItemRows(
      defaultYearWheel(plan.periodStart, plan.periodEnd),
      plan.language,
      newId,
      now,
    ),
  };
  linkMeasurementRounds(next);
  linkFundDeadlines(next);
  next.statusSnapshots = [
    snapshot(next, '2026-12-15', 'Status til SU-mødet i december.', newId, now),
    snapshot(next, '2027-03-31', 'Status efter første kvartal i det nye år.', newId, now),
  ];
  next.evaluations = [evaluation(next, newId, now)];
  return next;
}
