import { COMMAND_LABELS } from '../../../shared/i18n/command-labels';
import { COMMON_WORDS } from '../../../shared/i18n/common-words';
import { EMPTY_LIST_TEXTS } from '../../../shared/i18n/empty-texts';
import { ENTITY_NAMES, LIST_LABELS } from '../../../shared/i18n/entity-labels';
import { FIELD_LABELS } from '../../../shared/i18n/field-labels';
import { labelsIn, pickLabels, renameLabels } from '../../../shared/i18n/localized';
import { PDF_SECTION_LABELS } from '../../../shared/i18n/pdf-sections';
import type { Language } from '../../../shared/model/enums';
import type { Texts } from '../texts';

/** The words the planner shares with the exports, the menu and the other screens. */
function shared(language: Language) {
  const empty = (list: keyof typeof EMPTY_LIST_TEXTS) => EMPTY_LIST_TEXTS[list][language];
  const listLabel = (list: keyof typeof LIST_LABELS) => LIST_LABELS[list][language];
  return {
    views: {
      ...labelsIn(language, LIST_LABELS),
      ...pickLabels(language, PDF_SECTION_LABELS, ['impactMap', 'yearWheel', 'evaluation']),
    },
    toolbar: pickLabels(language, COMMAND_LABELS, ['undo', 'redo']),
    overview: {
      ...pickLabels(language, FIELD_LABELS.plan, [
        'title',
        'organisation',
        'unit',
        'periodStart',
        'periodEnd',
        'purpose',
        'status',
        'decisionDate',
      ]),
      principlesHeading: FIELD_LABELS.plan.principles[language],
      membersHeading: PDF_SECTION_LABELS.committee[language],
      logHeading: FIELD_LABELS.plan.changeLogLimit[language],
    },
    members: {
      empty: empty('members'),
      ...renameLabels(language, FIELD_LABELS.member, {
        name: 'name',
        role: 'role',
        newName: 'name',
        newRole: 'role',
      }),
    },
    targetGroups: {
      listLabel: listLabel('targetGroups'),
      empty: empty('targetGroups'),
      ...pickLabels(language, FIELD_LABELS.targetGroup, ['name', 'headcount', 'description']),
    },
    activities: {
      listLabel: listLabel('activities'),
      empty: empty('activities'),
      ...pickLabels(language, FIELD_LABELS.activity, [
        'title',
        'description',
        'start',
        'end',
        'status',
        'progress',
        'budget',
        'spent',
        'funding',
        'participantsPlanned',
        'participantsReached',
      ]),
      owner: FIELD_LABELS.activity.ownerId[language],
      ...pickLabels(language, LIST_LABELS, ['competences', 'methods', 'targetGroups']),
    },
    filter: {
      ...renameLabels(language, FIELD_LABELS.activity, { status: 'status', owner: 'ownerId' }),
      ...pickLabels(language, ENTITY_NAMES, ['competence', 'targetGroup']),
    },
    measurements: {
      listLabel: listLabel('measurements'),
      empty: empty('measurements'),
      ...renameLabels(language, FIELD_LABELS.measurement, {
        competence: 'competenceId',
        targetGroup: 'targetGroupId',
      }),
      ...pickLabels(language, FIELD_LABELS.measurement, [
        'date',
        'kind',
        'level',
        'respondents',
        'effectLink',
        'indicator',
        'note',
      ]),
      allTargetGroups: COMMON_WORDS.allTargetGroups[language],
    },
  };
}

const sharedDa = shared('da');
const sharedEn = shared('en');

