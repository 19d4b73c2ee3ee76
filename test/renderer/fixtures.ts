import type { PlanSnapshot } from '../../src/shared/api';
import type { PlanDocument } from '../../src/shared/model/document';

/** A committee's plan as a plan file holds it: Danish content, fixed ids and times. */

const at = '2026-01-12T09:30:00.000Z';
const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const ids = {
  plan: uuid(1),
  lone: uuid(11),
  jens: uuid(12),
  mette: uuid(13),
  karim: uuid(14),
  caseworkers: uuid(21),
  leaders: uuid(22),
  newSystems: uuid(31),
  efficiency: uuid(32),
  workflows: uuid(41),
  security: uuid(42),
  trainer: uuid(51),
  sprints: uuid(52),
  superusers: uuid(61),
  phishing: uuid(62),
  baseline: uuid(71),
  followUp: uuid(72),
};

export const planDocument: PlanDocument = {
  plan: {
    id: ids.plan,
    title: 'Kompetenceplan for den digitale omstilling 2026–2027',
    organisation: 'Styrelsen for Data og Service',
    unit: 'Center for Sagsbehandling',
    periodStart: '2026-01-01',
    periodEnd: '2027-06-30',
    purpose:
      'Alle medarbejdere i centret skal kunne bruge det nye sagsbehandlingssystem sikkert og med overblik, så borgerne får hurtigere svar.',
    principles: [
      'Kompetenceudvikling sker tæt på opgaverne og i arbejdstiden.',
      'Alle medarbejdere drøfter deres udvikling i MUS mindst én gang om året.',
      'Vi deler viden på tværs af teams, før vi køber eksterne kurser.',
    ],
    status: 'adopted',
    decisionDate: '2025-11-27',
    language: 'da',
    statusDates: {
      draft: null,
      discussed: null,
      adopted: '2025-11-27',
      active: null,
      evaluated: null,
    },
    fundingRules: null,
    levelMeanings: ['', '', '', '', ''],
    agendaRequest: '',
    changeLogLimit: 5000,
    updatedAt: at,
  },
  members: [
    { id: ids.lone, name: 'Lone Holm', role: 'management', updatedAt: at },
    { id: ids.jens, name: 'Jens Brandt', role: 'employee-rep', updatedAt: at },
    { id: ids.mette, name: 'Mette Aagaard', role: 'hr', updatedAt: at },
    { id: ids.karim, name: 'Karim Nielsen', role: 'union-rep', updatedAt: at },
  ],
  targetGroups: [
    {
      id: ids.caseworkers,
      name: 'Sagsbehandlere',
      headcount: 42,
      description: 'Medarbejdere, der behandler ansøgninger i det nye system.',
      updatedAt: at,
    },
    { id: ids.leaders, name: 'Teamledere', headcount: 6, description: '', updatedAt: at },
  ],
  drivers: [
    {
      id: ids.newSystems,
      catalogKey: 'new-systems',
      title: 'Nye systemer og teknologier',
      description: 'Det nye sagsbehandlingssystem tages i brug i marts 2026.',
      priority: 1,
      updatedAt: at,
    },
    {
      id: ids.efficiency,
      catalogKey: 'efficiency',
      title: 'Effektivisering og automatisering',
      description: '',
      priority: 2,
      updatedAt: at,
    },
  ],
  competences: [
    {
      id: ids.workflows,
      catalogKey: 'workflow-optimisation',
      title: 'Optimering af arbejdsgange',
      description: 'At se, hvor en arbejdsgang kan gøres enklere med digitale værktøjer.',
      priority: 1,
      driverIds: [ids.newSystems, ids.efficiency],
      targetGroupIds: [ids.caseworkers],
      methodIds: [ids.sprints],
      currentLevel: 2,
      targetLevel: 4,
      learningObjectives: [
        'Kan kortlægge egen arbejdsgang',
        'Kan foreslå én forenkling pr. kvartal',
      ],
      updatedAt: at,
    },
    {
      id: ids.security,
      catalogKey: 'it-security',
      title: 'IT-sikkerhed',
      description: '',
      priority: 2,
      driverIds: [ids.newSystems],
      targetGroupIds: [ids.caseworkers, ids.leaders],
      methodIds: [ids.trainer],
      currentLevel: 3,
      targetLevel: 4,
      learningObjectives: [],
      updatedAt: at,
    },
  ],
  methods: [
    {
      id: ids.trainer,
      catalogKey: 'train-the-trainer',
      title: 'Train the trainer',
      description: 'Superbrugere lærer fra sig til kollegerne i deres eget team.',
      updatedAt: at,
    },
    { id: ids.sprints, catalogKey: 'sprints', title: 'Sprints', description: '', updatedAt: at },
  ],
  activities: [
    {
      id: ids.superusers,
      title: 'Superbrugeruddannelse i sagsbehandlingssystemet',
      description: '',
      competenceIds: [ids.workflows],
      methodIds: [ids.trainer],
      targetGroupIds: [ids.caseworkers],
      ownerId: ids.mette,
      start: '2026-02-02',
      end: '2026-04-30',
      status: 'in-progress',
      progress: 40,
      budget: 1_250_000,
      spent: 310_000,
      funding: 'Den Statslige Kompetencefond',
      participantsPlanned: 12,
      participantsReached: 8,
      fundingApplication: null,
      updatedAt: at,
    },
    {
      id: ids.phishing,
      title: 'Øvelse i at genkende phishing',
      description: '',
      competenceIds: [ids.security],
      methodIds: [],
      targetGroupIds: [ids.caseworkers, ids.leaders],
      ownerId: ids.lone,
      start: '2026-05-04',
      end: null,
      status: 'planned',
      progress: 0,
      budget: 40_000,
      spent: 0,
      funding: '',
      participantsPlanned: 48,
      participantsReached: 0,
      fundingApplication: null,
      updatedAt: at,
    },
  ],
  measurements: [
    {
      id: ids.baseline,
      competenceId: ids.workflows,
      targetGroupId: ids.caseworkers,
      date: '2026-01-15',
      kind: 'baseline',
      level: 2.4,
      respondents: 38,
      note: '',
      effectLink: 'learned',
      indicator: null,
      updatedAt: at,
    },
  ],
  yearItems: [],
  statusSnapshots: [],
  evaluations: [],
};

/** The plan as an open snapshot answers it, for tests of a transport alone. */
export function snapshotOf(
  document: PlanDocument = planDocument,
  path = '/tmp/Kompetenceplan 2026.omstil',
): PlanSnapshot {
  return {
    file: { path, name: path.slice(path.lastIndexOf('/') + 1), readOnly: false, notice: null },
    document,
    history: {
      canUndo: false,
      canRedo: false,
      undoLabel: null,
      redoLabel: null,
      undoStep: null,
      redoStep: null,
    },
    sequence: 0,
  };
}

/** A plan with nothing but its title, as "Ny plan…" creates it. */
export function emptyDocument(title: string): PlanDocument {
  return {
    plan: {
      ...planDocument.plan,
      title,
      organisation: '',
      unit: '',
      periodStart: null,
      periodEnd: null,
      purpose: '',
      principles: [],
      status: 'draft',
      decisionDate: null,
      statusDates: { draft: null, discussed: null, adopted: null, active: null, evaluated: null },
    },
    members: [],
    targetGroups: [],
    drivers: [],
    competences: [],
    methods: [],
    activities: [],
    measurements: [],
    yearItems: [],
    statusSnapshots: [],
    evaluations: [],
  };
}
