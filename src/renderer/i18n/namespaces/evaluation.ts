import { COMMON_WORDS } from '../../../shared/i18n/common-words';
import { ENTITY_NAMES } from '../../../shared/i18n/entity-labels';
import { EVALUATION_LABELS } from '../../../shared/i18n/evaluation-labels';
import { FIELD_LABELS } from '../../../shared/i18n/field-labels';
import { FIGURE_LABELS } from '../../../shared/i18n/figure-labels';
import { pickLabels } from '../../../shared/i18n/localized';
import type { Language } from '../../../shared/model/enums';
import type { Texts } from '../texts';

/** The words the evaluation's screens share with its PDF and the other screens. */
function shared(language: Language) {
  const evaluation = (key: keyof typeof EVALUATION_LABELS) => EVALUATION_LABELS[key][language];
  return {
    start: { year: FIELD_LABELS.evaluation.year[language] },
    steps: {
      period: COMMON_WORDS.period[language],
      activities: evaluation('activitiesHeading'),
      cost: evaluation('costHeading'),
      participants: FIGURE_LABELS.participants[language],
      effect: evaluation('effectHeading'),
    },
    activities: pickLabels(language, EVALUATION_LABELS, ['carriedOutEmpty', 'notCarriedOutEmpty']),
    cost: {
      ...pickLabels(language, FIELD_LABELS.activity, ['budget', 'spent']),
      source: FIELD_LABELS.activity.funding[language],
      ...pickLabels(language, FIGURE_LABELS, ['remaining', 'overspent', 'noBudget']),
      share: FIGURE_LABELS.spentShare[language],
      note: evaluation('costNote'),
    },
    participants: {
      ...pickLabels(language, FIGURE_LABELS, ['planned', 'reached', 'nobodyPlanned']),
      share: FIGURE_LABELS.reachedShare[language],
    },
    effect: {
      lead: evaluation('effectLead'),
      ...pickLabels(language, EVALUATION_LABELS, ['competences', 'before', 'after']),
      competence: ENTITY_NAMES.competence[language],
      changeHeader: evaluation('change'),
    },
    conclusions: pickLabels(language, FIELD_LABELS.evaluation, ['decisions']),
  };
}

const sharedDa = shared('da');
const sharedEn = shared('en');

/**
 * Texts of the annual evaluation (Kompetenceaftalen § 8, stk. 2). Danish is the original;
 * English has the same keys.
 */
