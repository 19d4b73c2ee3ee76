import { ENTITY_NAMES, LIST_LABELS } from '../../../../shared/i18n/entity-labels';
import { EVALUATION_LABELS } from '../../../../shared/i18n/evaluation-labels';
import { FIELD_LABELS } from '../../../../shared/i18n/field-labels';
import { FIGURE_LABELS } from '../../../../shared/i18n/figure-labels';
import { pickLabels } from '../../../../shared/i18n/localized';
import { PDF_SECTION_LABELS } from '../../../../shared/i18n/pdf-sections';
import type { Language } from '../../../../shared/model/enums';

/** The words the evaluation PDF shares with the evaluation's screens and the plan PDF. */
function shared(lang: Language) {
  const evaluation = (key: keyof typeof EVALUATION_LABELS) => EVALUATION_LABELS[key][lang];
  const figure = (key: keyof typeof FIGURE_LABELS) => FIGURE_LABELS[key][lang];
  const activity = FIELD_LABELS.activity;
  return {
    document: {
      kicker: PDF_SECTION_LABELS.evaluation[lang],
      sectionTitle: PDF_SECTION_LABELS.evaluation[lang],
    },
    cover: pickLabels(lang, FIELD_LABELS.plan, ['organisation', 'unit']),
    activities: {
      heading: evaluation('activitiesHeading'),
      ...pickLabels(lang, activity, ['status', 'end', 'progress']),
      count: figure('count'),
      ...pickLabels(lang, EVALUATION_LABELS, ['carriedOutEmpty', 'notCarriedOutEmpty']),
      activity: ENTITY_NAMES.activity[lang],
      participants: figure('participantsReached'),
    },
    cost: {
      heading: evaluation('costHeading'),
      ...pickLabels(lang, activity, ['budget', 'spent']),
      ...pickLabels(lang, FIGURE_LABELS, ['remaining', 'overspent', 'noBudget']),
      share: figure('spentShare'),
      source: activity.funding[lang],
      note: evaluation('costNote'),
    },
    participants: {
      heading: figure('participants'),
      ...pickLabels(lang, FIGURE_LABELS, ['planned', 'reached', 'nobodyPlanned']),
      share: figure('reachedShare'),
    },
    effect: {
      heading: evaluation('effectHeading'),
      lead: evaluation('effectLead'),
      measurements: LIST_LABELS.measurements[lang],
      change: evaluation('change'),
      ...pickLabels(lang, EVALUATION_LABELS, ['competences', 'before', 'after']),
      competence: ENTITY_NAMES.competence[lang],
    },
    conclusions: { heading: FIELD_LABELS.evaluation.conclusions[lang] },
    decisions: { heading: FIELD_LABELS.evaluation.decisions[lang] },
  };
}

const sharedDa = shared('da');
const sharedEn = shared('en');

/**
 * The evaluation PDF's words (the plan PDF's shared words come from `../i18n`, the ones it
 * shares with the screens from `shared/i18n`). Danish is the original; the English catalogue has
 * the same keys, enforced by the type.
 */
