import { describe, expect, it } from 'vitest';
import {
  WORKSHOP_FORMAT_TEXTS,
  WORKSHOP_STEP_TEXTS,
} from '../../../src/shared/i18n/workshop-formats';
import {
  WORKSHOP_FORMAT_IDS,
  WORKSHOP_FORMATS,
  WORKSHOP_STEP_PARTS,
} from '../../../src/shared/workshop/formats';

const formats = WORKSHOP_FORMAT_IDS.map((id) => WORKSHOP_FORMATS[id]);
const allSteps = formats.flatMap((format) => format.steps);
const stepTexts: Record<
  string,
  { title: { da: string; en: string }; guide: { da: string; en: string } }
> = WORKSHOP_STEP_TEXTS;

describe('the workshop formats', () => {
  it('run for the length they state: the SU workshop about three hours, the team’s two to three', () => {
    for (const format of formats) {
      expect(format.steps.reduce((sum, step) => sum + step.minutes, 0)).toBe(format.minutes);
    }
    expect(WORKSHOP_FORMATS.su.minutes).toBeGreaterThanOrEqual(165);
    expect(WORKSHOP_FORMATS.su.minutes).toBeLessThanOrEqual(195);
    expect(WORKSHOP_FORMATS.team.minutes).toBeGreaterThanOrEqual(120);
    expect(WORKSHOP_FORMATS.team.minutes).toBeLessThanOrEqual(180);
  });

  it('give every step an id of its own across both formats, and a positive length', () => {
    const ids = allSteps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of allSteps) {
      expect(step.minutes).toBeGreaterThan(0);
      expect(WORKSHOP_STEP_PARTS).toContain(step.part);
    }
  });

  it('work through the plan in its order and end where the kit ends', () => {
    const parts = (id: 'su' | 'team') => WORKSHOP_FORMATS[id].steps.map((step) => step.part);
    expect(parts('su')[0]).toBe('opening');
    expect(parts('su').at(-1)).toBe('closing');
    expect(parts('su')).toEqual(
      expect.arrayContaining(['drivers', 'competences', 'principles', 'priorities']),
    );
    expect(parts('team')).toEqual(expect.arrayContaining(['competences', 'activities']));
    const order = ['drivers', 'competences', 'methods', 'activities'];
    for (const id of WORKSHOP_FORMAT_IDS) {
      const planParts = parts(id).filter((part) => order.includes(part));
      expect(planParts).toEqual([...planParts].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    }
  });

  it('have a Danish and an English title and guide for every step and format, and no others', () => {
    for (const step of allSteps) {
      const text = stepTexts[step.id];
      expect(text, step.id).toBeDefined();
      for (const language of ['da', 'en'] as const) {
        expect(text!.title[language].trim(), `${step.id} title ${language}`).not.toBe('');
        expect(text!.guide[language].trim(), `${step.id} guide ${language}`).not.toBe('');
      }
      expect(text!.guide.da).not.toBe(text!.guide.en);
    }
    expect(Object.keys(stepTexts).sort()).toEqual(allSteps.map((step) => step.id).sort());
    for (const id of WORKSHOP_FORMAT_IDS) {
      for (const language of ['da', 'en'] as const) {
        expect(WORKSHOP_FORMAT_TEXTS[id].title[language].trim()).not.toBe('');
        expect(WORKSHOP_FORMAT_TEXTS[id].summary[language].trim()).not.toBe('');
      }
    }
  });
});
