import { enumLabelsIn, priorityWordsIn } from '../../shared/i18n/enum-labels';
import type { Catalogue } from './da';
import { editorEn } from './namespaces/editor';
import { exportEn } from './namespaces/export';
import { evaluationEn } from './namespaces/evaluation';
import { guideEn } from './namespaces/guide';
import { matchingEn } from './namespaces/matching';
import { plannerEn } from './namespaces/planner';
import { progressEn } from './namespaces/progress';
import { sharingEn } from './namespaces/sharing';
import { yearEn } from './namespaces/year';

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
    notSet: 'Not set',
    none: 'None',
    cancel: 'Cancel',
    total: 'Total',
    range: '{{from}} – {{to}}',
    from: 'From {{date}}',
    until: 'Until {{date}}',
  },
  start: {
    actionsLabel: 'Get started',
    newPlan: 'New plan…',
    openPlan: 'Open plan…',
    openExample: 'Open example plan',
    exampleHint:
      'The example plan is a completed plan for an imaginary workplace. Use it to see what a plan can look like before you make your own.',
    recentHeading: 'Recently opened plans',
    recentEmpty: 'You have not opened any plans yet.',
    missing: 'The file no longer exists',
    openedAt: 'Last opened {{date}}',
    newFileName: 'New plan',
    exampleFileName: 'Example plan',
    copyFileName: '{{name}} (copy)',
  },
  pathDialog: {
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
    planTitleLabel: 'Title of the plan',
    planTitleHint: 'E.g. "Competence plan 2026–2027". The title can be changed later.',
    submitNew: 'Create plan',
    submitOpen: 'Open plan',
    submitSaveCopy: 'Save copy',
  },
  error: {
    heading: 'That did not work',
    dismiss: 'Dismiss',
    transport:
      'Omstil could not reach the part of the program that stores the plan ({{detail}}). Try again, or restart Omstil.',
  },
  notice: {
    readOnlyHeading: 'The plan is open read-only',
    copySaved: 'The copy was saved here: {{path}}',
  },
  plan: {
    close: 'Close plan',
    file: 'File',
    navLabel: 'Sections of the plan',
    countLabel: '{{count}} in all',
    sections: {
      overview: 'Overview',
      drivers: 'Drivers',
      targetGroups: 'Target groups',
      competences: 'Competences',
      methods: 'Methods',
      activities: 'Activities',
      measurements: 'Measurements',
    },
  },
  overview: {
    organisation: 'Organisation',
    unit: 'Unit',
    period: 'Period',
    status: 'Status',
    decisionDate: 'Adopted by the committee',
    purpose: 'Purpose',
    purposeEmpty: 'The purpose has not been described yet.',
    principles: 'Principles and guidelines',
    principlesEmpty: 'There are no principles yet.',
    members: 'The cooperation committee',
    membersEmpty: 'No members have been added yet.',
    memberName: 'Name',
    memberRole: 'Role',
  },
  priority: { label: 'Priority', ...priorityWordsIn('en') },
  drivers: {
    empty: 'There are no drivers yet.',
  },
  targetGroups: {
    empty: 'There are no target groups yet.',
    name: 'Target group',
    headcount: 'Headcount',
    description: 'Description',
  },
  competences: {
    empty: 'There are no competences yet.',
    level: 'Level',
    levelChange: 'from level {{from}} to level {{to}} on a scale from 1 to 5',
    drivers: 'Drivers',
    targetGroups: 'Target groups',
    methods: 'Methods',
    learningObjectives: 'Learning objectives',
    learningObjectivesEmpty: 'There are no learning objectives yet.',
  },
  methods: {
    empty: 'There are no methods yet.',
  },
  activities: {
    empty: 'There are no activities yet.',
    tableLabel: 'The activities in the plan',
    title: 'Activity',
    owner: 'Owner',
    period: 'Period',
    status: 'Status',
    progress: 'Progress',
    budget: 'Budget',
    spent: 'Spent',
    funding: 'Funding',
    participants: 'Participants',
    participantsHint: 'reached of planned',
    participantsValue: '{{reached}} of {{planned}}',
    competences: 'Competences',
  },
  measurements: {
    empty: 'There are no measurements yet.',
    tableLabel: 'The measurements in the plan',
    competence: 'Competence',
    targetGroup: 'Target group',
    allTargetGroups: 'All target groups',
    date: 'Date',
    kind: 'Measurement',
    level: 'Level (1–5)',
    respondents: 'Responses',
    effectLink: 'Link in the effect chain',
  },
  enums: enumLabelsIn('en'),
};
