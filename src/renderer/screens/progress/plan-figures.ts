/*
 * The progress and effect screens' figures, each worked out once per version of the lists it
 * reads (see memoOnLists): an edit of a measurement leaves the progress figures as they were, an
 * edit of an activity the effect figures, and a screen opened again finds its figures ready.
 */
import type { WindowDocument } from '../../../shared/model/document';
import type { ProgressOverview } from '../../../shared/model/stored/status-snapshot';
import {
  budgetTotals,
  competenceProgress,
  countByStatus,
  DEFAULT_STARTING_SOON_DAYS,
  diffSnapshots,
  effectOverview,
  overdueActivities,
  participantTotals,
  snapshotOf,
  startingSoonActivities,
  weightedProgress,
} from '../../../shared/progress';
import { memoOnLists } from '../../components/memo-on-lists';

type Activities = WindowDocument['activities'];
type Competences = WindowDocument['competences'];

/*
 * `progressOverview`'s figures one by one, each remembered on its own, so that each part of the
 * progress screen works out its own as it is drawn: drawn in the background in slices (see
 * PlanScreen), the figures of 20,000 activities are then several short tasks, not one long one.
 * Put together they are `progressOverview`'s, with its default horizon for "starting soon".
 */
export const statusCounts = memoOnLists(countByStatus);
export const overallProgress = memoOnLists(weightedProgress);
export const overdue = memoOnLists(overdueActivities);
export const startingSoon = memoOnLists((activities: Activities, today: string) =>
  startingSoonActivities(activities, today, DEFAULT_STARTING_SOON_DAYS),
);
export const budget = memoOnLists(budgetTotals);
export const participants = memoOnLists(participantTotals);
export const competenceFigures = memoOnLists((activities: Activities, competences: Competences) =>
  competenceProgress({ activities, competences }),
);

const overviewOf = memoOnLists(
  (activities: Activities, competences: Competences, today: string): ProgressOverview => ({
    date: today,
    byStatus: statusCounts(activities),
    progress: overallProgress(activities),
    overdue: overdue(activities, today),
    startingSoon: startingSoon(activities, today),
    budget: budget(activities),
    participants: participants(activities),
    competences: competenceFigures(activities, competences),
  }),
);

export const progressFigures = (
  doc: Pick<WindowDocument, 'activities' | 'competences'>,
  today: string,
) => overviewOf(doc.activities, doc.competences, today);

// From the same figures as the screen above it, rather than working them out a second time.
const statusOf = memoOnLists((activities: Activities, competences: Competences, today: string) =>
  snapshotOf(overviewOf(activities, competences, today), activities),
);

/** The plan's status today, as "Markér status" would keep it. */
export const currentStatus = (
  doc: Pick<WindowDocument, 'activities' | 'competences'>,
  today: string,
) => statusOf(doc.activities, doc.competences, today);

/** Two statuses compared; a marked status's figures stay the same object while it is kept. */
export const statusDiff = memoOnLists(diffSnapshots);

const effectOf = memoOnLists(
  (
    measurements: WindowDocument['measurements'],
    competences: Competences,
    targetGroups: WindowDocument['targetGroups'],
  ) => effectOverview({ measurements, competences, targetGroups }),
);

export const effectFigures = (
  doc: Pick<WindowDocument, 'measurements' | 'competences' | 'targetGroups'>,
) => effectOf(doc.measurements, doc.competences, doc.targetGroups);
