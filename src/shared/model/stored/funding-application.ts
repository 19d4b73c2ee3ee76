import { z } from 'zod';
import { isIsoDate } from '../fields';

/** The fields an application to Den Statslige Kompetencefond will ask for, plus the yes/no checks. */
export const FUNDING_FIELDS = [
  'pool',
  'activityType',
  'title',
  'start',
  'end',
  'amount',
  'provider',
  'scope',
  'providerIsOwnWorkplace',
  'onPositiveList',
  'obligatory',
  'basicToJob',
  'routinelyOffered',
  'individualDevelopment',
  'workplaceCoFinances',
] as const;
export type FundingField = (typeof FUNDING_FIELDS)[number];

export const FUNDING_SCOPES = ['module', 'whole-education'] as const;
export type FundingScope = (typeof FUNDING_SCOPES)[number];

export type FundingFieldType = 'text' | 'date' | 'amount' | 'scope' | 'yes-no';

/** What each field holds: the form picks its input by it, and the fund's rules are checked against it. */
export const FUNDING_FIELD_TYPES: Record<FundingField, FundingFieldType> = {
  pool: 'text',
  activityType: 'text',
  title: 'text',
  start: 'date',
  end: 'date',
  amount: 'amount',
  provider: 'text',
  scope: 'scope',
  providerIsOwnWorkplace: 'yes-no',
  onPositiveList: 'yes-no',
  obligatory: 'yes-no',
  basicToJob: 'yes-no',
  routinelyOffered: 'yes-no',
  individualDevelopment: 'yes-no',
  workplaceCoFinances: 'yes-no',
};

export interface FundingApplication {
  /** Fondspulje: which pool depends on the employee's collective agreement. */
  pool: string | null;
  activityType: string | null;
  title: string | null;
  start: string | null;
  end: string | null;
  /** Amount applied for, DKK. */
  amount: number | null;
  provider: string | null;
  scope: FundingScope | null;
  providerIsOwnWorkplace: boolean | null;
  onPositiveList: boolean | null;
  obligatory: boolean | null;
  basicToJob: boolean | null;
  routinelyOffered: boolean | null;
  individualDevelopment: boolean | null;
  workplaceCoFinances: boolean | null;
}

/** For the storage and the transports; store `.partial()` for an application half filled in. */
export const FundingApplicationSchema = z.strictObject({
  pool: z.string().max(300, { error: 'text-too-long' }).nullable(),
  activityType: z.string().max(300, { error: 'text-too-long' }).nullable(),
  title: z.string().max(300, { error: 'text-too-long' }).nullable(),
  start: z.string().refine(isIsoDate, { error: 'invalid-date' }).nullable(),
  end: z.string().refine(isIsoDate, { error: 'invalid-date' }).nullable(),
  amount: z
    .number({ error: 'money-negative' })
    .min(0, { error: 'money-negative' })
    .max(1e9, { error: 'money-too-large' })
    .nullable(),
  provider: z.string().max(300, { error: 'text-too-long' }).nullable(),
  scope: z.enum(FUNDING_SCOPES, { error: 'invalid-choice' }).nullable(),
  providerIsOwnWorkplace: z.boolean().nullable(),
  onPositiveList: z.boolean().nullable(),
  obligatory: z.boolean().nullable(),
  basicToJob: z.boolean().nullable(),
  routinelyOffered: z.boolean().nullable(),
  individualDevelopment: z.boolean().nullable(),
  workplaceCoFinances: z.boolean().nullable(),
}) satisfies z.ZodType<FundingApplication>;
