import { describe, expect, it } from 'vitest';
import { COMMAND_LABELS } from '../../../src/shared/i18n/command-labels';
import { COMMON_WORDS } from '../../../src/shared/i18n/common-words';
import { EMPTY_FIELD_TEXTS, EMPTY_LIST_TEXTS } from '../../../src/shared/i18n/empty-texts';
import { ENTITY_NAMES, LIST_LABELS } from '../../../src/shared/i18n/entity-labels';
import { EVALUATION_LABELS } from '../../../src/shared/i18n/evaluation-labels';
import {
  COMMON_FIELD_LABELS,
  FIELD_LABELS,
  fieldLabelsIn,
  LISTING_LABELS,
} from '../../../src/shared/i18n/field-labels';
import { FIGURE_LABELS, STATUS_CHANGE_LABELS } from '../../../src/shared/i18n/figure-labels';
import {
  labelsIn,
  pickLabels,
  renameLabels,
  type LocalizedText,
} from '../../../src/shared/i18n/localized';
import { entityFields, planFields } from '../../../src/shared/model/entities';
import { ENTITY_KINDS, LANGUAGES } from '../../../src/shared/model/enums';

/** Every table of shared labels, each kind of row's field labels on its own. */
const tables: [string, Record<string, LocalizedText>][] = [
  ['entity names', ENTITY_NAMES],
  ['list labels', LIST_LABELS],
  ['empty lists', EMPTY_LIST_TEXTS],
  ['empty fields', EMPTY_FIELD_TEXTS],
  ['common words', COMMON_WORDS],
  ['commands', COMMAND_LABELS],
  ['key figures', FIGURE_LABELS],
  ['status changes', STATUS_CHANGE_LABELS],
  ['evaluation', EVALUATION_LABELS],
  ['common field words', COMMON_FIELD_LABELS],
  ['listing labels', LISTING_LABELS],
  ...Object.entries(FIELD_LABELS).map(([kind, labels]): [string, Record<string, LocalizedText>] => [
    `${kind} fields`,
    labels,
  ]),
];

/** Each path to a text in a nested catalogue, e.g. `activity.ownerId`. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe('shared label tables', () => {
  it.each(tables)(
    '%s: have the same keys, in the same order, in Danish and English',
    (_, table) => {
      const [da, en] = LANGUAGES.map((language) => labelsIn(language, table));
      expect(Object.keys(en!)).toEqual(Object.keys(da!));
      for (const [key, text] of Object.entries(table)) {
        expect(Object.keys(text).sort(), key).toEqual([...LANGUAGES].sort());
        for (const language of LANGUAGES) {
          expect(text[language].trim(), `${key} ${language}`).not.toBe('');
        }
      }
    },
  );

  it('give the field labels of every kind in both languages under the same keys', () => {
    expect(keysOf(fieldLabelsIn('en'))).toEqual(keysOf(fieldLabelsIn('da')));
    expect(fieldLabelsIn('en').activity.ownerId).toBe('Responsible');
    expect(fieldLabelsIn('da').measurement.competenceId).toBe('Kompetence');
  });

  it('name every field the committee edits, and no other, for the plan and each kind of row', () => {
    // The lists of links (`driverIds` …) are named by the list labels instead.
    const edited = (fields: object) =>
      Object.keys(fields).filter((field) => !field.endsWith('Ids'));
    expect(Object.keys(FIELD_LABELS.plan).sort()).toEqual(edited(planFields).sort());
    for (const kind of ENTITY_KINDS) {
      expect(Object.keys(FIELD_LABELS[kind]).sort(), kind).toEqual(
        edited(entityFields[kind]).sort(),
      );
    }
    expect(Object.keys(FIELD_LABELS)).toEqual(['plan', ...ENTITY_KINDS]);
  });

  it('give each field of one kind its own label, so a changed row never shows two alike', () => {
    for (const [kind, labels] of Object.entries(FIELD_LABELS)) {
      for (const language of LANGUAGES) {
        const texts = Object.values(labels).map((text: LocalizedText) => text[language]);
        expect(new Set(texts).size, `${kind} ${language}`).toBe(texts.length);
      }
    }
  });
});

describe('picking labels for a catalogue', () => {
  it('takes the chosen labels in one language, in the order asked for', () => {
    expect(pickLabels('en', FIELD_LABELS.activity, ['status', 'title'])).toEqual({
      status: 'Status',
      title: 'Title',
    });
    expect(Object.keys(pickLabels('da', LIST_LABELS, ['methods', 'drivers']))).toEqual([
      'methods',
      'drivers',
    ]);
  });

  it('gives a label under the key the catalogue reads it by', () => {
    expect(
      renameLabels('da', FIELD_LABELS.measurement, {
        competence: 'competenceId',
        group: 'targetGroupId',
      }),
    ).toEqual({ competence: 'Kompetence', group: 'Målgruppe' });
  });
});
