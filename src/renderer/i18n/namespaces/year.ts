import { COMMON_WORDS } from '../../../shared/i18n/common-words';
import { LIST_LABELS } from '../../../shared/i18n/entity-labels';
import { FIELD_LABELS, LISTING_LABELS } from '../../../shared/i18n/field-labels';
import { pickLabels } from '../../../shared/i18n/localized';
import type { Language } from '../../../shared/model/enums';
import type { Texts } from '../texts';

/** The words the committee's year shares with the exports and the other screens. */
function shared(language: Language) {
  return {
    wheel: {
      ...pickLabels(language, FIELD_LABELS.yearItem, ['month', 'title', 'description', 'kind']),
      ...pickLabels(language, LIST_LABELS, ['activities', 'measurements']),
      owner: LISTING_LABELS.owner[language],
    },
    funding: pickLabels(language, COMMON_WORDS, ['yes', 'no']),
    status: { jump: FIELD_LABELS.plan.status[language] },
  };
}

const sharedDa = shared('da');
const sharedEn = shared('en');

/**
 * Texts of the committee's recurring year: the årshjul, funding readiness for Den Statslige
 * Kompetencefond, the plan's status flow and where each recent plan stands. Danish is the
 * original; English has the same keys.
 */
export const yearDa = {
  wheel: {
    ...sharedDa.wheel,
    intro:
      'Udvalgets år måned for måned: SU-møder, MUS og GRUS, budget, målinger, den årlige evaluering og fondens frister – og hvem der har ansvaret.',
    next: 'Næste punkt: {{title}}',
    nextWhenThisMonth: 'denne måned ({{month}})',
    nextWhenLater: '{{month}} {{year}}',
    nextNone: 'Årshjulet har endnu ingen punkter.',
    figureLabel: 'Årshjulet som tegning',
    figureDescription:
      'Årshjulet med tolv måneder og {{count}} punkter. Indeværende måned er {{month}}. Listen ved siden af viser de samme punkter.',
    today: 'Nu',
    legend: 'Signaturforklaring',
    markTitle: '{{title}} ({{month}})',
    restore: 'Gendan standardårshjul',
    add: 'Tilføj standardårshjul',
    addHint:
      'Tilføjer et forslag til årshjulet for planens periode: SU-møder, målinger, MUS og GRUS, budget, den årlige evaluering og fondens frister. Bagefter kan I rette, flytte og slette punkterne.',
    restoreHint:
      'Tilføjer de af standardårshjulets punkter, som mangler. Jeres egne punkter bliver ikke ændret eller slettet.',
    restored_one: '{{count}} punkt fra standardårshjulet er tilføjet.',
    restored_other: '{{count}} punkter fra standardårshjulet er tilføjet.',
    restoredNone: 'Årshjulet har allerede alle standardårshjulets punkter.',
    listLabel: 'Årshjulets punkter måned for måned',
    monthEmpty: 'Intet planlagt.',
    thisMonth: 'denne måned',
    edit: 'Redigér',
    hide: 'Skjul',
    editItem: 'Redigér »{{name}}«',
    hideItem: 'Skjul felterne for »{{name}}«',
    delete: 'Slet',
    deleteItem: 'Slet »{{name}}«',
    noOwner: 'Ingen ansvarlig angivet',
    links_one: '{{count}} tilknytning',
    links_other: '{{count}} tilknytninger',
    ownerNone: 'Ikke angivet',
    activitiesEmpty: 'Ingen indsatser er knyttet til punktet.',
    addActivity: 'Knyt en indsats til punktet',
    measurementsEmpty: 'Ingen målinger er knyttet til punktet.',
    addMeasurement: 'Knyt en måling til punktet',
    measurementName: '{{competence}}, {{date}}',
    addHeading: 'Tilføj et punkt til årshjulet',
    addTitle: 'Titel på det nye punkt',
    addSubmit: 'Tilføj punkt',
  },
  funding: {
    ...sharedDa.funding,
    intro:
      'Et tjek – ikke en ansøgning: om hver indsats sandsynligvis kan få støtte fra Den Statslige Kompetencefond, hvorfor, og hvilke oplysninger ansøgningen vil kræve.',
    listLabel: 'Indsatserne og deres vurdering',
    empty:
      'Der er ingen indsatser at vurdere. Gennemførte og aflyste indsatser er ikke med, fordi der ikke længere kan søges til dem.',
    verdict: 'Vurdering',
    reasons: 'Begrundelse',
    noReasons: 'Ingen af reglerne taler imod.',
    missing: 'Mangler: {{fields}}',
    effect: {
      'not-eligible': 'Udelukker støtte',
      check: 'Skal undersøges',
      note: 'Taler for',
    },
    approvalRule:
      'Ansøgningen skal være godkendt af både medarbejder og leder, før aktiviteten begynder.',
    edit: 'Udfyld ansøgningsoplysninger',
    hide: 'Skjul ansøgningsoplysninger',
    editItem: 'Udfyld ansøgningsoplysninger for »{{name}}«',
    hideItem: 'Skjul ansøgningsoplysninger for »{{name}}«',
    fieldsHeading: 'Oplysninger til ansøgningen',
    fieldsHint:
      'Titel og datoer er hentet fra indsatsen. Det, I skriver her, gemmes ved indsatsen og bruges kun til vurderingen.',
    unknown: 'Ved ikke',
    notSet: 'Ikke angivet',
    rulesHeading: 'Fondens regler',
    rulesChecked: 'Sidst kontrolleret {{date}}',
    rulesSource: 'Kilde: {{source}}',
    rulesOwn: 'Planen bruger sine egne, redigerede regler.',
    rulesDefault: 'Planen bruger Omstils standardregler.',
    rulesListLabel: 'Reglerne',
    requiredFields: 'Oplysninger, ansøgningen skal have: {{fields}}.',
    reminderDays:
      'Påmindelsen om godkendelse vises, når der er {{count}} dage eller færre til start.',
    editRules: 'Redigér reglerne som JSON',
    closeEditor: 'Luk uden at gemme',
    rulesText: 'Reglerne som JSON',
    rulesTextHint:
      'Ret reglerne, når fonden ændrer sine. Intet gemmes, før reglerne er gyldige; fejl vises med stien til det forkerte sted.',
    saveRules: 'Gem regler',
    rulesSaved: 'Reglerne er gemt. Vurderingerne er opdateret.',
    resetRules: 'Brug standardreglerne igen',
    rulesReset: 'Planen bruger igen standardreglerne.',
    invalidJson: 'Teksten kan ikke læses som JSON (linje {{line}}, tegn {{column}}).',
    invalidJsonNoPosition: 'Teksten kan ikke læses som JSON.',
    invalidRules: 'Reglerne er ikke gemt, fordi der er fejl:',
    errorAt: '{{path}}: {{message}}',
    rootPath: 'Hele filen',
  },
  status: {
    ...sharedDa.status,
    heading: 'Planens forløb',
    hint: 'Planen går fra kladde over drøftelse og vedtagelse i SU til at være i gang og til sidst evalueret. Datoen for hvert trin registreres, når planen går videre, og kan rettes.',
    stepsLabel: 'Faser i planens forløb',
    current: 'nuværende trin',
    notReached: 'Ikke nået',
    forward: 'Gå videre til »{{status}}«',
    back: 'Tilbage til »{{status}}«',
    dateOf: {
      draft: 'Kladde oprettet den',
      discussed: 'Drøftet i SU den',
      adopted: 'Vedtaget i SU den',
      active: 'Sat i gang den',
      evaluated: 'Evalueret den',
    },
    moved: 'Planens status er nu »{{status}}«.',
  },
  recent: {
    status: 'Status: {{status}}',
    next: 'Næste punkt i årshjulet: {{title}} ({{month}})',
    evaluationDue: 'Den årlige evaluering for {{year}} mangler',
    evaluationDone: 'Årlig evaluering for {{year}} er lavet',
    evaluationNotYet: 'Årlig evaluering i {{month}} {{year}}',
  },
};

