// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { da } from '../../src/renderer/i18n/da';
import { en } from '../../src/renderer/i18n/en';
import { formatters } from '../../src/renderer/i18n/format';
import { exportTexts } from '../../src/main/export/i18n';
import { fieldLabelsIn } from '../../src/shared/i18n/field-labels';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function valuesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(valuesOf);
}

/** Intl writes non-breaking spaces between number and unit; compare with plain ones. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('catalogues', () => {
  it('have identical keys in Danish and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(da).sort());
  });

  it('have no empty texts and the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const key of keysOf(da)) {
      const read = (catalogue: unknown) =>
        key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
      const daText = read(da);
      const enText = read(en);
      expect(typeof daText === 'string' && daText.trim() !== '', key).toBe(true);
      expect(typeof enText === 'string' && enText.trim() !== '', key).toBe(true);
      expect(placeholders(String(enText)), key).toEqual(placeholders(String(daText)));
    }
    expect(valuesOf(da).length).toBeGreaterThan(100);
  });

  it('name the enum values as the committee does', () => {
    expect(Object.values(da.enums.planStatus)).toEqual([
      'Kladde',
      'Drøftet i SU',
      'Vedtaget',
      'I gang',
      'Evalueret',
    ]);
    expect(Object.values(da.enums.effectLink)).toEqual([
      'Gennemført',
      'Lært',
      'Anvendt i praksis',
      'Ny adfærd',
      'Kortsigtede resultater',
      'Langsigtet effekt',
    ]);
  });
});

describe('formatting', () => {
  it('writes dates and amounts the Danish way', () => {
    const f = formatters('da');
    expect(f.date('2026-11-27')).toBe('27. nov. 2026');
    expect(plain(f.money(1_250_000))).toBe('1.250.000 kr.');
    expect(plain(f.money(1_250.5))).toBe('1.250,50 kr.');
    expect(f.decimal(2.45)).toBe('2,5');
    expect(f.list(['a', 'b', 'c'])).toBe('a, b og c');
  });

  it('writes dates and amounts the English way', () => {
    const f = formatters('en');
    expect(f.date('2026-11-27')).toBe('27 Nov 2026');
    expect(plain(f.money(1_250_000))).toBe('DKK 1,250,000');
    expect(f.list(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('keeps a calendar date on its day whatever the time zone', () => {
    expect(formatters('da').date('2026-01-01')).toBe('1. jan. 2026');
    expect(formatters('da').date('2026-12-31T23:30:00.000Z')).toBe('31. dec. 2026');
  });
});

describe('labels shared with the exports', () => {
  it('name the enum values and the PDF sections as the PDF, the workbook and the CSV do', () => {
    for (const [language, catalogue] of [
      ['da', da],
      ['en', en],
    ] as const) {
      const texts = exportTexts[language];
      expect(catalogue.enums.planStatus).toEqual(texts.planStatus);
      expect(catalogue.enums.memberRole).toEqual(texts.memberRole);
      expect(catalogue.enums.activityStatus).toEqual(texts.activityStatus);
      expect(catalogue.enums.measurementKind).toEqual(texts.measurementKind);
      expect(catalogue.enums.effectLink).toEqual(texts.effectLink);
      expect([catalogue.priority.high, catalogue.priority.medium, catalogue.priority.low]).toEqual([
        texts.priority[1],
        texts.priority[2],
        texts.priority[3],
      ]);
      expect(catalogue.export.sections.labels).toEqual(texts.sections);
    }
  });

  it('name the fields and lists as the PDF, the workbook and the CSV do', () => {
    for (const [language, catalogue] of [
      ['da', da],
      ['en', en],
    ] as const) {
      const texts = exportTexts[language];
      expect(catalogue.sharing.fields).toEqual(fieldLabelsIn(language));
      expect(catalogue.planner.activities.funding).toBe(texts.activities.funding);
      expect(catalogue.activities.owner).toBe(texts.activities.owner);
      expect(catalogue.measurements.level).toBe(texts.measurements.level);
      expect(catalogue.overview.decisionDate).toBe(texts.cover.decisionDate);
      expect(catalogue.plan.sections.activities).toBe(texts.sheets.activities);
      expect(catalogue.measurements.empty).toBe(texts.measurements.empty);
    }
    expect(en.enums.planStatus.active).toBe('Under way');
  });
});
