import type { PlanDocument } from '../../../src/shared/model/document';
import { examplePlan } from './plans';

const stamp = '2026-11-27T09:00:00.000Z';
const id = (kind: number, n: number) =>
  `6${String(kind)}000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Learning objectives as committees write them: some short, one long enough to need lines. */
export const LONG_OBJECTIVE =
  'Kan vurdere, hvornår en sag bør løses digitalt fra start til slut, og hvornår borgeren har brug for en personlig samtale, og kan forklare valget for borgeren i et klart sprog.';

/**
 * The example plan's drivers and target groups with `count` competences, each answering two
 * drivers for two target groups, with three learning objectives and two activities of its own:
 * the size of a whole agency's plan, far more than one page of the map holds.
 */
export function manyCompetences(count: number): PlanDocument {
  const doc = examplePlan();
  const drivers = doc.drivers;
  const groups = doc.targetGroups;
  const template = doc.competences[0]!;
  const activity = doc.activities[0]!;
  doc.competences = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: id(1, i),
    catalogKey: null,
    title: `Kompetence ${i + 1}: digital sagsbehandling i kontor ${i + 1}`,
    driverIds: [drivers[i % drivers.length]!.id, drivers[(i + 2) % drivers.length]!.id],
    targetGroupIds: [groups[i % groups.length]!.id, groups[(i + 1) % groups.length]!.id],
    learningObjectives: [
      `Kan oprette og afslutte en sag i kontor ${i + 1} uden hjælp.`,
      `${LONG_OBJECTIVE} (kontor ${i + 1})`,
      'Kan finde en sag ved hjælp af søgning.',
    ],
    updatedAt: stamp,
  }));
  doc.activities = doc.competences.flatMap((c, i) =>
    [0, 1].map((k) => ({
      ...activity,
      id: id(2, i * 2 + k),
      title: `Kursushold ${i * 2 + k + 1} for kontor ${i + 1}`,
      competenceIds: [c.id],
      targetGroupIds: [c.targetGroupIds[k]!],
      status: k === 0 ? ('done' as const) : ('planned' as const),
      updatedAt: stamp,
    })),
  );
  doc.measurements = [];
  doc.yearItems = doc.yearItems.map((item) => ({ ...item, activityIds: [], measurementIds: [] }));
  return doc;
}
