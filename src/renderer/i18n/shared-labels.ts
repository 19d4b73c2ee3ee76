import { COMMAND_LABELS } from '../../shared/i18n/command-labels';
import { COMMON_WORDS } from '../../shared/i18n/common-words';
import { EMPTY_FIELD_TEXTS, EMPTY_LIST_TEXTS } from '../../shared/i18n/empty-texts';
import { enumLabelsIn, priorityWordsIn } from '../../shared/i18n/enum-labels';
import { ENTITY_NAMES, LIST_LABELS } from '../../shared/i18n/entity-labels';
import { FIELD_LABELS, LISTING_LABELS } from '../../shared/i18n/field-labels';
import { FIGURE_LABELS } from '../../shared/i18n/figure-labels';
import { labelsIn, pickLabels, renameLabels } from '../../shared/i18n/localized';
import { PDF_SECTION_LABELS } from '../../shared/i18n/pdf-sections';
import type { Language } from '../../shared/model/enums';

/**
 * The words of the program's own catalogue (`da.ts`, `en.ts`) that it shares with the exports,
 * the menu and the namespaces, in one language, under the keys the catalogue reads them by.
 */
export function sharedLabels(language: Language) {
  const empty = (list: keyof typeof EMPTY_LIST_TEXTS) => EMPTY_LIST_TEXTS[list][language];
  const plan = FIELD_LABELS.plan;
  const activity = FIELD_LABELS.activity;
  const measurement = FIELD_LABELS.measurement;
  return {
    common: pickLabels(language, COMMON_WORDS, ['notSet', 'total']),
    start: pickLabels(language, COMMAND_LABELS, ['newPlan', 'importPlan']),
    pathDialog: { planTitleLabel: plan.title[language] },
    plan: { close: COMMAND_LABELS.closePlan[language] },
    planSections: labelsIn(language, LIST_LABELS),
    overview: {
      ...pickLabels(language, plan, ['organisation', 'unit', 'status', 'purpose', 'principles']),
      period: COMMON_WORDS.period[language],
      decisionDate: LISTING_LABELS.decisionDate[language],
      purposeEmpty: EMPTY_FIELD_TEXTS.purpose[language],
      principlesEmpty: EMPTY_FIELD_TEXTS.principles[language],
      members: PDF_SECTION_LABELS.committee[language],
      ...renameLabels(language, FIELD_LABELS.member, { memberName: 'name', memberRole: 'role' }),
    },
    priority: { label: FIELD_LABELS.competence.priority[language], ...priorityWordsIn(language) },
    drivers: { empty: empty('drivers') },
    targetGroups: {
      empty: empty('targetGroups'),
      name: ENTITY_NAMES.targetGroup[language],
      description: FIELD_LABELS.targetGroup.description[language],
    },
    competences: {
      empty: empty('competences'),
      level: LISTING_LABELS.level[language],
      ...pickLabels(language, LIST_LABELS, ['drivers', 'targetGroups', 'methods']),
      learningObjectives: FIELD_LABELS.competence.learningObjectives[language],
      learningObjectivesEmpty: EMPTY_FIELD_TEXTS.learningObjectives[language],
    },
    methods: { empty: empty('methods') },
    activities: {
      empty: empty('activities'),
      title: ENTITY_NAMES.activity[language],
      owner: LISTING_LABELS.owner[language],
      period: COMMON_WORDS.period[language],
      ...pickLabels(language, activity, ['status', 'progress', 'budget', 'spent', 'funding']),
      participants: FIGURE_LABELS.participants[language],
      competences: LIST_LABELS.competences[language],
    },
    measurements: {
      empty: empty('measurements'),
      ...pickLabels(language, ENTITY_NAMES, ['competence', 'targetGroup']),
      allTargetGroups: COMMON_WORDS.allTargetGroups[language],
      ...pickLabels(language, measurement, ['date', 'kind', 'respondents', 'effectLink']),
      level: LISTING_LABELS.measuredLevel[language],
    },
    enums: enumLabelsIn(language),
  };
}