export const evaluationDa = {
  intro:
    'Samarbejdsudvalget evaluerer hvert år den samlede kompetenceindsats, herunder hvordan MUS er brugt. Tallene hentes fra planen; vurderingerne skriver I selv.',
  start: {
    ...sharedDa.start,
    heading: 'Start en evaluering',
    otherYear: 'Start en evaluering for et andet år',
    intro:
      'Der er én evaluering pr. år. Perioden er foreslået ud fra planens periode og den forrige evaluering, men kan rettes.',
    from: 'Periodens første dag',
    to: 'Periodens sidste dag',
    submit: 'Start evaluering for {{year}}',
    exists:
      'Der findes allerede en evaluering for {{year}}. Der kan kun være én evaluering pr. år – åbn den i listen over evalueringer.',
    yearInvalid: 'Skriv året med fire cifre, fx 2026.',
    dateMissing: 'Vælg både periodens første og sidste dag.',
    dateOrder: 'Periodens sidste dag skal ligge efter den første.',
  },
  history: {
    heading: 'Evalueringer',
    empty: 'Samarbejdsudvalget har endnu ikke evalueret planen.',
    listLabel: 'Planens evalueringer',
    item: 'Evaluering {{year}}',
    period: 'Perioden {{from}} – {{to}}',
    completed: 'Afsluttet {{date}}',
    inProgress: 'I gang',
    open: 'Åbn',
    openItem: 'Åbn evalueringen for {{year}}',
    current: 'Åben nu',
  },
  current: {
    heading: 'Evaluering {{year}}',
    completedNote: 'Evalueringen blev afsluttet {{date}}. Den kan læses og gemmes som PDF.',
    stepsLabel: 'Evalueringens trin',
    stepOf: 'Trin {{step}} af {{count}}',
    previous: 'Forrige trin',
    next: 'Næste trin',
    delete: 'Slet evalueringen',
    deleteItem: 'Slet evalueringen for {{year}}',
  },
  steps: {
    ...sharedDa.steps,
    mus: 'MUS-opfølgning',
    conclusions: 'Konklusioner og beslutninger',
    complete: 'Afslut',
  },
  figures: {
    fetch: 'Hent tal fra planen',
    refresh: 'Opdater tal',
    notFetched:
      'Tallene er ikke hentet endnu. Når I henter dem, fastholdes de i evalueringen, så senere ændringer i planen ikke ændrer det, I har evalueret.',
    frozen:
      'Tallene er hentet fra planen og fastholdt i evalueringen. De ændrer sig ikke, når planen ændres, før I trykker »Opdater tal«.',
    changed:
      'Planen er ændret, siden tallene blev hentet. Tryk »Opdater tal«, hvis evalueringen skal bygge på planen, som den er nu.',
    periodChanged:
      'Perioden er ændret, siden tallene blev hentet. Tryk »Opdater tal«, så tallene passer til perioden.',
    fetched: 'Tallene er hentet fra planen.',
    completedFrozen: 'Evalueringen er afsluttet, så tallene er låst.',
    needFigures: 'Hent tallene fra planen på første trin for at se dem her.',
  },
  period: {
    from: 'Periodens første dag',
    to: 'Periodens sidste dag',
    hint: 'Indsatser med slutdato i perioden indgår i evalueringen.',
    summary: 'Evalueringen dækker {{from}} – {{to}}.',
  },
  activities: {
    ...sharedDa.activities,
    lead_one: '{{count}} indsats har slutdato i perioden.',
    lead_other: '{{count}} indsatser har slutdato i perioden.',
    carriedOut: 'Gennemført ({{count}})',
    notCarriedOut: 'Ikke gennemført ({{count}})',
    notCarriedOutHint:
      'Skriv under »Konklusioner og beslutninger«, hvorfor de ikke blev gennemført, og om de skal med i næste års plan.',
    continuing: 'Fortsætter efter perioden ({{count}})',
    undated_one: '{{count}} indsats har hverken start- eller slutdato og indgår derfor ikke.',
    undated_other: '{{count}} indsatser har hverken start- eller slutdato og indgår derfor ikke.',
    meta: '{{status}} · {{progress}} · slut {{end}}',
    noEnd: 'ingen slutdato',
    reached: '{{reached}} af {{planned}} deltagere',
  },
  cost: {
    ...sharedDa.cost,
    bySource: 'Fordelt på finansiering',
  },
  participants: {
    ...sharedDa.participants,
  },
  effect: {
    ...sharedDa.effect,
    measurements_one: '{{count}} måling ({{baselines}} nulpunkt, {{followUps}} opfølgende)',
    measurements_other: '{{count}} målinger ({{baselines}} nulpunkt, {{followUps}} opfølgende)',
    change_one: 'Udvikling {{change}} målt mod en nulpunktsmåling',
    change_other:
      'Gennemsnitlig udvikling {{change}} over {{count}} sammenligninger med en nulpunktsmåling',
    noChange: 'Ingen opfølgende måling at sammenligne med en nulpunktsmåling.',
    blind: 'Blindt led: ingen målinger i perioden, så I ved ikke, hvad der sker her.',
    blindCount_one: '{{count}} led er blinde.',
    blindCount_other: '{{count}} led er blinde.',
    indicator: 'Indikator {{date}}: {{text}}',
    noCompetences: 'Ingen kompetencer er målt i perioden.',
  },
  mus: {
    label: 'Hvordan er MUS (og GRUS) brugt til at følge op på kompetenceudviklingen?',
    hint: 'Fx om udviklingsplanerne fra MUS byggede på planens kompetencer, og hvad lederne og medarbejderne har meldt tilbage.',
  },
  conclusions: {
    ...sharedDa.conclusions,
    label: 'Samarbejdsudvalgets konklusioner',
    hint: 'Hvad lykkedes, hvad lykkedes ikke og hvorfor – også om de indsatser, der ikke blev gennemført.',
    decisionsHint: 'Én beslutning pr. punkt. Næste års plan kan starte fra dem.',
    addDecision: 'Ny beslutning',
  },
  complete: {
    checklist: 'Inden I afslutter',
    figuresDone: 'Tallene er hentet fra planen',
    figuresMissing: 'Tallene er ikke hentet',
    musDone: 'MUS-opfølgningen er beskrevet',
    musMissing: 'MUS-opfølgningen er ikke beskrevet',
    conclusionsDone: 'Konklusionerne er skrevet',
    conclusionsMissing: 'Konklusionerne er ikke skrevet',
    decisions_one: '{{count}} beslutning for næste år',
    decisions_other: '{{count}} beslutninger for næste år',
    decisionsMissing: 'Ingen beslutninger for næste år',
    explain:
      'Når evalueringen er afsluttet, låses tal og tekster, og evalueringen kommer med i planens PDF. I kan genåbne den, hvis der skal rettes noget.',
    submit: 'Afslut evalueringen',
    needFigures: 'Hent tallene fra planen, før I afslutter evalueringen.',
    done: 'Evalueringen er afsluttet {{date}}.',
    reopen: 'Genåbn evalueringen',
    planStatusExplain:
      'Planens status er stadig »vedtaget« eller »i gang«. Når SU har behandlet evalueringen, kan planen sættes til »evalueret« med dagens dato.',
    markPlanEvaluated: 'Sæt planens status til evalueret',
  },
  seed: {
    heading: 'Næste års plan',
    explain:
      'Planen rulles frem: perioden bliver {{from}} – {{to}}, beslutningerne føjes til SU’s principper og retningslinjer, og planen bliver en kladde igen, som SU skal drøfte og vedtage. Evalueringerne bevares. Vil I beholde planen, som den er, så gem først en kopi af den.',
    noDecisions: 'Der er ingen beslutninger at starte fra.',
    start: 'Start næste års plan fra beslutningerne',
    confirm: 'Ja, rul planen frem',
    cancel: 'Annuller',
    confirmQuestion: 'Skal planen rulles frem til næste år?',
    done_one: 'Planen er rullet frem. {{count}} beslutning er føjet til principperne.',
    done_other: 'Planen er rullet frem. {{count}} beslutninger er føjet til principperne.',
    leftOut:
      'Disse beslutninger kom ikke med, fordi listen over principper er fuld (højst 50): {{list}}',
  },
  read: {
    empty: 'Ikke udfyldt.',
  },
  pdf: {
    save: 'Gem evaluering som PDF…',
    dialogTitle: 'Gem evalueringen som PDF',
    dialogIntro:
      'PDF’en har forside, tallene, effektkæden, MUS-opfølgningen, konklusionerne og beslutningerne.',
    pathLabel: 'Filens placering',
    pathHint: 'Den fulde sti med filnavn, der slutter på .pdf',
    submit: 'Gem PDF',
    replace: 'Erstat filen',
    fileName: 'Årlig evaluering {{year}}',
    saved_one: 'Evalueringen er gemt som PDF ({{count}} side) her: {{path}}',
    saved_other: 'Evalueringen er gemt som PDF ({{count}} sider) her: {{path}}',
    dismiss: 'Luk beskeden',
  },
};

