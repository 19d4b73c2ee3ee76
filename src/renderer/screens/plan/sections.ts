import type { WindowDocument } from '../../../shared/model/document';
import type { PlanView } from '../../store';

/** How far one step of the plan has come, for the side navigation. */
export type StepState =
  | { kind: 'count'; count: number }
  | { kind: 'fields'; done: number; total: number }
  | { kind: 'none' };

const count = (n: number): StepState => ({ kind: 'count', count: n });

/** The overview is done when the frame of the plan is written and the committee named. */
function overviewState(doc: WindowDocument): StepState {
  const { plan } = doc;
  const checks = [
    plan.title.trim() !== '',
    plan.organisation.trim() !== '',
    plan.periodStart !== null && plan.periodEnd !== null,
    plan.purpose.trim() !== '',
    plan.principles.length > 0,
    doc.members.length > 0,
  ];
  return { kind: 'fields', done: checks.filter(Boolean).length, total: checks.length };
}

/** The plan's steps in the committee's order of work: why, for whom, what, how, doing, following. */
export const SECTIONS: readonly { key: PlanView; state: (doc: WindowDocument) => StepState }[] = [
  { key: 'overview', state: overviewState },
  { key: 'drivers', state: (d) => count(d.drivers.length) },
  { key: 'targetGroups', state: (d) => count(d.targetGroups.length) },
  { key: 'competences', state: (d) => count(d.competences.length) },
  { key: 'methods', state: (d) => count(d.methods.length) },
  { key: 'activities', state: (d) => count(d.activities.length) },
  { key: 'measurements', state: (d) => count(d.measurements.length) },
  { key: 'progress', state: () => ({ kind: 'none' }) },
  { key: 'timeline', state: () => ({ kind: 'none' }) },
  { key: 'effect', state: () => ({ kind: 'none' }) },
  { key: 'impactMap', state: () => ({ kind: 'none' }) },
];

export type SectionKey = PlanView;
