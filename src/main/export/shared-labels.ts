import { COMMON_WORDS } from '../../shared/i18n/common-words';
import { EMPTY_FIELD_TEXTS, EMPTY_LIST_TEXTS } from '../../shared/i18n/empty-texts';
import {
  enumLabelsIn,
  MEASUREMENT_KIND_LABELS,
  PRIORITY_LABELS,
  STRENGTH_LABELS,
} from '../../shared/i18n/enum-labels';
import { ENTITY_NAMES, LIST_LABELS } from '../../shared/i18n/entity-labels';
import { COMMON_FIELD_LABELS, FIELD_LABELS, LISTING_LABELS } from '../../shared/i18n/field-labels';
import { FIGURE_LABELS, STATUS_CHANGE_LABELS } from '../../shared/i18n/figure-labels';
import { labelsIn, pickLabels } from '../../shared/i18n/localized';
import { PDF_SECTION_LABELS } from '../../shared/i18n/pdf-sections';
import type { Language } from '../../shared/model/enums';

/**
 * The labels the exports share with the program's screens, from `shared/i18n`, in one language
 * and under the keys the export's texts read them by.
 */
export function sharedLabels(lang: Language) {
  const empty = (list: keyof typeof EMPTY_LIST_TEXTS) => EMPTY_LIST_TEXTS[list][lang];
  const common = (word: keyof typeof COMMON_WORDS) => COMMON_WORDS[word][lang];
  const plan = FIELD_LABELS.plan;
  const activity = FIELD_LABELS.activity;
  const measurement = FIELD_LABELS.measurement;
  return {
    document: pickLabels(lang, COMMON_WORDS, ['notSet', 'total', 'yes', 'no']),
    cover: {
      ...pickLabels(lang, plan, ['organisation', 'unit', 'status']),
      period: common('period'),
      decisionDate: LISTING_LABELS.decisionDate[lang],
    },
    sections: labelsIn(lang, PDF_SECTION_LABELS),
    committee: {
      purpose: plan.purpose[lang],
      purposeEmpty: EMPTY_FIELD_TEXTS.purpose[lang],
      membersEmpty: empty('members'),
      ...pickLabels(lang, FIELD_LABELS.member, ['name', 'role']),
      principlesEmpty: EMPTY_FIELD_TEXTS.principles[lang],
    },
    summary: {
      activities: LIST_LABELS.activities[lang],
      spent: activity.spent[lang],
      progress: FIGURE_LABELS.overallProgress[lang],
      driversEmpty: empty('drivers'),
      competencesEmpty: empty('competences'),
      statusEmpty: empty('activities'),
      count: FIGURE_LABELS.count[lang],
    },
    priority: { label: FIELD_LABELS.competence.priority[lang], ...labelsIn(lang, PRIORITY_LABELS) },
    drivers: { empty: empty('drivers') },
    competences: {
      empty: empty('competences'),
      ...pickLabels(lang, LIST_LABELS, ['targetGroups', 'drivers']),
      level: LISTING_LABELS.level[lang],
      learningObjectives: FIELD_LABELS.competence.learningObjectives[lang],
      learningObjectivesEmpty: EMPTY_FIELD_TEXTS.learningObjectives[lang],
    },
    methods: {
      empty: empty('methods'),
      unused: EMPTY_FIELD_TEXTS.usedFor[lang],
      /** Lower-case: the PDF writes the fit after the competence's name. */
      strength: lowerFirst(lang, labelsIn(lang, STRENGTH_LABELS)),
    },
    activities: {
      empty: empty('activities'),
      title: ENTITY_NAMES.activity[lang],
      ...pickLabels(lang, activity, [
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
      owner: LISTING_LABELS.owner[lang],
      period: common('period'),
      ...pickLabels(lang, LIST_LABELS, ['competences', 'methods', 'targetGroups']),
    },
    timeline: { empty: empty('activities'), legend: activity.status[lang] },
    budget: {
      empty: empty('activities'),
      activities: LIST_LABELS.activities[lang],
      ...pickLabels(lang, activity, ['budget', 'spent']),
    },
    measurements: {
      empty: empty('measurements'),
      ...pickLabels(lang, ENTITY_NAMES, ['competence', 'targetGroup']),
      allTargetGroups: common('allTargetGroups'),
      baseline: MEASUREMENT_KIND_LABELS.baseline[lang],
      followUp: FIGURE_LABELS.latestFollowUp[lang],
      targetLevel: FIELD_LABELS.competence.targetLevel[lang],
      ...pickLabels(lang, measurement, ['date', 'kind', 'effectLink', 'indicator', 'note']),
      level: LISTING_LABELS.measuredLevel[lang],
      respondentsHeader: measurement.respondents[lang],
    },
    status: {
      progress: FIGURE_LABELS.overallProgress[lang],
      ...pickLabels(lang, activity, ['budget', 'spent']),
      reached: FIGURE_LABELS.participantsReached[lang],
      ...pickLabels(lang, STATUS_CHANGE_LABELS, [
        'change',
        'moved',
        'added',
        'removed',
        'newlyOverdue',
        'noLongerOverdue',
        'none',
      ]),
      competences: FIGURE_LABELS.progressPerCompetence[lang],
      date: FIELD_LABELS.statusSnapshot.date[lang],
    },
    yearWheel: {
      month: FIELD_LABELS.yearItem.month[lang],
      linkedActivities: LIST_LABELS.activities[lang],
      owner: FIELD_LABELS.yearItem.ownerRole[lang],
      ownerNotSet: common('notSet'),
    },
    plan: {
      title: COMMON_FIELD_LABELS.title[lang],
      ...pickLabels(lang, plan, ['organisation', 'unit', 'purpose', 'status', 'language']),
      decisionDate: LISTING_LABELS.decisionDate[lang],
    },
    sheets: {
      ...pickLabels(lang, LIST_LABELS, [
        'targetGroups',
        'drivers',
        'competences',
        'methods',
        'activities',
        'measurements',
      ]),
      yearWheel: PDF_SECTION_LABELS.yearWheel[lang],
    },
    columns: {
      ...pickLabels(lang, COMMON_FIELD_LABELS, ['name', 'description', 'title', 'fromCatalogue']),
      role: FIELD_LABELS.member.role[lang],
      headcount: FIELD_LABELS.targetGroup.headcount[lang],
      learningObjectives: FIELD_LABELS.competence.learningObjectives[lang],
    },
    enums: enumLabelsIn(lang),
  };
}

function lowerFirst<K extends PropertyKey>(
  lang: Language,
  texts: Record<K, string>,
): Record<K, string> {
  const lowered = { ...texts };
  for (const key of Object.keys(lowered) as K[]) {
    const text = lowered[key];
    lowered[key] = text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
  }
  return lowered;
}
