import type { Language } from '../../../../shared/model/enums';

/**
 * The evaluation PDF's own words (the plan PDF's shared words come from `../i18n`). Danish is the
 * original; the English catalogue has the same keys, enforced by the type.
 */
const da = {
  kicker: 'Årlig evaluering',
  title: (year: number) => `Årlig evaluering ${year}`,
  subtitle:
    'Samarbejdsudvalgets evaluering af den samlede kompetenceindsats efter kompetenceaftalens § 8, stk. 2, herunder hvordan MUS er brugt',
  subject: 'Samarbejdsudvalgets årlige evaluering af kompetenceindsatsen',
  sectionTitle: 'Årlig evaluering',
  none: 'Samarbejdsudvalget har endnu ikke afsluttet en årlig evaluering af planen.',
  sectionLead: (year: number, period: string, completed: string) =>
    `Den seneste afsluttede evaluering (${year}) dækker perioden ${period} og blev afsluttet ${completed}.`,
  cover: {
    plan: 'Plan',
    organisation: 'Organisation',
    unit: 'Enhed',
    period: 'Evalueret periode',
    completed: 'Afsluttet',
    notCompleted: 'Ikke afsluttet – udkast',
    exported: 'Udskrevet',
  },
  noFigures: 'Tallene fra planen er ikke hentet ind i evalueringen, så der er ingen tal at vise.',
  activities: {
    heading: 'Gennemført og ikke gennemført',
    lead: (count: number) =>
      count === 1
        ? '1 indsats har slutdato i perioden.'
        : `${count} indsatser har slutdato i perioden.`,
    byStatus: 'Indsatser i perioden efter status',
    status: 'Status',
    count: 'Antal',
    carriedOut: 'Gennemført',
    carriedOutEmpty: 'Ingen indsatser i perioden er gennemført.',
    notCarriedOut: 'Ikke gennemført',
    notCarriedOutEmpty: 'Alle indsatser i perioden er gennemført.',
    continuing: 'Fortsætter efter perioden',
    undated: (count: number) =>
      count === 1
        ? '1 indsats har hverken start- eller slutdato og indgår derfor ikke i perioden.'
        : `${count} indsatser har hverken start- eller slutdato og indgår derfor ikke i perioden.`,
    activity: 'Indsats',
    end: 'Slut',
    progress: 'Fremdrift',
    participants: 'Deltagere nået',
  },
  cost: {
    heading: 'Økonomi',
    budget: 'Budget',
    spent: 'Forbrugt',
    remaining: 'Tilbage',
    overspent: 'Overskredet med',
    share: 'Andel af budgettet brugt',
    noBudget: 'Intet budget',
    source: 'Finansiering',
    note: 'Aflyste indsatser indgår ikke i budgettet, men penge brugt før en aflysning er brugt.',
  },
  participants: {
    heading: 'Deltagere',
    planned: 'Planlagt',
    reached: 'Nået',
    share: 'Nået af det planlagte',
    nobodyPlanned: 'Ingen planlagt',
  },
  effect: {
    heading: 'Effektkæden',
    lead: 'Hvad målingerne i perioden viser på hvert led i kæden fra gennemført indsats til langsigtet effekt.',
    link: 'Led',
    measurements: 'Målinger',
    measurementsValue: (baselines: number, followUps: number) =>
      `${baselines} nulpunkt, ${followUps} opfølgende`,
    change: 'Udvikling',
    pairs: (count: number) => (count === 1 ? '1 sammenligning' : `${count} sammenligninger`),
    blind: 'Blindt led – ingen målinger i perioden',
    noChange: 'Ingen sammenligning med en nulpunktsmåling',
    indicators: 'Indikatorer',
    competences: 'Kompetencerne',
    competence: 'Kompetence',
    before: 'Før',
    after: 'Efter',
  },
  mus: {
    heading: 'Opfølgning i MUS',
    empty: 'Samarbejdsudvalget har ikke beskrevet, hvordan MUS er brugt til at følge op.',
  },
  conclusions: {
    heading: 'Konklusioner',
    empty: 'Samarbejdsudvalget har ikke skrevet konklusioner.',
  },
  decisions: {
    heading: 'Beslutninger for næste år',
    empty: 'Samarbejdsudvalget har ikke truffet beslutninger for næste år.',
  },
};