/** Texts of the planner part of the interface. Danish is the original; English has the same keys. */
export const plannerDa = {
  nav: {
    label: 'Planens trin',
    count: '{{count}} i alt',
    empty: 'ikke påbegyndt',
    filled: '{{done}} af {{total}} udfyldt',
  },
  views: {
    ...sharedDa.views,
    overview: 'Overblik',
    progress: 'Fremdrift',
    timeline: 'Tidslinje',
    effect: 'Effekt',
    funding: 'Kompetencefonden',
  },
  intro: {
    overview:
      'Planens ramme: hvem der står bag, hvad I vil opnå, og de principper og retningslinjer for kompetenceudvikling, som SU fastlægger efter Kompetenceaftalens § 8.',
    targetGroups:
      'De grupper af medarbejdere, som indsatserne retter sig mod. Planen nævner grupper, ikke enkeltpersoner – den enkeltes udvikling hører til i MUS.',
    activities:
      'De konkrete indsatser: hvem der har ansvaret, hvornår de ligger, hvad de koster, og hvor langt de er.',
    measurements:
      'Målinger af kompetenceniveauet før og efter indsatserne, så SU kan følge effekten.',
  },
  toolbar: {
    ...sharedDa.toolbar,
    label: 'Redigering',
    undoTitle: 'Fortryd: {{what}} (Ctrl+Z)',
    redoTitle: 'Gentag: {{what}} (Ctrl+Shift+Z)',
    nothingToUndo: 'Der er intet at fortryde',
    nothingToRedo: 'Der er intet at gentage',
  },
  list: {
    moveUp: 'Flyt op',
    moveDown: 'Flyt ned',
    moveUpItem: 'Flyt »{{name}}« op',
    moveDownItem: 'Flyt »{{name}}« ned',
    delete: 'Slet',
    deleteItem: 'Slet »{{name}}«',
    moved: '»{{name}}« er nu nummer {{position}} af {{count}}.',
    reorderHint: 'Tip: Alt+pil op og Alt+pil ned flytter den række, du står i.',
  },
  overview: {
    ...sharedDa.overview,
    planHeading: 'Planen',
    organisationHint: 'Fx styrelsens eller institutionens navn',
    unitHint: 'Fx et center, et kontor eller en afdeling',
    purposeHint: 'Hvad vil SU opnå med planen?',
    decisionDateHint: 'Datoen for SU-mødet, hvor planen blev vedtaget',
    principlesHint:
      'SU’s kompetencestrategi: de principper og retningslinjer, som kompetenceudviklingen skal følge. Skriv dem kort og i prioriteret rækkefølge.',
    principles: 'Principper',
    addPrinciple: 'Nyt princip',
    membersHint: 'Medlemmerne af SU, som står bag planen.',
    logIntro:
      'Omstil gemmer hver ændring af planen, så to kopier af den kan flettes ændring for ændring. Når planen lukkes, lægges de ændringer, der er ældre end det antal, der er valgt her, sammen, og de enkelte ændringer slettes fra filen. Planens indhold ændres ikke. 5.000 ændringer fylder omkring 1,6 MB.',
    logLimit: 'Gem ændringshistorik for de seneste',
    logLimitUnit: 'ændringer',
    logMerge:
      'En kopi, der blev sendt, før der blev foretaget flere ændringer end det valgte antal, kan stadig flettes, men Omstil kan så ikke se, hvem der har ændret hvad. Hvert felt, der er forskelligt i de to kopier, skal da afgøres manuelt, og det, der kun findes i den ene kopi, kommer med i den flettede plan – også hvis det er slettet i den anden.',
    logLimitHint: 'Et helt tal fra 1.000 til 100.000. Omstil foreslår 5.000.',
  },
  members: {
    ...sharedDa.members,
    listLabel: 'Medlemmer af samarbejdsudvalget',
    addHeading: 'Tilføj et medlem',
    add: 'Tilføj medlem',
    member: 'Medlem {{number}}',
  },
  targetGroups: {
    ...sharedDa.targetGroups,
    headcountUnit: 'medarbejdere',
    descriptionHint: 'Hvem er de, og hvad kendetegner deres arbejde i dag?',
    addHeading: 'Tilføj en målgruppe',
    newName: 'Navn på målgruppen',
    add: 'Tilføj målgruppe',
  },
  activities: {
    ...sharedDa.activities,
    noMatches: 'Ingen indsatser passer til søgningen.',
    shown: 'Viser {{shown}} af {{total}} indsatser',
    add: 'Tilføj indsats',
    addHeading: 'Tilføj en indsats',
    newTitle: 'Titel på den nye indsats',
    untitled: 'Ny indsats',
    listHint:
      'Brug pil op og ned for at vælge en indsats. Alt+pil op og ned flytter den valgte. Delete sletter den.',
    reorderFiltered: 'Ryd søgning og filtre for at flytte indsatser.',
    selectHint: 'Vælg en indsats i listen for at redigere den.',
    editHeading: 'Indsatsen »{{title}}«',
    details: 'Oplysninger',
    noOwner: 'Ingen ansvarlig',
    ownerHint: 'Et medlem af SU. Tilføj medlemmer under Overblik.',
    fundingHint: 'Fx driftsbudget eller Den Statslige Kompetencefond',
    participantsUnit: 'personer',
    currency: 'kr.',
    links: 'Sammenhæng i planen',
    competencesEmpty: 'Indsatsen er ikke knyttet til nogen kompetence.',
    addCompetence: 'Tilføj kompetence',
    methodsEmpty: 'Indsatsen bruger endnu ingen metode.',
    addMethod: 'Tilføj metode',
    targetGroupsEmpty: 'Indsatsen er ikke rettet mod nogen målgruppe.',
    addTargetGroup: 'Tilføj målgruppe',
    close: 'Luk',
    rowOwner: 'Ansvarlig: {{name}}',
    rowProgress: '{{percent}} gennemført',
    rowBudget: 'Budget {{amount}}',
  },
  filter: {
    ...sharedDa.filter,
    label: 'Søg og filtrér',
    search: 'Søg',
    searchHint: 'I titel, beskrivelse og finansiering',
    from: 'Periode fra',
    to: 'Periode til',
    any: 'Alle',
    noOwner: 'Uden ansvarlig',
    reset: 'Ryd søgning og filtre',
    toggle: 'Filtre',
    toggleActive_one: 'Filtre ({{count}} valgt)',
    toggleActive_other: 'Filtre ({{count}} valgt)',
  },
  measurements: {
    ...sharedDa.measurements,
    needsCompetence:
      'Tilføj først en kompetence under Kompetencer; en måling gælder altid en kompetence.',
    addHeading: 'Tilføj en måling',
    add: 'Tilføj måling',
    title: '{{competence}}, {{date}}',
    levelHint: 'Gennemsnit på skalaen 1–5; decimaler er tilladt',
    effectLinkHint: 'Hvor på Kompetencesekretariatets effektkæde målingen ligger',
    indicatorHint: 'Hvad der er målt, hvis det ikke er et niveau',
    levelValue: 'niveau {{level}}',
    edit: 'Redigér',
    hide: 'Skjul',
    editItem: 'Redigér »{{name}}«',
    hideItem: 'Skjul felterne for »{{name}}«',
    /** A survey's answers per step of the scale, on the measurement's card (xlsfix). */
    distribution: {
      caption: 'Besvarelser fordelt på niveauer',
      level: 'Niveau',
      step: '{{step}} · {{meaning}}',
      count: 'Besvarelser',
      share: 'Andel',
      total: 'I alt',
    },
  },
};

