import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInterchange } from '../../../src/shared/interchange';
import { entityDefaults, planDefaults } from '../../../src/shared/model/defaults';
import type { PlanDocument } from '../../../src/shared/model/document';
import type {
  Activity,
  Competence,
  Driver,
  Measurement,
  TargetGroup,
} from '../../../src/shared/model/entities';

/** Hand-made plans for the domain tests: every row has a readable number for an id. */

export const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const STAMP = '2026-08-01T08:00:00.000Z';

export function activity(n: number, fields: Partial<Activity> = {}): Activity {
  return {
    ...entityDefaults.activity,
    title: `Indsats ${String(n)}`,
    ...fields,
    id: id(n),
    updatedAt: STAMP,
  };
}

export function competence(n: number, fields: Partial<Competence> = {}): Competence {
  return {
    ...entityDefaults.competence,
    title: `Kompetence ${String(n)}`,
    ...fields,
    id: id(n),
    updatedAt: STAMP,
  };
}

export function driver(n: number, fields: Partial<Driver> = {}): Driver {
  return {
    ...entityDefaults.driver,
    title: `Baggrund ${String(n)}`,
    ...fields,
    id: id(n),
    updatedAt: STAMP,
  };
}

export function targetGroup(n: number, fields: Partial<TargetGroup> = {}): TargetGroup {
  return {
    ...entityDefaults.targetGroup,
    name: `Målgruppe ${String(n)}`,
    ...fields,
    id: id(n),
    updatedAt: STAMP,
  };
}

export function measurement(
  n: number,
  fields: Partial<Measurement> & Pick<Measurement, 'competenceId' | 'date' | 'kind'>,
): Measurement {
  return { ...entityDefaults.measurement, ...fields, id: id(n), updatedAt: STAMP };
}

export function planDoc(parts: Partial<Omit<PlanDocument, 'plan'>> = {}): PlanDocument {
  return {
    plan: { ...planDefaults('Testplan', 'da'), id: id(999_999), updatedAt: STAMP },
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
    workshops: [],
    workshopCards: [],
    workshopVotes: [],
    ...parts,
  };
}

export function examplePlan(): PlanDocument {
  const text = readFileSync(
    join(__dirname, '../../../resources/examples/eksempelplan.json'),
    'utf8',
  );
  return parseInterchange(text, '2026-11-27T09:00:00.000Z');
}
