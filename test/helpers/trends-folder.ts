import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPlanFile } from '../../src/main/core';
import { renderPlanJson } from '../../src/main/export';
import { captureCrash } from './damaged-files/journal-capture';
import { entityDefaults, planDefaults } from '../../src/shared/model/defaults';
import type { PlanDocument } from '../../src/shared/model/document';

/**
 * A folder of plans whose trends are worked out by hand (see the expected counts in
 * test/main/core/trends/trends-folder.test.ts): four plan files and a plan in the JSON
 * interchange format, an older copy of one plan, a damaged plan, a plan with an interrupted
 * change's journal beside it, a text file and a JSON file that
 * are not plans, and a plan in a subfolder that a folder's reading leaves out. Written by the
 * core's own writer, so every plan is one the gate accepts.
 */

const AT = '2026-08-01T08:00:00.000Z';
let n = 0;
const id = () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;

interface Spec {
  title: string;
  organisation?: string;
  unit?: string;
  members?: string[];
  period?: [string, string];
  drivers?: { key?: string; title?: string; ref: string }[];
  methods?: { key?: string; title?: string; ref: string }[];
  targetGroups?: { name: string; headcount?: number; ref: string }[];
  competences?: {
    key?: string;
    title?: string;
    drivers?: string[];
    methods?: string[];
    targetGroups?: string[];
  }[];
  activities?: Partial<PlanDocument['activities'][number]>[];
  updatedAt?: string;
}

function planOf(spec: Spec): PlanDocument {
  const refs = new Map<string, string>();
  const ref = (name: string) => {
    let found = refs.get(name);
    if (!found) refs.set(name, (found = id()));
    return found;
  };
  const updatedAt = spec.updatedAt ?? AT;
  const titleOf = (e: { key?: string; title?: string }) => e.title ?? e.key ?? '';
  return {
    plan: {
      ...planDefaults(spec.title, 'da'),
      id: id(),
      updatedAt,
      organisation: spec.organisation ?? '',
      unit: spec.unit ?? '',
      periodStart: spec.period?.[0] ?? null,
      periodEnd: spec.period?.[1] ?? null,
    },
    members: (spec.members ?? []).map((name) => ({
      ...entityDefaults.member,
      id: id(),
      updatedAt,
      name,
    })),
    targetGroups: (spec.targetGroups ?? []).map((g) => ({
      ...entityDefaults.targetGroup,
      id: ref(g.ref),
      updatedAt,
      name: g.name,
      headcount: g.headcount ?? null,
    })),
    drivers: (spec.drivers ?? []).map((d) => ({
      ...entityDefaults.driver,
      id: ref(d.ref),
      updatedAt,
      catalogKey: d.key ?? null,
      title: titleOf(d),
    })),
    competences: (spec.competences ?? []).map((c) => ({
      ...entityDefaults.competence,
      id: id(),
      updatedAt,
      catalogKey: c.key ?? null,
      title: titleOf(c),
      driverIds: (c.drivers ?? []).map(ref),
      methodIds: (c.methods ?? []).map(ref),
      targetGroupIds: (c.targetGroups ?? []).map(ref),
    })),
    methods: (spec.methods ?? []).map((m) => ({
      ...entityDefaults.method,
      id: ref(m.ref),
      updatedAt,
      catalogKey: m.key ?? null,
      title: titleOf(m),
    })),
    activities: (spec.activities ?? []).map((a, i) => ({
      ...entityDefaults.activity,
      id: id(),
      updatedAt,
      title: `Indsats ${i + 1}`,
      ...a,
    })),
    measurements: [],
    yearItems: [],
    statusSnapshots: [],
    evaluations: [],
    workshops: [],
    workshopCards: [],
    workshopVotes: [],
  };
}

export const PLAN_A = planOf({
  title: 'Plan A',
  organisation: 'Styrelsen for Arkiver',
  unit: 'Kontor Nord',
  members: ['Anne Østergaard'],
  period: ['2026-01-01', '2026-12-31'],
  drivers: [
    { key: 'efficiency', ref: 'eff' },
    { key: 'new-systems', ref: 'sys' },
    { title: 'Nyt  sagssystem ', ref: 'nyt' },
  ],
  methods: [
    { key: 'peer-training', ref: 'peer' },
    { key: 'courses-in-practice', ref: 'courses' },
    { title: 'Læsegrupper', ref: 'læse' },
  ],
  targetGroups: [{ name: 'Sagsbehandlere', headcount: 40, ref: 'sb' }],
  competences: [
    { key: 'digital-mindset', drivers: ['eff'], methods: ['peer'], targetGroups: ['sb'] },
    { key: 'it-security', drivers: ['sys'], methods: ['courses'] },
    { title: 'Power BI', drivers: ['nyt'], methods: ['læse'] },
  ],
  activities: [
    { budget: 60_000, spent: 20_000, participantsPlanned: 12, participantsReached: 5 },
    { budget: 40_000, participantsPlanned: 8 },
    // Cancelled: its budget and participants are not counted.
    { status: 'cancelled', budget: 50_000, participantsPlanned: 30 },
  ],
});

