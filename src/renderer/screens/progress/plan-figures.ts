/*
 * The progress and effect screens' figures, each worked out once per version of the lists it
 * reads (see memoOnLists): an edit of a measurement leaves the progress figures as they were, an
 * edit of an activity the effect figures, and a screen opened again finds its figures ready.
 */
import type { WindowDocument } from '../../../shared/model/document';
import {
  diffSnapshots,
  effectOverview,
  progressOverview,
  snapshotOf,
} from '../../../shared/progress';
import { memoOnLists } from '../../components/memo-on-lists';

type Activities = WindowDocument['activities'];
type Competences = WindowDocument['competences'];

const overviewOf = memoOnLists((activities: Activities, competences: Competences, today: string) =>
  progressOverview({ activities, competences }, today),
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