const da = {
  ...sharedDa.document,
  title: (year: number) => `Årlig evaluering ${year}`,
  subtitle:
    'Samarbejdsudvalgets evaluering af den samlede kompetenceindsats efter kompetenceaftalens § 8, stk. 2, herunder hvordan MUS er brugt',
  subject: 'Samarbejdsudvalgets årlige evaluering af kompetenceindsatsen',
  none: 'Samarbejdsudvalget har endnu ikke afsluttet en årlig evaluering af planen.',
  sectionLead: (year: number, period: string, completed: string) =>
    `Den seneste afsluttede evaluering (${year}) dækker perioden ${period} og blev afsluttet ${completed}.`,
  cover: {
    ...sharedDa.cover,
    plan: 'Plan',
    period: 'Evalueret periode',
    completed: 'Afsluttet',
    notCompleted: 'Ikke afsluttet – udkast',
    exported: 'Udskrevet',
  },
  noFigures: 'Tallene fra planen er ikke hentet ind i evalueringen, så der er ingen tal at vise.',
  activities: {
    ...sharedDa.activities,
    lead: (count: number) =>
      count === 1
        ? '1 indsats har slutdato i perioden.'
        : `${count} indsatser har slutdato i perioden.`,
    byStatus: 'Indsatser i perioden efter status',
    carriedOut: 'Gennemført',
    notCarriedOut: 'Ikke gennemført',
    continuing: 'Fortsætter efter perioden',
    undated: (count: number) =>
      count === 1
        ? '1 indsats har hverken start- eller slutdato og indgår derfor ikke i perioden.'
        : `${count} indsatser har hverken start- eller slutdato og indgår derfor ikke i perioden.`,
  },
  cost: sharedDa.cost,
  participants: sharedDa.participants,
  effect: {
    ...sharedDa.effect,
    link: 'Led',
    measurementsValue: (baselines: number, followUps: number) =>
      `${baselines} nulpunkt, ${followUps} opfølgende`,
    pairs: (count: number) => (count === 1 ? '1 sammenligning' : `${count} sammenligninger`),
    blind: 'Blindt led – ingen målinger i perioden',
    noChange: 'Ingen sammenligning med en nulpunktsmåling',
    indicators: 'Indikatorer',
  },
  mus: {
    heading: 'Opfølgning i MUS',
    empty: 'Samarbejdsudvalget har ikke beskrevet, hvordan MUS er brugt til at følge op.',
  },
  conclusions: {
    ...sharedDa.conclusions,
    empty: 'Samarbejdsudvalget har ikke skrevet konklusioner.',
  },
  decisions: {
    ...sharedDa.decisions,
    empty: 'Samarbejdsudvalget har ikke truffet beslutninger for næste år.',
  },
};

export type EvaluationTexts = typeof da;

const en: EvaluationTexts = {
  ...sharedEn.document,
  title: (year) => `Annual evaluation ${year}`,
  subtitle:
    'The cooperation committee’s evaluation of the whole competence effort under section 8(2) of the competence agreement, including how performance reviews (MUS) were used',
  subject: 'The cooperation committee’s annual evaluation of the competence effort',
  none: 'The committee has not yet completed an annual evaluation of the plan.',
  sectionLead: (year, period, completed) =>
    `The latest completed evaluation (${year}) covers ${period} and was completed on ${completed}.`,
  cover: {
    ...sharedEn.cover,
    plan: 'Plan',
    period: 'Period evaluated',
    completed: 'Completed',
    notCompleted: 'Not completed – draft',
    exported: 'Printed',
  },
  noFigures: 'The figures have not been fetched from the plan, so there are no figures to show.',
  activities: {
    ...sharedEn.activities,
    lead: (count) =>
      count === 1 ? '1 activity ends in the period.' : `${count} activities end in the period.`,
    byStatus: 'Activities in the period by status',
    carriedOut: 'Carried out',
    notCarriedOut: 'Not carried out',
    continuing: 'Continuing after the period',
    undated: (count) =>
      count === 1
        ? '1 activity has neither a start nor an end date and so belongs to no period.'
        : `${count} activities have neither a start nor an end date and so belong to no period.`,
  },
  cost: sharedEn.cost,
  participants: sharedEn.participants,
  effect: {
    ...sharedEn.effect,
    link: 'Link',
    measurementsValue: (baselines, followUps) => `${baselines} baseline, ${followUps} follow-up`,
    pairs: (count) => (count === 1 ? '1 comparison' : `${count} comparisons`),
    blind: 'Blind link – no measurements in the period',
    noChange: 'No comparison with a baseline',
    indicators: 'Indicators',
  },
  mus: {
    heading: 'Follow-up in performance reviews (MUS)',
    empty: 'The committee has not described how performance reviews were used to follow up.',
  },
  conclusions: {
    ...sharedEn.conclusions,
    empty: 'The committee has not written conclusions.',
  },
  decisions: {
    ...sharedEn.decisions,
    empty: 'The committee has made no decisions for next year.',
  },
};

export const evaluationTexts: Record<Language, EvaluationTexts> = { da, en };
