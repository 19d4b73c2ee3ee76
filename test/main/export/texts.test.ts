import { describe, expect, it } from 'vitest';
import { evaluationTexts } from '../../../src/main/export/pdf/evaluation/texts';
import { exportTexts } from '../../../src/main/export/i18n';
import { fieldLabelsIn } from '../../../src/shared/i18n/field-labels';

/** Each path to a text or a text-making function in a nested catalogue, e.g. `activities.owner`. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function textsOf(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [value];
  return Object.values(value).flatMap(textsOf);
}

describe('the texts of the documents', () => {
  it.each([
    ['export', exportTexts],
    ['evaluation PDF', evaluationTexts],
  ] as const)('%s: have the same keys in Danish and English, and no empty text', (_, texts) => {
    expect(keysOf(texts.en).sort()).toEqual(keysOf(texts.da).sort());
    for (const text of [...textsOf(texts.da), ...textsOf(texts.en)]) {
      if (typeof text === 'string') expect(text.trim()).not.toBe('');
      else expect(typeof text).toBe('function');
    }
  });

  it('name the fields as the editor does where they print the same field', () => {
    for (const language of ['da', 'en'] as const) {
      const texts = exportTexts[language];
      const fields = fieldLabelsIn(language);
      expect(texts.activities.status).toBe(fields.activity.status);
      expect(texts.activities.participantsReached).toBe(fields.activity.participantsReached);
      expect(texts.measurements.effectLink).toBe(fields.measurement.effectLink);
      expect(texts.columns.headcount).toBe(fields.targetGroup.headcount);
      expect(texts.yearWheel.owner).toBe(fields.yearItem.ownerRole);
      expect(evaluationTexts[language].decisions.heading).toBe(fields.evaluation.decisions);
    }
  });
});
