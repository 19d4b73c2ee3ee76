import type { Language } from '../model/enums';
import { ENTITY_NAMES } from './entity-labels';
import { labelsIn, type LocalizedText } from './localized';

/** Words that several kinds of row use for a field of one meaning, and the columns that show it. */
export const COMMON_FIELD_LABELS = {
  title: { da: 'Titel', en: 'Title' },
  description: { da: 'Beskrivelse', en: 'Description' },
  name: { da: 'Navn', en: 'Name' },
  fromCatalogue: { da: 'Fra kataloget', en: 'From the catalogue' },
  priority: { da: 'Prioritet', en: 'Priority' },
  status: { da: 'Status', en: 'Status' },
  responsible: { da: 'Ansvarlig', en: 'Responsible' },
  date: { da: 'Dato', en: 'Date' },
  note: { da: 'Note', en: 'Note' },
  level: { da: 'Niveau', en: 'Level' },
} satisfies Record<string, LocalizedText>;

const {
  title,
  description,
  name,
  fromCatalogue,
  priority,
  status,
  responsible,
  date,
  note,
  level,
} = COMMON_FIELD_LABELS;

/**
 * The fields of every kind of row, by the model's own field names, with the labels the editor
 * gives them. A screen, a sheet or a PDF that names a field takes its label from here, so the
 * committee reads one word for one field wherever it looks. Each set is in the editor's order;
 * the lists of links (`driverIds` …) are named by `LIST_LABELS` instead.
 */
