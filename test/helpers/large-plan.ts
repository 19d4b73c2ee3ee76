// A plan the size of a large state workplace's whole programme, or of a ministry's roll-up: any
// number of activities and realistic numbers of everything else. Deterministic (no randomness), so
// every run measures the same work. The benchmarks (scripts/bench.mjs builds this file) and the
// browser tests that compare a screen at two sizes both make their plans here.
import type { PlanDocument } from '../../src/shared/model/document';
import type { Activity, Competence, Measurement, YearItem } from '../../src/shared/model/entities';
import { createSnapshot } from '../../src/shared/progress/snapshot';

const STATUSES: Activity['status'][] = ['idea', 'planned', 'in-progress', 'done', 'cancelled'];
const ROLES: PlanDocument['members'][number]['role'][] = [
  'management',
  'employee-rep',
  'hr',
  'union-rep',
  'other',
];
const FUNDING = [
  'Kontorets driftsbudget',
  'Fælles kompetencemidler (SU)',
  'Den Statslige Kompetencefond',
  'Den Statslige Kompetencefond og kontorets driftsbudget',
  'Projektmidler til systemskiftet',
  '',
];
const TOPICS = [
  'Kursus i det nye sagsbehandlingssystem',
  'Sidemandsoplæring i fælles postkasser',
  'Awareness-træning i informationssikkerhed',
  'Sprint om den digitale ansøgningsproces',
  'Lederforløb i digital ledelse',
  'Efteruddannelse i dataanalyse og Power BI',
  'Temadag om kunstig intelligens i sagsbehandlingen',
  'Mentorordning for nye medarbejdere',
];
const DESCRIPTION =
  'Forløbet bygger på deltagernes egne sager, og mellem kursusgangene løser deltagerne opgaver fra egen sagsbunke i testmiljøet. Nærmeste leder sørger for, at der er tid til det, og ambassadørerne følger op i teamet.';

