import type { Catalogue } from './da';
import { editorEn } from './namespaces/editor';
import { exportEn } from './namespaces/export';
import { excelImportEn } from './namespaces/excel-import';
import { evaluationEn } from './namespaces/evaluation';
import { guideEn } from './namespaces/guide';
import { helpEn } from './namespaces/help';
import { matchingEn } from './namespaces/matching';
import { plannerEn } from './namespaces/planner';
import { progressEn } from './namespaces/progress';
import { surveyEn } from './namespaces/survey';
import { trendsEn } from './namespaces/trends';
import { sharingEn } from './namespaces/sharing';
import { workshopEn } from './namespaces/workshop';
import { yearEn } from './namespaces/year';
import { sharedLabels } from './shared-labels';

const shared = sharedLabels('en');

export const en: Catalogue = {
  editor: editorEn,
  matching: matchingEn,
  planner: plannerEn,
  progress: progressEn,
  guide: guideEn,
  sharing: sharingEn,
  export: exportEn,
  year: yearEn,
  evaluation: evaluationEn,
  help: helpEn,
  workshop: workshopEn,
  excelImport: excelImportEn,
  survey: surveyEn,
  trends: trendsEn,
  app: {
    name: 'Omstil',
    tagline:
      'Plan competence development for the digital transformation – together in the committee',
    skipToContent: 'Skip to content',
    loading: 'Loading …',
    busy: 'Working …',
    windowTitlePlan: '{{title}} – Omstil',
    version: 'Omstil version {{version}}',
  },
  language: {
    label: 'Language',
    da: 'Dansk',
    en: 'English',
  },
  common: {
    ...shared.common,
    none: 'None',
    cancel: 'Cancel',
    range: '{{from}} – {{to}}',
    from: 'From {{date}}',
    until: 'Until {{date}}',
  },
  start: {
    ...shared.start,
    actionsLabel: 'Get started',
    openPlan: 'Open plan…',
    openExample: 'Open example plan',
    exampleHint:
      'The example plan is a completed plan for an imaginary workplace. Use it to see what a plan can look like before you make your own.',
    recentHeading: 'Recently opened plans',
    recentEmpty: 'You have not opened any plans yet.',
    missing: 'The file no longer exists',
    forget: 'Remove from the list',
    forgetLabel: 'Remove {{name}} from the recently opened plans',
    forgotten: '{{name}} has been removed from the list.',
    openedAt: 'Last opened {{date}}',
    newFileName: 'New plan',
    exampleFileName: 'Example plan',
    copyFileName: '{{name}} (copy)',
  },
  pathDialog: {
    ...shared.pathDialog,
    titleNew: 'Create a new plan',
    titleOpen: 'Open a plan',
    titleSaveCopy: 'Save a copy of the plan',
    introNew:
      'The plan is kept in one file that you can put on a shared drive or send to a colleague. Changes are saved as you work.',
    introOpen: 'Enter where the plan is.',
    introSaveCopy: 'The copy can be sent to a colleague. The plan you have open is not changed.',
    pathLabel: 'File location',
    pathHint: 'The full path with a file name ending in .omstil',
    pathRequired: 'Enter where the file should be.',
    planTitleHint: 'E.g. "Competence plan 2026–2027". The title can be changed later.',
    submitNew: 'Create plan',
    submitOpen: 'Open plan',
    submitSaveCopy: 'Save copy',
    titleImport: 'Import a plan from a JSON file',
    introImport:
      'Enter where the JSON file is, or the workbook, if Omstil exported it with the plan’s data. The plan is saved beside it under the same name, with the extension .omstil.',
    pathHintImport: 'The full path with a file name ending in .json or .xlsx',
    submitImport: 'Import plan',
  },
  error: {
    heading: 'That did not work',
    dismiss: 'Dismiss',
    transport:
      'Omstil could not reach the part of the program that stores the plan ({{detail}}). Try again, or restart Omstil.',
  },
  notice: {
    readOnlyHeading: 'The plan is open read-only',
    fileHeading: 'About the plan file',
    copySaved: 'The copy was saved here: {{path}}',
  },
  plan: {
    ...shared.plan,
    file: 'File',
    navLabel: 'Sections of the plan',
    countLabel: '{{count}} in all',
    sections: { overview: 'Overview', ...shared.planSections },
  },
  overview: {
    ...shared.overview,
    membersEmpty: 'No members have been added yet.',
  },
  priority: shared.priority,
  drivers: shared.drivers,
  targetGroups: {
    ...shared.targetGroups,
    headcount: 'Headcount',
  },
  competences: {
    ...shared.competences,
    levelChange: 'from level {{from}} to level {{to}} on a scale from 1 to 5',
  },
  methods: shared.methods,
  activities: {
    ...shared.activities,
    tableLabel: 'The activities in the plan',
    participantsHint: 'reached of planned',
    participantsValue: '{{reached}} of {{planned}}',
  },
  measurements: {
    ...shared.measurements,
    tableLabel: 'The measurements in the plan',
  },
  enums: shared.enums,
};
