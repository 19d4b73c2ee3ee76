import type { PlanDocument } from '../../../shared/model/document';

/** The plan's parts in the committee's order of work: why, for whom, what, how, doing, measuring. */
export const SECTIONS = [
  { id: 'overview', key: 'overview', count: null },
  { id: 'drivers', key: 'drivers', count: (d: PlanDocument) => d.drivers.length },
  { id: 'target-groups', key: 'targetGroups', count: (d: PlanDocument) => d.targetGroups.length },
  { id: 'competences', key: 'competences', count: (d: PlanDocument) => d.competences.length },
  { id: 'methods', key: 'methods', count: (d: PlanDocument) => d.methods.length },
  { id: 'activities', key: 'activities', count: (d: PlanDocument) => d.activities.length },
  { id: 'measurements', key: 'measurements', count: (d: PlanDocument) => d.measurements.length },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];

export const sectionId = (key: SectionKey): string =>
  `section-${SECTIONS.find((s) => s.key === key)?.id ?? key}`;