export const evaluationEn: Texts<typeof evaluationDa> = {
  intro:
    'Every year the cooperation committee evaluates the whole competence effort, including how performance reviews (MUS) were used. The figures come from the plan; the judgements are yours.',
  start: {
    ...sharedEn.start,
    heading: 'Start an evaluation',
    otherYear: 'Start an evaluation for another year',
    intro:
      'There is one evaluation per year. The period is suggested from the plan’s period and the previous evaluation, and can be changed.',
    from: 'First day of the period',
    to: 'Last day of the period',
    submit: 'Start the {{year}} evaluation',
    exists:
      'There is already an evaluation for {{year}}. There can be only one evaluation per year – open it in the list of evaluations.',
    yearInvalid: 'Write the year with four digits, e.g. 2026.',
    dateMissing: 'Choose both the first and the last day of the period.',
    dateOrder: 'The last day of the period must come after the first.',
  },
  history: {
    heading: 'Evaluations',
    empty: 'The committee has not evaluated the plan yet.',
    listLabel: 'The plan’s evaluations',
    item: 'Evaluation {{year}}',
    period: 'Period {{from}} – {{to}}',
    completed: 'Completed {{date}}',
    inProgress: 'In progress',
    open: 'Open',
    openItem: 'Open the {{year}} evaluation',
    current: 'Open now',
  },
  current: {
    heading: 'Evaluation {{year}}',
    completedNote: 'The evaluation was completed on {{date}}. It can be read and saved as a PDF.',
    stepsLabel: 'Steps of the evaluation',
    stepOf: 'Step {{step}} of {{count}}',
    previous: 'Previous step',
    next: 'Next step',
    delete: 'Delete the evaluation',
    deleteItem: 'Delete the {{year}} evaluation',
  },
  steps: {
    ...sharedEn.steps,
    mus: 'MUS follow-up',
    conclusions: 'Conclusions and decisions',
    complete: 'Complete',
  },
  figures: {
    fetch: 'Fetch figures from the plan',
    refresh: 'Refresh figures',
    notFetched:
      'The figures have not been fetched yet. Once fetched, they are kept in the evaluation, so later changes to the plan do not change what you evaluated.',
    frozen:
      'The figures were fetched from the plan and are kept in the evaluation. They do not change when the plan changes until you press “Refresh figures”.',
    changed:
      'The plan has changed since the figures were fetched. Press “Refresh figures” if the evaluation should build on the plan as it is now.',
    periodChanged:
      'The period has changed since the figures were fetched. Press “Refresh figures” so that they match the period.',
    fetched: 'The figures were fetched from the plan.',
    completedFrozen: 'The evaluation is completed, so the figures are locked.',
    needFigures: 'Fetch the figures from the plan in the first step to see them here.',
  },
  period: {
    from: 'First day of the period',
    to: 'Last day of the period',
    hint: 'Activities ending in the period are part of the evaluation.',
    summary: 'The evaluation covers {{from}} – {{to}}.',
  },
  activities: {
    ...sharedEn.activities,
    lead_one: '{{count}} activity ends in the period.',
    lead_other: '{{count}} activities end in the period.',
    carriedOut: 'Carried out ({{count}})',
    notCarriedOut: 'Not carried out ({{count}})',
    notCarriedOutHint:
      'Write under “Conclusions and decisions” why they were not carried out and whether they belong in next year’s plan.',
    continuing: 'Continuing after the period ({{count}})',
    undated_one: '{{count}} activity has neither a start nor an end date and is not included.',
    undated_other:
      '{{count}} activities have neither a start nor an end date and are not included.',
    meta: '{{status}} · {{progress}} · ends {{end}}',
    noEnd: 'no end date',
    reached: '{{reached}} of {{planned}} participants',
  },
  cost: {
    ...sharedEn.cost,
    bySource: 'By funding source',
  },
  participants: {
    ...sharedEn.participants,
  },
  effect: {
    ...sharedEn.effect,
    measurements_one: '{{count}} measurement ({{baselines}} baseline, {{followUps}} follow-up)',
    measurements_other: '{{count}} measurements ({{baselines}} baseline, {{followUps}} follow-up)',
    change_one: 'Change {{change}} measured against a baseline',
    change_other: 'Average change {{change}} over {{count}} comparisons with a baseline',
    noChange: 'No follow-up to compare with a baseline.',
    blind: 'Blind link: no measurements in the period, so you do not know what happens here.',
    blindCount_one: '{{count}} link is blind.',
    blindCount_other: '{{count}} links are blind.',
    indicator: 'Indicator {{date}}: {{text}}',
    noCompetences: 'No competence was measured in the period.',
  },
  mus: {
    label:
      'How were performance reviews (MUS and GRUS) used to follow up on competence development?',
    hint: 'E.g. whether the development plans from the reviews built on the plan’s competences, and what leaders and employees reported back.',
  },
  conclusions: {
    ...sharedEn.conclusions,
    label: 'The committee’s conclusions',
    hint: 'What worked, what did not and why – including the activities that were not carried out.',
    decisionsHint: 'One decision per item. Next year’s plan can start from them.',
    addDecision: 'New decision',
  },
  complete: {
    checklist: 'Before you complete',
    figuresDone: 'The figures were fetched from the plan',
    figuresMissing: 'The figures have not been fetched',
    musDone: 'The MUS follow-up is described',
    musMissing: 'The MUS follow-up is not described',
    conclusionsDone: 'The conclusions are written',
    conclusionsMissing: 'The conclusions are not written',
    decisions_one: '{{count}} decision for next year',
    decisions_other: '{{count}} decisions for next year',
    decisionsMissing: 'No decisions for next year',
    explain:
      'Once completed, the figures and texts are locked and the evaluation is included in the plan’s PDF. You can reopen it if something needs correcting.',
    submit: 'Complete the evaluation',
    needFigures: 'Fetch the figures from the plan before completing the evaluation.',
    done: 'The evaluation was completed on {{date}}.',
    reopen: 'Reopen the evaluation',
    planStatusExplain:
      'The plan’s status is still “adopted” or “active”. Once the committee has discussed the evaluation, the plan can be marked as evaluated with today’s date.',
    markPlanEvaluated: 'Mark the plan as evaluated',
  },
  seed: {
    heading: 'Next year’s plan',
    explain:
      'The plan is rolled forward: the period becomes {{from}} – {{to}}, the decisions join the committee’s principles and guidelines, and the plan becomes a draft again for the committee to discuss and adopt. The evaluations are kept. To keep the plan as it is, save a copy of it first.',
    noDecisions: 'There are no decisions to start from.',
    start: 'Start next year’s plan from the decisions',
    confirm: 'Yes, roll the plan forward',
    cancel: 'Cancel',
    confirmQuestion: 'Roll the plan forward to next year?',
    done_one: 'The plan was rolled forward. {{count}} decision was added to the principles.',
    done_other: 'The plan was rolled forward. {{count}} decisions were added to the principles.',
    leftOut:
      'These decisions were left out because the list of principles is full (at most 50): {{list}}',
  },
  read: {
    empty: 'Not filled in.',
  },
  pdf: {
    save: 'Save evaluation as PDF…',
    dialogTitle: 'Save the evaluation as a PDF',
    dialogIntro:
      'The PDF has a cover, the figures, the effect chain, the MUS follow-up, the conclusions and the decisions.',
    pathLabel: 'Location of the file',
    pathHint: 'The full path with a file name ending in .pdf',
    submit: 'Save PDF',
    replace: 'Replace the file',
    fileName: 'Annual evaluation {{year}}',
    saved_one: 'The evaluation was saved as a PDF ({{count}} page) here: {{path}}',
    saved_other: 'The evaluation was saved as a PDF ({{count}} pages) here: {{path}}',
    dismiss: 'Dismiss the message',
  },
};