/** The `i`th of a list built above with at least that many rows. */
function nth<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no row ${String(i)}`);
  return item;
}

const uuid = (kind: number, n: number): string =>
  `00000000-0000-4000-8${kind}00-${n.toString(16).padStart(12, '0')}`;
const stamp = '2026-08-20T14:30:00.000Z';
const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const WHEEL: [number, YearItem['kind'], string][] = [
  [1, 'su-meeting', 'SU-møde: status på kompetenceplanen'],
  [2, 'mus-round', 'MUS-runde begynder'],
  [3, 'measurement-round', 'Måling af kompetenceniveau (opfølgning)'],
  [4, 'su-meeting', 'SU-møde: årlig evaluering af kompetenceindsatsen'],
  [5, 'fund-deadline', 'Ansøgningsfrist i Den Statslige Kompetencefond'],
  [6, 'budget', 'Budget for næste års kompetencemidler'],
  [8, 'su-meeting', 'SU-møde: status og justering af planen'],
  [9, 'measurement-round', 'Måling af kompetenceniveau (baseline for nye indsatser)'],
  [10, 'annual-evaluation', 'Årlig evaluering (§ 8, stk. 2) forberedes'],
  [11, 'su-meeting', 'SU-møde: vedtagelse af næste års plan'],
  [12, 'other', 'Opsamling på MUS-samtalerne til HR'],
];

export interface LargePlanOptions {
  /** Two status snapshots a quarter apart, as a committee that has followed the plan for a year has. */
  snapshots?: boolean;
}

/** The plan with `activities` activities; every activity's title ends in "hold <its number>". */
export function largePlan(
  activities = 2000,
  { snapshots = false }: LargePlanOptions = {},
): PlanDocument {
  const members = Array.from({ length: 14 }, (_, i) => ({
    id: uuid(1, i),
    name: `Udvalgsmedlem ${i + 1} Østergaard`,
    role: nth(ROLES, i % ROLES.length),
    updatedAt: stamp,
  }));
  const targetGroups = Array.from({ length: 12 }, (_, i) => ({
    id: uuid(2, i),
    name: `Målgruppe ${i + 1}: sagsbehandlere i kontor ${i + 1}`,
    headcount: 20 + i * 7,
    description: 'Medarbejdere, der arbejder i det nye system det meste af dagen.',
    updatedAt: stamp,
  }));
  const drivers = Array.from({ length: 10 }, (_, i) => ({
    id: uuid(3, i),
    catalogKey: null,
    title: `Baggrund ${i + 1}: nye krav til opgaveløsningen`,
    description: DESCRIPTION,
    priority: ((i % 3) + 1) as Competence['priority'],
    updatedAt: stamp,
  }));
  const methodKeys = [
    'needs-assessment',
    'courses-in-practice',
    'train-the-trainer',
    'mus-strategy',
    'inspiration',
    'innovation-placement',
    'organisational-development',
    'peer-training',
    'sprints',
    'learning-objectives',
    'user-centred-innovation',
  ];
  const methods = Array.from({ length: 20 }, (_, i) => ({
    id: uuid(4, i),
    catalogKey: methodKeys[i] ?? null,
    title: `Metode ${i + 1}`,
    description: DESCRIPTION,
    updatedAt: stamp,
  }));
  const competenceKeys = [
    'digital-mindset',
    'workflow-optimisation',
    'general-skills',
    'digital-innovation',
    'project-teams',
    'trainer-skills',
    'service-communication',
    'collaboration',
    'digital-leadership',
    'it-security',
    'specialist',
  ];
  const competences = Array.from({ length: 40 }, (_, i) => ({
    id: uuid(5, i),
    catalogKey: competenceKeys[i] ?? null,
    title: `Kompetence ${i + 1}: at arbejde sikkert og effektivt i det nye system`,
    description: DESCRIPTION,
    priority: ((i % 3) + 1) as Competence['priority'],
    driverIds: [nth(drivers, i % 10).id, nth(drivers, (i + 3) % 10).id],
    targetGroupIds: [nth(targetGroups, i % 12).id, nth(targetGroups, (i + 5) % 12).id],
    methodIds: [
      nth(methods, i % 20).id,
      nth(methods, (i + 7) % 20).id,
      nth(methods, (i + 13) % 20).id,
    ],
    currentLevel: 2,
    targetLevel: 4,
    learningObjectives: [
      'Kan oprette, fordele og afslutte en sag i det nye system uden hjælp.',
      'Kan finde en sag og dens dokumenter ved hjælp af søgning og sagsoversigter.',
    ],
    updatedAt: stamp,
  }));
  const rows = Array.from({ length: activities }, (_, i) => {
    const startMonth = i % 30;
    const y = 2026 + Math.floor((startMonth + 8) / 12);
    const m = ((startMonth + 8) % 12) + 1;
    const length = 1 + (i % 5);
    const endMonthIndex = startMonth + 8 + length;
    const ey = 2026 + Math.floor(endMonthIndex / 12);
    const em = (endMonthIndex % 12) + 1;
    const status = nth(STATUSES, i % STATUSES.length);
    return {
      id: uuid(6, i),
      title: `${nth(TOPICS, i % TOPICS.length)} – hold ${i + 1}`,
      description: i % 3 === 0 ? DESCRIPTION : '',
      competenceIds: [nth(competences, i % 40).id],
      methodIds: [nth(methods, i % 20).id],
      targetGroupIds: [nth(targetGroups, i % 12).id],
      ownerId: nth(members, i % 14).id,
      start: iso(y, m, 1 + (i % 27)),
      end: iso(ey, em, 1 + ((i * 7) % 27)),
      status,
      fundingApplication: null,
      progress: status === 'done' ? 100 : status === 'in-progress' ? (i * 13) % 100 : 0,
      budget: 5000 + ((i * 977) % 200) * 1000,
      spent: status === 'done' || status === 'in-progress' ? 2500 + ((i * 613) % 100) * 1000 : 0,
      funding: nth(FUNDING, i % FUNDING.length),
      participantsPlanned: 5 + (i % 40),
      participantsReached: status === 'done' ? 5 + (i % 40) : 0,
      updatedAt: stamp,
    };
  });
  const measurements: Measurement[] = Array.from({ length: 300 }, (_, i) => ({
    id: uuid(7, i),
    competenceId: nth(competences, i % 40).id,
    targetGroupId: nth(targetGroups, i % 12).id,
    date: iso(2026 + (i % 3), (i % 12) + 1, 1 + (i % 27)),
    kind: i % 2 === 0 ? 'baseline' : 'follow-up',
    level: 1 + ((i * 7) % 40) / 10,
    respondents: 10 + (i % 60),
    note: 'Spørgeskema i forbindelse med MUS.',
    effectLink: 'learned' as const,
    indicator: null,
    distribution: null,
    updatedAt: stamp,
  }));
  const yearItems: YearItem[] = WHEEL.map(([month, kind, title], i) => ({
    id: uuid(9, i),
    month,
    title,
    description: '',
    kind,
    ownerRole: kind === 'budget' ? 'management' : 'committee',
    activityIds: [],
    measurementIds: [],
    updatedAt: stamp,
  }));
  const doc: PlanDocument = {
    plan: {
      id: uuid(0, 1),
      title: 'Kompetenceplan for hele styrelsen 2026–2029',
      organisation: 'Styrelsen for Tilskud og Registre',
      unit: 'Alle kontorer',
      periodStart: '2026-09-01',
      periodEnd: '2029-08-31',
      purpose: DESCRIPTION,
      principles: Array.from({ length: 6 }, (_, i) => `Princip ${i + 1}: ${DESCRIPTION}`),
      status: 'adopted',
      decisionDate: '2026-08-20',
      statusDates: {
        draft: '2026-05-01',
        discussed: '2026-06-15',
        adopted: '2026-08-20',
        active: '2026-09-01',
        evaluated: null,
      },
      fundingRules: null,
      levelMeanings: ['', '', '', '', ''],
      agendaRequest: '',
      changeLogLimit: 5000,
      anonymityThreshold: 5,
      language: 'da',
      updatedAt: stamp,
    },
    members,
    targetGroups,
    drivers,
    competences,
    methods,
    activities: rows,
    measurements,
    yearItems,
    statusSnapshots: [],
    evaluations: [],
    workshops: [],
    workshopCards: [],
    workshopVotes: [],
  };
  if (snapshots) {
    const earlier = {
      ...doc,
      activities: rows.map((a) => ({ ...a, progress: Math.floor(a.progress / 2) })),
    };
    const marked: [string, Pick<PlanDocument, 'competences' | 'activities'>][] = [
      ['2027-03-01', earlier],
      ['2027-06-01', doc],
    ];
    doc.statusSnapshots = marked.map(([date, state], i) => ({
      id: uuid(8, i),
      date,
      note: 'Status til SU-mødet.',
      data: createSnapshot(state, date),
      updatedAt: stamp,
    }));
  }
  return doc;
}
