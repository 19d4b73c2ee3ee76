import { editorDa } from './namespaces/editor';
import { exportDa } from './namespaces/export';
import { excelImportDa } from './namespaces/excel-import';
import { evaluationDa } from './namespaces/evaluation';
import { guideDa } from './namespaces/guide';
import { helpDa } from './namespaces/help';
import { matchingDa } from './namespaces/matching';
import { plannerDa } from './namespaces/planner';
import { progressDa } from './namespaces/progress';
import { surveyDa } from './namespaces/survey';
import { trendsDa } from './namespaces/trends';
import { sharingDa } from './namespaces/sharing';
import { workshopDa } from './namespaces/workshop';
import { yearDa } from './namespaces/year';
import { sharedLabels } from './shared-labels';
import type { Texts } from './texts';

const shared = sharedLabels('da');

/**
 * The Danish texts, which are the original: the English catalogue must have exactly the same keys
 * (checked by its type and by a test).
 */
export const da = {
  editor: editorDa,
  matching: matchingDa,
  planner: plannerDa,
  progress: progressDa,
  guide: guideDa,
  sharing: sharingDa,
  export: exportDa,
  year: yearDa,
  evaluation: evaluationDa,
  help: helpDa,
  workshop: workshopDa,
  excelImport: excelImportDa,
  survey: surveyDa,
  trends: trendsDa,
  app: {
    name: 'Omstil',
    tagline:
      'Planlæg kompetenceudvikling til den digitale omstilling – sammen i samarbejdsudvalget',
    skipToContent: 'Gå til indhold',
    loading: 'Henter …',
    busy: 'Arbejder …',
    windowTitlePlan: '{{title}} – Omstil',
    version: 'Omstil version {{version}}',
  },
  language: {
    label: 'Sprog',
    da: 'Dansk',
    en: 'English',
  },
  common: {
    ...shared.common,
    none: 'Ingen',
    cancel: 'Annuller',
    range: '{{from}} – {{to}}',
    from: 'Fra {{date}}',
    until: 'Til {{date}}',
  },
  start: {
    ...shared.start,
    actionsLabel: 'Kom i gang',
    openPlan: 'Åbn plan…',
    openExample: 'Åbn eksempelplan',
    exampleHint:
      'Eksempelplanen er en udfyldt plan for en tænkt arbejdsplads. Brug den til at se, hvordan en plan kan se ud, før I laver jeres egen.',
    recentHeading: 'Senest åbnede planer',
    recentEmpty: 'Du har ikke åbnet nogen planer endnu.',
    missing: 'Filen findes ikke længere',
    forget: 'Fjern fra listen',
    forgetLabel: 'Fjern {{name}} fra listen over senest åbnede planer',
    forgotten: '{{name}} er fjernet fra listen.',
    openedAt: 'Senest åbnet {{date}}',
    newFileName: 'Ny plan',
    exampleFileName: 'Eksempelplan',
    copyFileName: '{{name}} (kopi)',
  },
  pathDialog: {
    ...shared.pathDialog,
    titleNew: 'Opret en ny plan',
    titleOpen: 'Åbn en plan',
    titleSaveCopy: 'Gem en kopi af planen',
    introNew:
      'Planen gemmes som én fil, som I kan lægge på et fælles drev eller sende til en kollega. Ændringer gemmes, efterhånden som I arbejder.',
    introOpen: 'Skriv, hvor planen ligger.',
    introSaveCopy: 'Kopien kan sendes til en kollega. Den plan, du har åben, bliver ikke ændret.',
    pathLabel: 'Filens placering',
    pathHint: 'Den fulde sti med filnavn, der slutter på .omstil',
    pathRequired: 'Skriv, hvor filen skal ligge.',
    planTitleHint: 'Fx »Kompetenceplan 2026–2027«. Titlen kan ændres senere.',
    submitNew: 'Opret plan',
    submitOpen: 'Åbn plan',
    submitSaveCopy: 'Gem kopi',
    titleImport: 'Importér en plan fra en JSON-fil',
    introImport:
      'Skriv, hvor JSON-filen ligger, eller regnearket, hvis det er eksporteret fra Omstil med planens data. Planen gemmes ved siden af den under samme navn, men med endelsen .omstil.',
    pathHintImport: 'Den fulde sti med filnavn, der slutter på .json eller .xlsx',
    submitImport: 'Importér plan',
  },
  error: {
    heading: 'Det lykkedes ikke',
    dismiss: 'Luk beskeden',
    transport:
      'Omstil kunne ikke få forbindelse til den del af programmet, der gemmer planen ({{detail}}). Prøv igen, eller genstart Omstil.',
  },
  notice: {
    readOnlyHeading: 'Planen er åbnet skrivebeskyttet',
    fileHeading: 'Om planfilen',
    copySaved: 'Kopien er gemt her: {{path}}',
  },
  plan: {
    ...shared.plan,
    file: 'Fil',
    navLabel: 'Planens afsnit',
    countLabel: '{{count}} i alt',
    sections: { overview: 'Overblik', ...shared.planSections },
  },
  overview: {
    ...shared.overview,
    membersEmpty: 'Der er endnu ingen medlemmer på listen.',
  },
  priority: shared.priority,
  drivers: shared.drivers,
  targetGroups: {
    ...shared.targetGroups,
    headcount: 'Antal medarbejdere',
  },
  competences: {
    ...shared.competences,
    levelChange: 'fra niveau {{from}} til niveau {{to}} på en skala fra 1 til 5',
  },
  methods: shared.methods,
  activities: {
    ...shared.activities,
    tableLabel: 'Indsatserne i planen',
    participantsHint: 'nået af planlagt',
    participantsValue: '{{reached}} af {{planned}}',
  },
  measurements: {
    ...shared.measurements,
    tableLabel: 'Målingerne i planen',
  },
  enums: shared.enums,
};

/** The shape every catalogue has: the same keys as the Danish one, each a text. */
export type Catalogue = {
  [K in keyof typeof da]: Texts<(typeof da)[K]>;
};
