import type { PlanDocument } from '../../../src/shared/model/document';
import type { YearItem } from '../../../src/shared/model/entities';
import { planDocument } from '../fixtures';

const at = '2026-01-12T09:30:00.000Z';

export const yearIds = {
  mus: '00000000-0000-4000-8000-000000000801',
  kickoff: '00000000-0000-4000-8000-000000000802',
  own: '00000000-0000-4000-8000-000000000803',
};

export function yearItem(id: string, values: Partial<YearItem>): YearItem {
  return {
    id,
    month: 1,
    title: '',
    description: '',
    kind: 'other',
    ownerRole: null,
    activityIds: [],
    measurementIds: [],
    updatedAt: at,
    ...values,
  };
}

/**
 * The test plan with the committee's year filled in: a small årshjul (one default item, one of
 * the committee's own, a MUS round), the dates of the status flow so far, and no funding answers.
 */
export function yearDocument(extra: Partial<PlanDocument> = {}): PlanDocument {
  return {
    ...planDocument,
    plan: {
      ...planDocument.plan,
      statusDates: {
        draft: '2025-10-01',
        discussed: '2025-11-06',
        adopted: '2025-11-27',
        active: null,
        evaluated: null,
      },
      fundingRules: null,
    },
    activities: planDocument.activities.map((a) => ({ ...a, fundingApplication: null })),
    yearItems: [
      yearItem(yearIds.kickoff, {
        month: 1,
        title: 'SU-møde: kompetenceplanen sættes i gang',
        kind: 'su-meeting',
        ownerRole: 'committee',
      }),
      yearItem(yearIds.own, {
        month: 1,
        title: 'Nytårskur med temaoplæg om kunstig intelligens',
        kind: 'other',
      }),
      yearItem(yearIds.mus, {
        month: 3,
        title: 'MUS-runde',
        kind: 'mus-round',
        ownerRole: 'management',
      }),
    ],
    statusSnapshots: [],
    evaluations: [],
    ...extra,
  };
}
