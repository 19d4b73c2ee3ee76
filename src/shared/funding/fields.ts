import type { LocalizedText } from '../i18n/localized';
import {
  FUNDING_FIELD_TYPES,
  FUNDING_FIELDS,
  type FundingField,
  type FundingFieldType,
  type FundingScope,
} from '../model/stored/funding-application';

export interface FundingFieldInfo {
  type: FundingFieldType;
  label: LocalizedText;
  /** The question the form asks, for the yes/no fields and where a hint helps. */
  question: LocalizedText | null;
}

const FIELD_TEXTS: Record<FundingField, Omit<FundingFieldInfo, 'type'>> = {
  pool: {
    label: { da: 'Fondspulje', en: 'Fund pool' },
    question: {
      da: 'Hvilken pulje hører medarbejderen til? Det afhænger af overenskomsten.',
      en: 'Which pool does the employee belong to? It depends on the collective agreement.',
    },
  },
  activityType: {
    label: { da: 'Aktivitetstype', en: 'Type of activity' },
    question: {
      da: 'Fx diplommodul, akademimodul, fagligt kursus eller øvrige aktiviteter.',
      en: 'For example a diploma module, an academy module, a professional course or other activities.',
    },
  },
  title: {
    label: { da: 'Aktivitetens titel', en: 'Title of the activity' },
    question: null,
  },
  start: { label: { da: 'Startdato', en: 'Start date' }, question: null },
  end: { label: { da: 'Slutdato', en: 'End date' }, question: null },
  amount: {
    label: { da: 'Ansøgt beløb (kr.)', en: 'Amount applied for (DKK)' },
    question: null,
  },
  provider: { label: { da: 'Udbyder', en: 'Provider' }, question: null },
  scope: {
    label: { da: 'Modul eller hel uddannelse', en: 'Module or whole programme' },
    question: null,
  },
  providerIsOwnWorkplace: {
    label: { da: 'Egen arbejdsplads er udbyder', en: 'Own workplace is the provider' },
    question: {
      da: 'Er udbyderen jeres egen arbejdsplads?',
      en: 'Is the provider your own workplace?',
    },
  },
  onPositiveList: {
    label: { da: 'På puljens positivliste', en: 'On the pool’s positive list' },
    question: {
      da: 'Står aktiviteten på puljens positivliste over forhåndsgodkendte aktiviteter?',
      en: 'Is the activity on the pool’s positive list of pre-approved activities?',
    },
  },
  obligatory: {
    label: { da: 'Arbejdspladsen er forpligtet', en: 'The workplace is obliged' },
    question: {
      da: 'Er arbejdspladsen forpligtet til at tilbyde aktiviteten, fx efter lovgivningen?',
      en: 'Is the workplace obliged to offer the activity, for example by law?',
    },
  },
  basicToJob: {
    label: { da: 'Grundlæggende for jobbet', en: 'Basic to the job' },
    question: {
      da: 'Er aktiviteten grundlæggende for at kunne varetage jobbet, fx introduktion til arbejdspladsens egne it-systemer?',
      en: 'Is the activity basic to doing the job, for example an introduction to the workplace’s own IT systems?',
    },
  },
  routinelyOffered: {
    label: { da: 'Tilbydes rutinemæssigt', en: 'Routinely offered' },
    question: {
      da: 'Tilbydes aktiviteten rutinemæssigt til medarbejderne på arbejdspladsen?',
      en: 'Is the activity routinely offered to the workplace’s employees?',
    },
  },
  individualDevelopment: {
    label: { da: 'Individuel kompetenceudvikling', en: 'Individual development' },
    question: {
      da: 'Er det individuel, kompetencegivende udvikling, som medarbejderen selv søger om, og som lederen godkender?',
      en: 'Is it individual, competence-giving development that the employee applies for and the manager approves?',
    },
  },
  workplaceCoFinances: {
    label: { da: 'Arbejdspladsen medfinansierer', en: 'The workplace co-finances' },
    question: {
      da: 'Betaler arbejdspladsen en del af udgifterne (medfinansiering)?',
      en: 'Does the workplace pay part of the costs (co-financing)?',
    },
  },
};

/** The field's type comes from the model, which checks the fund's rules against it. */
export const FUNDING_FIELD_INFO = Object.fromEntries(
  FUNDING_FIELDS.map((field) => [
    field,
    { type: FUNDING_FIELD_TYPES[field], ...FIELD_TEXTS[field] },
  ]),
) as Record<FundingField, FundingFieldInfo>;

export const FUNDING_SCOPE_LABELS: Record<FundingScope, LocalizedText> = {
  module: { da: 'Modul', en: 'Module' },
  'whole-education': { da: 'Hel uddannelse', en: 'Whole programme' },
};