const PLAN_B = planOf({
  title: 'Plan B',
  organisation: 'Styrelsen for Bygninger',
  period: ['2025-07-01', '2027-06-30'],
  drivers: [
    { key: 'efficiency', ref: 'eff' },
    { title: 'nyt sagssystem', ref: 'nyt' },
  ],
  methods: [
    { key: 'peer-training', ref: 'peer' },
    { key: 'sprints', ref: 'sprint' },
  ],
  targetGroups: [
    { name: 'sagsbehandlere ', headcount: 25, ref: 'sb' },
    { name: 'Ledere', ref: 'led' },
  ],
  competences: [
    { key: 'digital-mindset', drivers: ['eff'], methods: ['peer'], targetGroups: ['sb'] },
    { title: 'power bi', drivers: ['nyt'] },
  ],
});

const PLAN_C = planOf({
  title: 'Plan C',
  organisation: 'Styrelsen for Cykler',
  members: ['Bo Ærø'],
  drivers: [{ key: 'data', ref: 'data' }],
  competences: [
    { key: 'digital-mindset', drivers: ['data'] },
    // The same competence twice in one plan still counts one plan.
    { key: 'digital-mindset' },
    { title: 'Kursus for Styrelsen for Cykler' },
    { title: 'Mentor: Bo Ærø' },
  ],
  activities: [{ budget: 30_000, spent: 10_000, participantsPlanned: 10, participantsReached: 10 }],
});

const PLAN_D = planOf({
  title: 'Plan D',
  period: ['2026-03-01', '2028-02-29'],
  drivers: [{ key: 'strategy', ref: 'str' }],
  methods: [{ key: 'sprints', ref: 'sprint' }],
  competences: [{ key: 'it-security', methods: ['sprint'] }],
  activities: [{}],
});

const PLAN_E = planOf({ title: 'Plan E', drivers: [{ key: 'efficiency', ref: 'eff' }] });

/** The folder's readable plans, in the order a folder's reading lists them. */
export const TRENDS_PLAN_FILES = ['a.omstil', 'b.omstil', 'c.omstil', 'd.json', 'låst.omstil'];

/** Writes the folder `plans` under `root` and answers its path. */
export function writeTrendsFolder(root: string): string {
  const folder = join(root, 'plans');
  mkdirSync(join(folder, 'arkiv'), { recursive: true });
  createPlanFile(join(folder, 'a.omstil'), PLAN_A);
  // An older copy of plan A: the same plan, changed before; the newer file is counted.
  createPlanFile(join(folder, 'a-gammel.omstil'), {
    ...PLAN_A,
    plan: { ...PLAN_A.plan, updatedAt: '2026-07-01T08:00:00.000Z' },
    drivers: PLAN_A.drivers.map((d) => ({ ...d, updatedAt: '2026-07-01T08:00:00.000Z' })),
    competences: PLAN_A.competences.map((c) => ({ ...c, updatedAt: '2026-07-01T08:00:00.000Z' })),
    methods: PLAN_A.methods.map((m) => ({ ...m, updatedAt: '2026-07-01T08:00:00.000Z' })),
    targetGroups: PLAN_A.targetGroups.map((g) => ({ ...g, updatedAt: '2026-07-01T08:00:00.000Z' })),
    members: PLAN_A.members.map((m) => ({ ...m, updatedAt: '2026-07-01T08:00:00.000Z' })),
    activities: PLAN_A.activities.map((a) => ({ ...a, updatedAt: '2026-07-01T08:00:00.000Z' })),
  });
  createPlanFile(join(folder, 'b.omstil'), PLAN_B);
  createPlanFile(join(folder, 'c.omstil'), PLAN_C);
  writeFileSync(join(folder, 'd.json'), renderPlanJson(PLAN_D));
  createPlanFile(join(folder, 'låst.omstil'), PLAN_E);
  // Damaged: a plan with a stretch of its pages overwritten.
  const damaged = readFileSync(join(folder, 'b.omstil'));
  damaged.fill(0xff, 8192, 12288);
  writeFileSync(join(folder, 'ødelagt.omstil'), damaged);
  // A change cut off mid-commit: reading would roll the journal back, so it is not read.
  const crash = captureCrash(readFileSync(join(folder, 'c.omstil')), join(root, 'crash'));
  writeFileSync(join(folder, 'afbrudt.omstil'), crash.plan);
  writeFileSync(join(folder, 'afbrudt.omstil-journal'), crash.journal);
  writeFileSync(join(folder, 'noter.omstil'), 'Noter fra mødet\n');
  writeFileSync(join(folder, 'andet.json'), '{ "hello": 1 }\n');
  copyFileSync(join(folder, 'c.omstil'), join(folder, 'arkiv', 'c-arkiv.omstil'));
  return folder;
}
