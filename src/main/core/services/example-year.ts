import { evaluationFigures } from '../../../shared/evaluation/figures';
import { applicationFromActivity } from '../../../shared/funding/application';
import type { PlanDocument } from '../../../shared/model/document';
import type { Evaluation, StatusSnapshotEntity } from '../../../shared/model/entities';
import type { FundingApplication } from '../../../shared/model/stored/funding-application';
import { createSnapshot } from '../../../shared/progress/snapshot';
import { defaultYearWheel } from '../../../shared/year-wheel/default-wheel';
import { yearItemRows } from '../../../shared/year-wheel/rows';
import { activitiesAsOf, exampleAsOf } from './example-as-of';
import { shiftDate } from './example-dates';

/**
 * The example plan's year: its period, its årshjul, two status snapshots, the evaluation of the
 * period before it and two applications to Den Statslige Kompetencefond. Computed from the
 * example's own activities and measurements rather than written into the JSON, so the frozen
 * figures always agree with the plan they were taken from.
 *
 * The dates below are written as the JSON is (see example-dates.ts) and moved with it.
 */

/** The first, short period (the autumn before the new system), evaluated in January. */
const FIRST_PERIOD = { from: '2026-09-01', to: '2026-12-31' };
/** The current period: the plan rolled forward for a whole year after that evaluation. */
const CURRENT_PERIOD = { from: '2027-01-01', to: '2027-12-31' };
/** The SU meeting that completed the evaluation and adopted the plan for the new period. */
const JANUARY_MEETING = '2027-01-19';

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

/** The plan as it stood on `date`, frozen into a snapshot taken that day. */
function snapshot(
  written: PlanDocument,
  date: string,
  note: string,
  newId: () => string,
  now: string,
): StatusSnapshotEntity {
  const asOf = {
    competences: written.competences,
    activities: activitiesAsOf(written.activities, date),
  };
  return { id: newId(), date, note, data: createSnapshot(asOf, date), updatedAt: now };
}

/** The first period's evaluation, with the figures as they stood when it was completed. */
function evaluation(
  written: PlanDocument,
  months: number,
  newId: () => string,
  now: string,
): Evaluation {
  const period = {
    from: shiftDate(FIRST_PERIOD.from, months),
    to: shiftDate(FIRST_PERIOD.to, months),
  };
  const completedAt = shiftDate(JANUARY_MEETING, months);
  return {
    id: newId(),
    year: Number(period.to.slice(0, 4)),
    periodStart: period.from,
    periodEnd: period.to,
    figures: evaluationFigures(exampleAsOf(written, completedAt), period),
    musFollowUp:
      'Lederne brugte MUS i opstartsperioden til at aftale, hvem der skulle med i de første forløb, og til at tale om, hvordan den enkelte oplever forandringen. Næsten alle samtaler kom ind på det nye sagsbehandlingssystem. Ambassadørerne fik et fast punkt i deres GRUS om, hvordan de kan hjælpe kollegerne.',
    conclusions:
      'Opstartsperioden er gået som planlagt. Kortlægningen og awareness-træningen er gennemført, og alle tolv ambassadører er i gang. E-læringen i det gamle ESDH-system blev opgivet, fordi systemet udfases. Lederforløbet fortsætter ind i den nye periode. Nulpunktsmålingen viser, at der er længst vej for sagsbehandlerne i registersagerne.',
    decisions: [
      'Planen føres videre for et helt år, så den dækker systemskiftet og tiden efter.',
      'Ambassadørerne fortsætter efter systemskiftet og mødes hver måned.',
      'Kurset i det nye sagsbehandlingssystem kobles til opgaver fra egen sagsbunke.',
      'Den opfølgende måling gennemføres i den nye periodes første kvartal.',
    ],
    completedAt,
    updatedAt: now,
  };
}

/** The title names the current period's years ("2027" or "2026–2027"). */
function periodTitle(title: string, from: string, to: string): string {
  const [first, last] = [from.slice(0, 4), to.slice(0, 4)];
  return title.replace(/\d{4}–\d{4}$/, first === last ? first : `${first}–${last}`);
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

/**
 * The example as it stands on `asOf`, from its JSON with the dates moved by `months` (see
 * example-dates.ts): the activities and measurements as the whole year is written to go, cut at
 * `asOf`, and what the JSON does not hold itself added. A document that already has a year of its
 * own is kept as it is.
 */
export function withExampleYear(
  written: PlanDocument,
  { months, asOf }: { months: number; asOf: string },
  newId: () => string,
  now: string,
): PlanDocument {
  if (
    written.yearItems.length > 0 ||
    written.statusSnapshots.length > 0 ||
    written.evaluations.length > 0
  ) {
    return written;
  }
  const activities = written.activities.map((a) => {
    const saved = APPLICATIONS[a.title];
    if (!saved || a.fundingApplication !== null) return a;
    return { ...a, fundingApplication: applicationFromActivity(a, saved) };
  });
  const whole: PlanDocument = { ...written, activities };
  const periodStart = shiftDate(CURRENT_PERIOD.from, months);
  const periodEnd = shiftDate(CURRENT_PERIOD.to, months);
  const adopted = shiftDate(JANUARY_MEETING, months);
  const { plan } = written;
  const next: PlanDocument = {
    ...exampleAsOf(whole, asOf),
    plan: {
      ...plan,
      title: periodTitle(plan.title, periodStart, periodEnd),
      periodStart,
      periodEnd,
      decisionDate: adopted,
      statusDates: {
        draft: shiftDate('2026-11-24', months),
        discussed: shiftDate('2026-12-15', months),
        adopted,
        active: null,
        evaluated: null,
      },
    },
    yearItems: yearItemRows(defaultYearWheel(periodStart, periodEnd), plan.language, newId, now),
  };
  linkMeasurementRounds(next);
  linkFundDeadlines(next);
  // Both lie before `asOf`: the period began last month, so its first month has ended.
  next.statusSnapshots = [
    snapshot(
      whole,
      shiftDate('2026-12-15', months),
      'Status til SU’s sidste møde i opstartsperioden.',
      newId,
      now,
    ),
    snapshot(
      whole,
      shiftDate('2027-01-31', months),
      'Status efter den nye periodes første måned.',
      newId,
      now,
    ),
  ];
  next.evaluations = [evaluation(whole, months, newId, now)];
  return next;
}
