import type { LocalizedText } from '../i18n/localized';

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

export interface FundingFieldInfo {
  type: FundingFieldType;
  label: LocalizedText;
  /** The question the form asks, for the yes/no fields and where a hint helps. */
  question: LocalizedText | null;
}

export const FUNDING_FIELD_INFO: Record<FundingField, FundingFieldInfo> = {
  pool: {
    type: 'text',
    label: { da: 'Fondspulje', en: 'Fund pool' },
    question: {
      da: 'Hvilken pulje hører medarbejderen til? Det afhænger af overenskomsten.',
      en: 'Which pool does the employee belong to? It depends on the collective agreement.',
    },
  },
  activityType: {
    type: 'text',
    label: { da: 'Aktivitetstype', en: 'Type of activity' },
    question: {
      da: 'Fx diplommodul, akademimodul, fagligt kursus eller øvrige aktiviteter.',
      en: 'For example a diploma module, an academy module, a professional course or other activities.',
    },
  },
  title: {
    type: 'text',
    label: { da: 'Aktivitetens titel', en: 'Title of the activity' },
    question: null,
  },
  start: { type: 'date', label: { da: 'Startdato', en: 'Start date' }, question: null },
  end: { type: 'date', label: { da: 'Slutdato', en: 'End date' }, question: null },
  amount: {
    type: 'amount',
    label: { da: 'Ansøgt beløb (kr.)', en: 'Amount applied for (DKK)' },
    question: null,
  },
  provider: { type: 'text', label: { da: 'Udbyder', en: 'Provider' }, question: null },
  scope: {
    type: 'scope',
    label: { da: 'Modul eller hel uddannelse', en: 'Module or whole programme' },
    question: null,
  },
  providerIsOwnWorkplace: {
    type: 'yes-no',
    label: { da: 'Egen arbejdsplads er udbyder', en: 'Own workplace is the provider' },
    question: {
      da: 'Er udbyderen jeres egen arbejdsplads?',
      en: 'Is the provider your own workplace?',
    },
  },
  onPositiveList: {
    type: 'yes-no',
    label: { da: 'På puljens positivliste', en: 'On the pool’s positive list' },
    question: {
      da: 'Står aktiviteten på puljens positivliste over forhåndsgodkendte aktiviteter?',
      en: 'Is the activity on the pool’s positive list of pre-approved activities?',
    },
  },
  obligatory: {
    type: 'yes-no',
    label: { da: 'Arbejdspladsen er forpligtet', en: 'The workplace is obliged' },
    question: {
      da: 'Er arbejdspladsen forpligtet til at tilbyde aktiviteten, fx efter lovgivningen?',
      en: 'Is the workplace obliged to offer the activity, for example by law?',
    },
  },
  basicToJob: {
    type: 'yes-no',
    label: { da: 'Grundlæggende for jobbet', en: 'Basic to the job' },
    question: {
      da: 'Er aktiviteten grundlæggende for at kunne varetage jobbet, fx introduktion til arbejdspladsens egne it-systemer?',
      en: 'Is the activity basic to doing the job, for example an introduction to the workplace’s own IT systems?',
    },
  },
  routinelyOffered: {
    type: 'yes-no',
    label: { da: 'Tilbydes rutinemæssigt', en: 'Routinely offered' },
    question: {
      da: 'Tilbydes aktiviteten rutinemæssigt til medarbejderne på arbejdspladsen?',
      en: 'Is the activity routinely offered to the workplace’s employees?',
    },
  },
  individualDevelopment: {
    type: 'yes-no',
    label: { da: 'Individuel kompetenceudvikling', en: 'Individual development' },
    question: {
      da: 'Er det individuel, kompetencegivende udvikling, som medarbejderen selv søger om, og som lederen godkender?',
      en: 'Is it individual, competence-giving development that the employee applies for and the manager approves?',
    },
  },
  workplaceCoFinances: {
    type: 'yes-no',
    label: { da: 'Arbejdspladsen medfinansierer', en: 'The workplace co-finances' },
    question: {
      da: 'Betaler arbejdspladsen en del af udgifterne (medfinansiering)?',
      en: 'Does the workplace pay part of the costs (co-financing)?',
    },
  },
};

export const FUNDING_SCOPE_LABELS: Record<FundingScope, LocalizedText> = {
  module: { da: 'Modul', en: 'Module' },
  'whole-education': { da: 'Hel uddannelse', en: 'Whole programme' },
};
