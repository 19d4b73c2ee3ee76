import type { CompetenceKey, DriverKey } from '../../../src/shared/catalog';
import { catalogEntry } from '../../../src/shared/catalog';
import type { GuideRecord } from '../../../src/renderer/screens/guide/guide-record';
import { newGuideRecord } from '../../../src/renderer/screens/guide/guide-record';
import { entityDefaults } from '../../../src/shared/model/defaults';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Priority } from '../../../src/shared/model/enums';
import { newPlan } from './helpers';

const at = '2026-01-12T09:30:00.000Z';
export const uuid = (n: number): string => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * A plan as the guide would have left it after steps 2 and 3: the given catalogue drivers and
 * target groups, all made by the guide, and the record that says so.
 */
export function planAfterStep3(
  drivers: readonly [DriverKey, Priority][],
  groups: readonly string[],
): { doc: PlanDocument; record: GuideRecord } {
  const doc = newPlan();
  doc.drivers = drivers.map(([key, priority], i) => ({
    id: uuid(100 + i),
    catalogKey: key,
    title: catalogEntry('driver', key)!.title.da,
    description: '',
    priority,
    updatedAt: at,
  }));
  doc.targetGroups = groups.map((name, i) => ({
    id: uuid(200 + i),
    name,
    headcount: 10,
    description: '',
    updatedAt: at,
  }));
  const record = newGuideRecord('competences');
  record.created.driver = doc.drivers.map((d) => d.id);
  record.created.targetGroup = doc.targetGroups.map((g) => g.id);
  return { doc, record };
}

/** As after step 4: the given catalogue competences, made by the guide and linked to it all. */
export function planAfterStep4(competences: readonly CompetenceKey[]): {
  doc: PlanDocument;
  record: GuideRecord;
} {
  const { doc, record } = planAfterStep3([['new-systems', 1]], ['Sagsbehandlere']);
  doc.competences = competences.map((key, i) => ({
    ...structuredClone(entityDefaults.competence),
    id: uuid(300 + i),
    catalogKey: key,
    title: catalogEntry('competence', key)!.title.da,
    driverIds: doc.drivers.map((d) => d.id),
    targetGroupIds: doc.targetGroups.map((g) => g.id),
    updatedAt: at,
  }));
  record.created.competence = doc.competences.map((c) => c.id);
  record.offered.competences = [...competences];
  record.step = 'methods';
  return { doc, record };
}