export const FIELD_LABELS = {
  plan: {
    title: { da: 'Planens titel', en: 'Title of the plan' },
    organisation: { da: 'Organisation', en: 'Organisation' },
    unit: { da: 'Enhed', en: 'Unit' },
    periodStart: { da: 'Planen gælder fra', en: 'The plan runs from' },
    periodEnd: { da: 'Planen gælder til', en: 'The plan runs until' },
    purpose: { da: 'Formål', en: 'Purpose' },
    principles: { da: 'Principper og retningslinjer', en: 'Principles and guidelines' },
    status,
    decisionDate: { da: 'Vedtaget i SU den', en: 'Adopted by the committee on' },
    statusDates: { da: 'Datoer for planens status', en: 'Dates of the plan’s status' },
    fundingRules: {
      da: 'Regler for Den Statslige Kompetencefond',
      en: 'Rules of Den Statslige Kompetencefond',
    },
    language: { da: 'Sprog', en: 'Language' },
    levelMeanings: { da: 'Niveauernes betydning', en: 'Meaning of the levels' },
    agendaRequest: {
      da: 'Indstilling til samarbejdsudvalget',
      en: 'What the committee is asked to decide',
    },
    changeLogLimit: { da: 'Ændringshistorik', en: 'Change history' },
    anonymityThreshold: { da: 'Anonymitetsgrænse', en: 'Anonymity threshold' },
  },
  member: {
    name,
    role: { da: 'Rolle', en: 'Role' },
  },
  targetGroup: {
    name,
    headcount: { da: 'Antal medarbejdere', en: 'Number of employees' },
    description,
  },
  driver: {
    catalogKey: fromCatalogue,
    title,
    description: { da: 'Den lokale situation', en: 'The local situation' },
    priority,
  },
  competence: {
    catalogKey: fromCatalogue,
    title,
    description,
    priority,
    currentLevel: { da: 'Nuværende niveau', en: 'Current level' },
    targetLevel: { da: 'Målniveau', en: 'Target level' },
    learningObjectives: { da: 'Læringsmål', en: 'Learning objectives' },
  },
  method: {
    catalogKey: fromCatalogue,
    title,
    description,
  },
  activity: {
    title,
    description,
    ownerId: responsible,
    start: { da: 'Start', en: 'Start' },
    end: { da: 'Slut', en: 'End' },
    status,
    progress: { da: 'Fremdrift', en: 'Progress' },
    budget: { da: 'Budget', en: 'Budget' },
    spent: { da: 'Forbrugt', en: 'Spent' },
    funding: { da: 'Finansiering', en: 'Funding' },
    participantsPlanned: { da: 'Deltagere, planlagt', en: 'Participants, planned' },
    participantsReached: { da: 'Deltagere, nået', en: 'Participants, reached' },
    fundingApplication: {
      da: 'Oplysninger til fondsansøgning',
      en: 'Details for a fund application',
    },
  },
  measurement: {
    competenceId: ENTITY_NAMES.competence,
    targetGroupId: ENTITY_NAMES.targetGroup,
    date,
    kind: { da: 'Måling', en: 'Measurement' },
    level,
    respondents: { da: 'Besvarelser', en: 'Responses' },
    note,
    effectLink: { da: 'Led i effektkæden', en: 'Link in the effect chain' },
    indicator: { da: 'Indikator', en: 'Indicator' },
    distribution: { da: 'Fordeling på niveauer', en: 'Distribution over levels' },
  },
  yearItem: {
    month: { da: 'Måned', en: 'Month' },
    title,
    description,
    kind: { da: 'Type', en: 'Type' },
    ownerRole: responsible,
  },
  statusSnapshot: {
    date,
    note,
    data: { da: 'Tal på datoen', en: 'Figures on the date' },
  },
  evaluation: {
    year: { da: 'År', en: 'Year' },
    periodStart: { da: 'Perioden fra', en: 'Period from' },
    periodEnd: { da: 'Perioden til', en: 'Period until' },
    figures: { da: 'Tal fra planen', en: 'Figures from the plan' },
    musFollowUp: { da: 'Opfølgning i MUS', en: 'Follow-up in MUS' },
    conclusions: { da: 'Konklusioner', en: 'Conclusions' },
    decisions: { da: 'Beslutninger for næste år', en: 'Decisions for next year' },
    completedAt: { da: 'Afsluttet den', en: 'Completed on' },
  },
  workshop: {
    format: { da: 'Workshopform', en: 'Workshop format' },
    title,
    heldOn: { da: 'Afholdt den', en: 'Held on' },
    targetGroupId: { da: 'Team', en: 'Team' },
    currentStepId: { da: 'Aktuelt trin', en: 'Current step' },
    dotsPerParticipant: { da: 'Prikker pr. deltager', en: 'Dots per participant' },
    votesRevealed: { da: 'Stemmerne vist', en: 'Votes shown' },
    timerStepId: { da: 'Tidtagning for trin', en: 'Timer for step' },
    timerSeconds: { da: 'Tid til trinnet (sekunder)', en: 'Time for the step (seconds)' },
    timerRunningSince: { da: 'Tidtagning startet', en: 'Timer started' },
    timerElapsedSeconds: { da: 'Brugt tid (sekunder)', en: 'Time used (seconds)' },
    endedAt: { da: 'Afsluttet', en: 'Ended' },
  },
  workshopCard: {
    workshopId: ENTITY_NAMES.workshop,
    stepId: { da: 'Trin', en: 'Step' },
    kind: { da: 'Type', en: 'Type' },
    text: { da: 'Tekst', en: 'Text' },
    parked: { da: 'Parkeret', en: 'Parked' },
    impact: { da: 'Effekt', en: 'Impact' },
    effort: { da: 'Ressourcekrav', en: 'Effort' },
    promotedKind: { da: 'Overført til planen som', en: 'Moved into the plan as' },
    promotedId: { da: 'Overført til', en: 'Moved into' },
  },
  workshopVote: {
    workshopId: ENTITY_NAMES.workshop,
    cardId: ENTITY_NAMES.workshopCard,
    participant: { da: 'Deltager', en: 'Participant' },
    dots: { da: 'Prikker', en: 'Dots' },
  },
} satisfies Record<string, Record<string, LocalizedText>>;

/**
 * Shorter labels for some fields where they head a column or stand before a value in the plan's
 * read-only listings: the overview screens, the tables and the documents.
 */
export const LISTING_LABELS = {
  decisionDate: { da: 'Vedtaget i SU', en: 'Adopted by the committee' },
  owner: { da: 'Ansvarlig', en: 'Owner' },
  /** A competence's level, before the span from today's level to the target. */
  level,
  measuredLevel: { da: 'Niveau (1–5)', en: 'Level (1–5)' },
} satisfies Record<string, LocalizedText>;

export type FieldLabelKind = keyof typeof FIELD_LABELS;

/** Every kind's field labels in one language, with the same kinds and fields in the same order. */
export function fieldLabelsIn(language: Language): {
  [K in FieldLabelKind]: Record<keyof (typeof FIELD_LABELS)[K], string>;
} {
  const sets: Record<string, Record<string, LocalizedText>> = FIELD_LABELS;
  const texts: Record<string, Record<string, string>> = {};
  for (const kind of Object.keys(sets)) texts[kind] = labelsIn(language, sets[kind]!);
  return texts as ReturnType<typeof fieldLabelsIn>;
}