export const yearEn: Texts<typeof yearDa> = {
  wheel: {
    ...sharedEn.wheel,
    intro:
      'The committee’s year month by month: committee meetings, MUS and GRUS, budget, measurements, the annual evaluation and the fund’s deadlines – and who is responsible.',
    next: 'Next item: {{title}}',
    nextWhenThisMonth: 'this month ({{month}})',
    nextWhenLater: '{{month}} {{year}}',
    nextNone: 'The year wheel has no items yet.',
    figureLabel: 'The year wheel as a drawing',
    figureDescription:
      'The year wheel with twelve months and {{count}} items. The current month is {{month}}. The list beside it shows the same items.',
    today: 'Now',
    legend: 'Key',
    markTitle: '{{title}} ({{month}})',
    restore: 'Restore the default year wheel',
    add: 'Add the default year wheel',
    addHint:
      'Adds a suggested year wheel for the plan’s period: committee meetings, measurements, MUS and GRUS, budget, the annual evaluation and the fund’s deadlines. You can then edit, move and delete the items.',
    restoreHint:
      'Adds the default year wheel’s items that are missing. Your own items are neither changed nor deleted.',
    restored_one: '{{count}} item from the default year wheel was added.',
    restored_other: '{{count}} items from the default year wheel were added.',
    restoredNone: 'The year wheel already has all the default items.',
    listLabel: 'The year wheel’s items month by month',
    monthEmpty: 'Nothing planned.',
    thisMonth: 'this month',
    edit: 'Edit',
    hide: 'Hide',
    editItem: 'Edit “{{name}}”',
    hideItem: 'Hide the fields of “{{name}}”',
    delete: 'Delete',
    deleteItem: 'Delete “{{name}}”',
    noOwner: 'No owner given',
    links_one: '{{count}} link',
    links_other: '{{count}} links',
    ownerNone: 'Not given',
    activitiesEmpty: 'No activities are linked to the item.',
    addActivity: 'Link an activity to the item',
    measurementsEmpty: 'No measurements are linked to the item.',
    addMeasurement: 'Link a measurement to the item',
    measurementName: '{{competence}}, {{date}}',
    addHeading: 'Add an item to the year wheel',
    addTitle: 'Title of the new item',
    addSubmit: 'Add item',
  },
  funding: {
    ...sharedEn.funding,
    intro:
      'A check – not an application: whether each activity is likely to get support from Den Statslige Kompetencefond, why, and what the application will need.',
    listLabel: 'The activities and their assessment',
    empty:
      'There are no activities to assess. Activities that are done or cancelled are left out, since they can no longer be applied for.',
    verdict: 'Assessment',
    reasons: 'Reasons',
    noReasons: 'None of the rules speaks against it.',
    missing: 'Missing: {{fields}}',
    effect: {
      'not-eligible': 'Rules out support',
      check: 'Must be checked',
      note: 'Speaks for it',
    },
    approvalRule:
      'The application must be approved by both employee and manager before the activity starts.',
    edit: 'Fill in application details',
    hide: 'Hide application details',
    editItem: 'Fill in application details for “{{name}}”',
    hideItem: 'Hide application details for “{{name}}”',
    fieldsHeading: 'Details for the application',
    fieldsHint:
      'Title and dates are taken from the activity. What you write here is kept with the activity and only used for the assessment.',
    unknown: 'Don’t know',
    notSet: 'Not given',
    rulesHeading: 'The fund’s rules',
    rulesChecked: 'Last checked {{date}}',
    rulesSource: 'Source: {{source}}',
    rulesOwn: 'The plan uses its own, edited rules.',
    rulesDefault: 'The plan uses Omstil’s default rules.',
    rulesListLabel: 'The rules',
    requiredFields: 'Details the application must have: {{fields}}.',
    reminderDays:
      'The reminder about approval is shown when there are {{count}} days or fewer until the start.',
    editRules: 'Edit the rules as JSON',
    closeEditor: 'Close without saving',
    rulesText: 'The rules as JSON',
    rulesTextHint:
      'Correct the rules when the fund changes its own. Nothing is saved until the rules are valid; errors are shown with the path to what is wrong.',
    saveRules: 'Save rules',
    rulesSaved: 'The rules were saved. The assessments are updated.',
    resetRules: 'Use the default rules again',
    rulesReset: 'The plan uses the default rules again.',
    invalidJson: 'The text cannot be read as JSON (line {{line}}, character {{column}}).',
    invalidJsonNoPosition: 'The text cannot be read as JSON.',
    invalidRules: 'The rules were not saved because of errors:',
    errorAt: '{{path}}: {{message}}',
    rootPath: 'The whole file',
  },
  status: {
    ...sharedEn.status,
    heading: 'Course of the plan',
    hint: 'The plan goes from draft through discussion and adoption by the committee to being under way and finally evaluated. The date of each step is recorded when the plan moves on, and can be corrected.',
    stepsLabel: 'Phases of the plan',
    current: 'current step',
    notReached: 'Not reached',
    forward: 'Move on to “{{status}}”',
    back: 'Back to “{{status}}”',
    dateOf: {
      draft: 'Draft created on',
      discussed: 'Discussed by the committee on',
      adopted: 'Adopted by the committee on',
      active: 'Started on',
      evaluated: 'Evaluated on',
    },
    moved: 'The plan’s status is now “{{status}}”.',
  },
  recent: {
    status: 'Status: {{status}}',
    next: 'Next in the year wheel: {{title}} ({{month}})',
    evaluationDue: 'The annual evaluation for {{year}} is due',
    evaluationDone: 'Annual evaluation for {{year}} done',
    evaluationNotYet: 'Annual evaluation in {{month}} {{year}}',
  },
};
