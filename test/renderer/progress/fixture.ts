import type { PlanDocument } from '../../../src/shared/model/document';
import type { Activity } from '../../../src/shared/model/entities';
import { ids, planDocument } from '../fixtures';

/** A plan to follow on 15 May 2026: one activity overdue, one starting soon, one cancelled. */

export const TODAY = '2026-05-15';

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const more = {
  workshop: uuid(81),
  course: uuid(82),
  themeDay: uuid(83),
  meeting: uuid(84),
};

const base = planDocument.activities[0] as Activity;

export const progressDocument: PlanDocument = {
  ...planDocument,
  activities: [
    ...planDocument.activities,
    {
      ...base,
      id: more.workshop,
      title: 'Workshop om arbejdsgange',
      competenceIds: [ids.workflows],
      targetGroupIds: [ids.caseworkers],
      start: '2026-01-12',
      end: '2026-01-16',
      status: 'done',
      progress: 100,
      budget: 20_000,
      spent: 18_500,
      funding: 'Driftsbudget',
      participantsPlanned: 6,
      participantsReached: 6,
    },
    {
      ...base,
      id: more.course,
      title: 'Kursus i sagsstyring',
      competenceIds: [ids.workflows],
      targetGroupIds: [ids.leaders],
      start: '2026-03-02',
      end: '2026-03-31',
      status: 'cancelled',
      progress: 0,
      budget: 30_000,
      spent: 5_000,
      funding: ' driftsbudget ',
      participantsPlanned: 10,
      participantsReached: 0,
    },
    {
      ...base,
      id: more.themeDay,
      title: 'Temadag om kunstig intelligens',
      competenceIds: [],
      targetGroupIds: [],
      start: null,
      end: null,
      status: 'idea',
      progress: 0,
      budget: 0,
      spent: 0,
      funding: '',
      participantsPlanned: 0,
      participantsReached: 0,
    },
    {
      ...base,
      id: more.meeting,
      title: 'Opfølgningsmøde om phishing',
      competenceIds: [ids.security],
      targetGroupIds: [ids.leaders],
      start: '2026-06-01',
      end: '2026-06-01',
      status: 'planned',
      progress: 0,
      budget: 0,
      spent: 0,
      funding: '',
      participantsPlanned: 0,
      participantsReached: 0,
    },
  ],
};