export const plannerEn: Texts<typeof plannerDa> = {
  nav: {
    label: 'Steps of the plan',
    count: '{{count}} in all',
    empty: 'not started',
    filled: '{{done}} of {{total}} filled in',
  },
  views: {
    ...sharedEn.views,
    overview: 'Overview',
    progress: 'Progress',
    timeline: 'Timeline',
    effect: 'Effect',
    funding: 'Competence fund',
  },
  intro: {
    overview:
      'The frame of the plan: who stands behind it, what you want to achieve, and the principles and guidelines for competence development that the committee sets under section 8 of the Competence Agreement.',
    targetGroups:
      'The groups of employees the activities are aimed at. The plan names groups, not individuals – a person’s own development belongs in their MUS.',
    activities:
      'The concrete activities: who is responsible, when they take place, what they cost and how far they have come.',
    measurements:
      'Measurements of the competence level before and after the activities, so the committee can follow the effect.',
  },
  toolbar: {
    ...sharedEn.toolbar,
    label: 'Editing',
    undoTitle: 'Undo: {{what}} (Ctrl+Z)',
    redoTitle: 'Redo: {{what}} (Ctrl+Shift+Z)',
    nothingToUndo: 'There is nothing to undo',
    nothingToRedo: 'There is nothing to redo',
  },
  list: {
    moveUp: 'Move up',
    moveDown: 'Move down',
    moveUpItem: 'Move “{{name}}” up',
    moveDownItem: 'Move “{{name}}” down',
    delete: 'Delete',
    deleteItem: 'Delete “{{name}}”',
    moved: '“{{name}}” is now number {{position}} of {{count}}.',
    reorderHint: 'Tip: Alt+Up and Alt+Down move the row you are in.',
  },
  overview: {
    ...sharedEn.overview,
    planHeading: 'The plan',
    organisationHint: 'E.g. the name of the agency or institution',
    unitHint: 'E.g. a centre, an office or a department',
    purposeHint: 'What does the committee want to achieve with the plan?',
    decisionDateHint: 'The date of the committee meeting that adopted the plan',
    principlesHint:
      'The committee’s competence strategy: the principles and guidelines competence development is to follow. Keep them short and in order of priority.',
    principles: 'Principles',
    addPrinciple: 'New principle',
    membersHint: 'The members of the committee who stand behind the plan.',
    logIntro:
      'Omstil keeps every change to the plan, so that two copies of it can be merged change by change. When the plan is closed, changes older than the number chosen here are folded together and the single changes deleted from the file. The plan’s content does not change. 5,000 changes take about 1.6 MB.',
    logLimit: 'Keep the change history of the latest',
    logLimitUnit: 'changes',
    logMerge:
      'A copy sent before more changes than the number chosen were made can still be merged, but Omstil cannot then tell who changed what. Every field that differs between the two copies must then be decided by hand, and anything only one copy has goes into the merged plan – even if it was deleted in the other.',
    logLimitHint: 'A whole number from 1,000 to 100,000. Omstil suggests 5,000.',
  },
  members: {
    ...sharedEn.members,
    listLabel: 'Members of the cooperation committee',
    addHeading: 'Add a member',
    add: 'Add member',
    member: 'Member {{number}}',
  },
  targetGroups: {
    ...sharedEn.targetGroups,
    headcountUnit: 'employees',
    descriptionHint: 'Who are they, and what marks their work today?',
    addHeading: 'Add a target group',
    newName: 'Name of the target group',
    add: 'Add target group',
  },
  activities: {
    ...sharedEn.activities,
    noMatches: 'No activities match the search.',
    shown: 'Showing {{shown}} of {{total}} activities',
    add: 'Add activity',
    addHeading: 'Add an activity',
    newTitle: 'Title of the new activity',
    untitled: 'New activity',
    listHint:
      'Use the up and down arrows to choose an activity. Alt+Up and Alt+Down move the chosen one. Delete deletes it.',
    reorderFiltered: 'Clear the search and filters to move activities.',
    selectHint: 'Choose an activity in the list to edit it.',
    editHeading: 'The activity “{{title}}”',
    details: 'Details',
    noOwner: 'No one responsible',
    ownerHint: 'A member of the committee. Add members under Overview.',
    fundingHint: 'E.g. operating budget or the State Competence Fund',
    participantsUnit: 'people',
    currency: 'DKK',
    links: 'Connections in the plan',
    competencesEmpty: 'The activity is not linked to any competence.',
    addCompetence: 'Add competence',
    methodsEmpty: 'The activity uses no method yet.',
    addMethod: 'Add method',
    targetGroupsEmpty: 'The activity is not aimed at any target group.',
    addTargetGroup: 'Add target group',
    close: 'Close',
    rowOwner: 'Responsible: {{name}}',
    rowProgress: '{{percent}} done',
    rowBudget: 'Budget {{amount}}',
  },
  filter: {
    ...sharedEn.filter,
    label: 'Search and filter',
    search: 'Search',
    searchHint: 'In title, description and funding',
    from: 'Period from',
    to: 'Period until',
    any: 'All',
    noOwner: 'No one responsible',
    reset: 'Clear search and filters',
    toggle: 'Filters',
    toggleActive_one: 'Filters ({{count}} chosen)',
    toggleActive_other: 'Filters ({{count}} chosen)',
  },
  measurements: {
    ...sharedEn.measurements,
    needsCompetence:
      'First add a competence under Competences; a measurement always concerns a competence.',
    addHeading: 'Add a measurement',
    add: 'Add measurement',
    title: '{{competence}}, {{date}}',
    levelHint: 'Average on the 1–5 scale; decimals are allowed',
    effectLinkHint: 'Where on the Competence Secretariat’s effect chain the measurement lies',
    indicatorHint: 'What was measured, when it is not a level',
    levelValue: 'level {{level}}',
    edit: 'Edit',
    hide: 'Hide',
    editItem: 'Edit “{{name}}”',
    hideItem: 'Hide the fields of “{{name}}”',
    distribution: {
      caption: 'Responses by level',
      level: 'Level',
      step: '{{step}} · {{meaning}}',
      count: 'Responses',
      share: 'Share',
      total: 'Total',
    },
  },
};
