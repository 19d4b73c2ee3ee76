import { buildImpactMap } from '../../../../shared/impact';
import { budgetTotals } from '../../../../shared/progress/budget';
import type { PdfSection } from '../../sections';
import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { latestCompleted } from '../evaluation/record';
import { activitiesSection } from './activities';
import { agendaSection } from './agenda';
import { budgetSection } from './budget';
import { committeeSection } from './committee';
import { competencesSection } from './competences';
import { coverSection } from './cover';
import { driversSection } from './drivers';
import { evaluationSection } from './evaluation';
import { impactMapSection } from './impact-map';
import { measurementsSection } from './measurements';
import { methodsSection } from './methods';
import { statusSection } from './status';
import { summarySection } from './summary';
import { timelineSection } from './timeline';
import { yearWheelSection } from './year-wheel';

/** Which sections the document has, and which were chosen but left out for having nothing in them. */
export interface SectionPlan {
  present: readonly PdfSection[];
  unfilled: readonly PdfSection[];
}

export interface SectionBuilder {
  build: (ctx: SectionContext, sections: SectionPlan) => Content[];
  /** Wide tables and the timeline get a landscape page. */
  orientation: 'portrait' | 'landscape';
  /**
   * True when the plan has nothing for the section to show. Such a section is left out: a page
   * saying only that something is missing is no use on an agenda.
   */
  isEmpty?: (ctx: SectionContext) => boolean;
}

export const SECTION_BUILDERS: Record<PdfSection, SectionBuilder> = {
  agenda: { build: agendaSection, orientation: 'portrait' },
  cover: {
    // The table of contents is only worth its space when there is more than the cover.
    build: (ctx, { present, unfilled }) =>
      coverSection(
        ctx,
        present.some((s) => s !== 'cover' && s !== 'agenda'),
        unfilled,
      ),
    orientation: 'portrait',
  },
  committee: {
    build: committeeSection,
    orientation: 'portrait',
    isEmpty: ({ doc }) =>
      !doc.plan.purpose.trim() && doc.members.length === 0 && doc.plan.principles.length === 0,
  },
  summary: {
    build: summarySection,
    orientation: 'portrait',
    isEmpty: ({ doc }) =>
      doc.drivers.length === 0 && doc.competences.length === 0 && doc.activities.length === 0,
  },
  status: {
    build: statusSection,
    orientation: 'portrait',
    isEmpty: ({ doc }) => doc.statusSnapshots.length === 0,
  },
  drivers: {
    build: driversSection,
    orientation: 'portrait',
    isEmpty: ({ doc }) => doc.drivers.length === 0,
  },
  competences: {
    build: competencesSection,
    orientation: 'portrait',
    isEmpty: ({ doc }) => doc.competences.length === 0,
  },
  methods: {
    build: methodsSection,
    orientation: 'portrait',
    isEmpty: ({ doc }) => doc.methods.length === 0,
  },
  impactMap: {
    build: impactMapSection,
    orientation: 'landscape',
    isEmpty: ({ doc }) => buildImpactMap(doc).nodes.length === 0,
  },
  activities: {
    build: activitiesSection,
    orientation: 'landscape',
    isEmpty: ({ doc }) => doc.activities.length === 0,
  },
  timeline: {
    build: timelineSection,
    orientation: 'landscape',
    isEmpty: ({ doc }) => doc.activities.length === 0,
  },
  budget: {
    build: budgetSection,
    orientation: 'portrait',
    isEmpty: ({ doc }) => budgetTotals(doc.activities).bySource.length === 0,
  },
  measurements: {
    build: measurementsSection,
    orientation: 'portrait',
    isEmpty: ({ doc }) => doc.measurements.length === 0,
  },
  yearWheel: {
    build: yearWheelSection,
    orientation: 'portrait',
    isEmpty: ({ doc }) => doc.yearItems.length === 0,
  },
  evaluation: {
    build: evaluationSection,
    orientation: 'portrait',
    isEmpty: ({ doc }) => latestCompleted(doc.evaluations) === null,
  },
};

/**
 * The chosen sections the document has, in reading order: those with something to show. Sections
 * chosen on their own and all empty still say so, rather than make a blank document.
 */
export function sectionPlan(ctx: SectionContext, chosen: readonly PdfSection[]): SectionPlan {
  const isEmpty = (key: PdfSection) => SECTION_BUILDERS[key].isEmpty?.(ctx) ?? false;
  const filled = chosen.filter((key) => !isEmpty(key));
  const present = filled.length > 0 ? filled : chosen;
  return { present, unfilled: chosen.filter((key) => !present.includes(key)) };
}