export type EvaluationTexts = typeof da;

const en: EvaluationTexts = {
  kicker: 'Annual evaluation',
  title: (year) => `Annual evaluation ${year}`,
  subtitle:
    'The cooperation committee’s evaluation of the whole competence effort under section 8(2) of the competence agreement, including how performance reviews (MUS) were used',
  subject: 'The cooperation committee’s annual evaluation of the competence effort',
  sectionTitle: 'Annual evaluation',
  none: 'The committee has not yet completed an annual evaluation of the plan.',
  sectionLead: (year, period, completed) =>
    `The latest completed evaluation (${year}) covers ${period} and was completed on ${completed}.`,
  cover: {
    plan: 'Plan',
    organisation: 'Organisation',
    unit: 'Unit',
    period: 'Period evaluated',
    completed: 'Completed',
    notCompleted: 'Not completed – draft',
    exported: 'Printed',
  },
  noFigures: 'The figures have not been fetched from the plan, so there are no figures to show.',
  activities: {
    heading: 'Carried out and not carried out',
    lead: (count) =>
      count === 1 ? '1 activity ends in the period.' : `${count} activities end in the period.`,
    byStatus: 'Activities in the period by status',
    status: 'Status',
    count: 'Number',
    carriedOut: 'Carried out',
    carriedOutEmpty: 'No activity in the period was carried out.',
    notCarriedOut: 'Not carried out',
    notCarriedOutEmpty: 'Every activity in the period was carried out.',
    continuing: 'Continuing after the period',
    undated: (count) =>
      count === 1
        ? '1 activity has neither a start nor an end date and so belongs to no period.'
        : `${count} activities have neither a start nor an end date and so belong to no period.`,
    activity: 'Activity',
    end: 'End',
    progress: 'Progress',
    participants: 'Participants reached',
  },
  cost: {
    heading: 'Finances',
    budget: 'Budget',
    spent: 'Spent',
    remaining: 'Remaining',
    overspent: 'Overspent by',
    share: 'Share of the budget spent',
    noBudget: 'No budget',
    source: 'Funding',
    note: 'Cancelled activities are left out of the budget, but money spent before a cancellation is spent.',
  },
  participants: {
    heading: 'Participants',
    planned: 'Planned',
    reached: 'Reached',
    share: 'Reached of planned',
    nobodyPlanned: 'Nobody planned',
  },
  effect: {
    heading: 'The effect chain',
    lead: 'What the measurements in the period show at each link of the chain from activity carried out to long-term effect.',
    link: 'Link',
    measurements: 'Measurements',
    measurementsValue: (baselines, followUps) => `${baselines} baseline, ${followUps} follow-up`,
    change: 'Change',
    pairs: (count) => (count === 1 ? '1 comparison' : `${count} comparisons`),
    blind: 'Blind link – no measurements in the period',
    noChange: 'No comparison with a baseline',
    indicators: 'Indicators',
    competences: 'The competences',
    competence: 'Competence',
    before: 'Before',
    after: 'After',
  },
  mus: {
    heading: 'Follow-up in performance reviews (MUS)',
    empty: 'The committee has not described how performance reviews were used to follow up.',
  },
  conclusions: {
    heading: 'Conclusions',
    empty: 'The committee has not written conclusions.',
  },
  decisions: {
    heading: 'Decisions for next year',
    empty: 'The committee has made no decisions for next year.',
  },
};

export const evaluationTexts: Record<Language, EvaluationTexts> = { da, en };
