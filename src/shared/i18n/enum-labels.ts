import type { Strength } from '../catalog/types';
import type {
  ActivityStatus,
  EffectLink,
  Language,
  MeasurementKind,
  MemberRole,
  PlanStatus,
  Priority,
} from '../model/enums';
import { labelsIn, type LocalizedText } from './localized';

/**
 * The names of the model's values, written once for the screens and the exports alike, so the
 * committee reads the same word in the program and in the PDF it hands on. Each set is in the
 * enum's own order. The year wheel's kinds and owners are in `../year-wheel/labels.ts`.
 */
export const PLAN_STATUS_LABELS: Record<PlanStatus, LocalizedText> = {
  draft: { da: 'Kladde', en: 'Draft' },
  discussed: { da: 'Drøftet i SU', en: 'Discussed by the committee' },
  adopted: { da: 'Vedtaget', en: 'Adopted' },
  active: { da: 'I gang', en: 'Under way' },
  evaluated: { da: 'Evalueret', en: 'Evaluated' },
};

export const MEMBER_ROLE_LABELS: Record<MemberRole, LocalizedText> = {
  management: { da: 'Ledelsesrepræsentant', en: 'Management representative' },
  'employee-rep': { da: 'Medarbejderrepræsentant', en: 'Employee representative' },
  hr: { da: 'HR', en: 'HR' },
  'union-rep': { da: 'Tillidsrepræsentant', en: 'Union representative' },
  other: { da: 'Andet', en: 'Other' },
};

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, LocalizedText> = {
  idea: { da: 'Idé', en: 'Idea' },
  planned: { da: 'Planlagt', en: 'Planned' },
  'in-progress': { da: 'I gang', en: 'In progress' },
  done: { da: 'Gennemført', en: 'Done' },
  cancelled: { da: 'Aflyst', en: 'Cancelled' },
};

/**
 * One letter per status, for a chart printed in black and white: the timeline writes it beside
 * each bar and its legend explains it. Distinct within each language.
 */
export const ACTIVITY_STATUS_LETTERS: Record<ActivityStatus, LocalizedText> = {
  idea: { da: 'I', en: 'I' },
  planned: { da: 'P', en: 'P' },
  'in-progress': { da: 'G', en: 'O' },
  done: { da: 'F', en: 'D' },
  cancelled: { da: 'X', en: 'X' },
};

export const MEASUREMENT_KIND_LABELS: Record<MeasurementKind, LocalizedText> = {
  baseline: { da: 'Nulpunktsmåling', en: 'Baseline' },
  'follow-up': { da: 'Opfølgende måling', en: 'Follow-up' },
};

/** The links of Kompetencesekretariatet's effect chain, as short names for a field or a column. */
export const EFFECT_LINK_LABELS: Record<EffectLink, LocalizedText> = {
  'carried-out': { da: 'Gennemført', en: 'Carried out' },
  learned: { da: 'Lært', en: 'Learned' },
  applied: { da: 'Anvendt i praksis', en: 'Applied in practice' },
  behaviour: { da: 'Ny adfærd', en: 'New behaviour' },
  'short-term-result': { da: 'Kortsigtede resultater', en: 'Short-term results' },
  'long-term-effect': { da: 'Langsigtet effekt', en: 'Long-term effect' },
};

export const PRIORITY_LABELS: Record<Priority, LocalizedText> = {
  1: { da: 'Høj prioritet', en: 'High priority' },
  2: { da: 'Middel prioritet', en: 'Medium priority' },
  3: { da: 'Lav prioritet', en: 'Low priority' },
};

/** How well a method fits a competence, as the catalogue rates it (1 fits best). */
export const STRENGTH_LABELS: Record<Strength, LocalizedText> = {
  1: { da: 'Passer godt', en: 'Fits well' },
  2: { da: 'Passer', en: 'Fits' },
  3: { da: 'Kan støtte', en: 'Can support' },
};

/**
 * The enum label sets in one language, under the names both the renderer's `enums` catalogue and
 * the export's texts give them.
 */
export function enumLabelsIn(language: Language) {
  return {
    planStatus: labelsIn(language, PLAN_STATUS_LABELS),
    memberRole: labelsIn(language, MEMBER_ROLE_LABELS),
    activityStatus: labelsIn(language, ACTIVITY_STATUS_LABELS),
    measurementKind: labelsIn(language, MEASUREMENT_KIND_LABELS),
    effectLink: labelsIn(language, EFFECT_LINK_LABELS),
  };
}

/** The priorities by the words the renderer's catalogues key them by. */
export function priorityWordsIn(language: Language) {
  return {
    high: PRIORITY_LABELS[1][language],
    medium: PRIORITY_LABELS[2][language],
    low: PRIORITY_LABELS[3][language],
  };
}

/** The method fits by the words the renderer's catalogues key them by. */
export function strengthWordsIn(language: Language) {
  return {
    fitsWell: STRENGTH_LABELS[1][language],
    fits: STRENGTH_LABELS[2][language],
    canSupport: STRENGTH_LABELS[3][language],
  };
}
