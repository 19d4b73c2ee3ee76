import type { PdfSection } from '../../sections';
import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { activitiesSection } from './activities';
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

export interface SectionBuilder {
  build: (ctx: SectionContext, chosen: readonly PdfSection[]) => Content[];
  /** Wide tables and the timeline get a landscape page. */
  orientation: 'portrait' | 'landscape';
}

export const SECTION_BUILDERS: Record<PdfSection, SectionBuilder> = {
  // The table of contents is only worth its space when there is more than the cover.
  cover: { build: (ctx, chosen) => coverSection(ctx, chosen.length > 1), orientation: 'portrait' },
  committee: { build: committeeSection, orientation: 'portrait' },
  summary: { build: summarySection, orientation: 'portrait' },
  status: { build: statusSection, orientation: 'portrait' },
  drivers: { build: driversSection, orientation: 'portrait' },
  competences: { build: competencesSection, orientation: 'portrait' },
  methods: { build: methodsSection, orientation: 'portrait' },
  impactMap: { build: impactMapSection, orientation: 'landscape' },
  activities: { build: activitiesSection, orientation: 'landscape' },
  timeline: { build: timelineSection, orientation: 'landscape' },
  budget: { build: budgetSection, orientation: 'portrait' },
  measurements: { build: measurementsSection, orientation: 'portrait' },
  yearWheel: { build: yearWheelSection, orientation: 'portrait' },
  evaluation: { build: evaluationSection, orientation: 'portrait' },
};
