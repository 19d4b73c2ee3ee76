import { describe, expect, it } from 'vitest';
import { STRENGTHS } from '../../../src/shared/catalog/types';
import * as labels from '../../../src/shared/i18n/enum-labels';
import { labelsIn, type LocalizedText } from '../../../src/shared/i18n/localized';
import { PDF_SECTION_LABELS, PDF_SECTIONS } from '../../../src/shared/i18n/pdf-sections';
import * as enums from '../../../src/shared/model/enums';
import { YEAR_WHEEL_KIND_LABELS, YEAR_WHEEL_OWNER_LABELS } from '../../../src/shared/year-wheel';

/** Each label set beside the list of the values it must name, in the list's order. */
const sets: [string, readonly PropertyKey[], Record<PropertyKey, LocalizedText>][] = [
  ['plan status', enums.PLAN_STATUSES, labels.PLAN_STATUS_LABELS],
  ['member role', enums.MEMBER_ROLES, labels.MEMBER_ROLE_LABELS],
  ['activity status', enums.ACTIVITY_STATUSES, labels.ACTIVITY_STATUS_LABELS],
  ['measurement kind', enums.MEASUREMENT_KINDS, labels.MEASUREMENT_KIND_LABELS],
  ['effect link', enums.EFFECT_LINKS, labels.EFFECT_LINK_LABELS],
  ['priority', enums.PRIORITIES, labels.PRIORITY_LABELS],
  ['method fit', STRENGTHS, labels.STRENGTH_LABELS],
  ['year-wheel kind', enums.YEAR_WHEEL_KINDS, YEAR_WHEEL_KIND_LABELS],
  ['year-wheel owner', enums.YEAR_WHEEL_OWNERS, YEAR_WHEEL_OWNER_LABELS],
  ['PDF section', PDF_SECTIONS, PDF_SECTION_LABELS],
];

describe('label sets', () => {
  it.each(sets)('name every %s, and nothing else, in both languages', (_, values, set) => {
    expect(Object.keys(set)).toEqual(values.map(String));
    for (const value of values) {
      for (const language of enums.LANGUAGES) {
        const text = set[value]?.[language];
        expect(typeof text === 'string' && text.trim() !== '', `${String(value)} ${language}`).toBe(
          true,
        );
      }
    }
  });

  it('give each value of a set its own name', () => {
    for (const [name, values, set] of sets) {
      for (const language of enums.LANGUAGES) {
        const texts = values.map((value) => set[value]![language]);
        expect(new Set(texts).size, `${name} ${language}`).toBe(texts.length);
      }
    }
  });

  it('keep the keys and their order in one language', () => {
    expect(labelsIn('en', labels.PLAN_STATUS_LABELS)).toEqual({
      draft: 'Draft',
      discussed: 'Discussed by the committee',
      adopted: 'Adopted',
      active: 'Under way',
      evaluated: 'Evaluated',
    });
    expect(Object.keys(labelsIn('da', labels.PRIORITY_LABELS))).toEqual(['1', '2', '3']);
    expect(Object.keys(labels.enumLabelsIn('da').activityStatus)).toEqual([
      ...enums.ACTIVITY_STATUSES,
    ]);
  });
});
