import { describe, expect, it } from 'vitest';
import {
  chosenMethods,
  measurementPairs,
  overallProgress,
  statusCounts,
} from '../../../src/main/export/facts';
import { exportFormat } from '../../../src/main/export/format';
import { orderedSections, PDF_SECTIONS } from '../../../src/main/export/sections';
import { spanPosition, timelineSpan } from '../../../src/main/export/timeline-span';
import type { Activity } from '../../../src/shared/model/entities';
import { examplePlan } from './plans';

const activity = (patch: Partial<Activity>): Activity => ({
  ...examplePlan().activities[0]!,
  ...patch,
});

describe('the figures in the summary', () => {
  it('counts every status, cancelled ones too', () => {
    expect(statusCounts(examplePlan().activities)).toEqual({
      idea: 1,
      planned: 4,
      'in-progress': 2,
      done: 4,
      cancelled: 1,
    });
  });

  it('weights progress by planned participants, falling back to a plain average', () => {
    const weighted = overallProgress([
      activity({ progress: 100, participantsPlanned: 10 }),
      activity({ progress: 0, participantsPlanned: 30 }),
      activity({ progress: 0, participantsPlanned: 500, status: 'cancelled' }),
    ]);
    expect(weighted).toEqual({ value: 25, weighted: true });
    const plain = overallProgress([
      activity({ progress: 100, participantsPlanned: 0 }),
      activity({ progress: 0, participantsPlanned: 0 }),
    ]);
    expect(plain).toEqual({ value: 50, weighted: false });
    expect(overallProgress([])).toEqual({ value: null, weighted: false });
  });

  it('gives the catalogue reason for each pair of a catalogue competence and method', () => {
    const doc = examplePlan();
    const trainer = chosenMethods(doc, 'da').find(
      (m) => m.method.catalogKey === 'train-the-trainer',
    )!;
    const uses = trainer.uses.map((u) => [u.competence.catalogKey, u.rationale !== null]);
    // Matched to two competences; an activity using it serves a third.
    expect(uses).toEqual([
      [null, false],
      ['trainer-skills', true],
      ['workflow-optimisation', false],
    ]);
    expect(chosenMethods(doc, 'en')[1]!.uses[1]!.rationale).toMatch(/^[A-Z]/);
  });

  it('pairs the first baseline with the latest follow-up per competence and target group', () => {
    const doc = examplePlan();
    const pairs = measurementPairs(doc);
    expect(pairs).toHaveLength(4);
    const first = pairs[0]!;
    expect(first.competenceId).toBe(doc.competences[0]!.id);
    expect(first.baseline?.level).toBe(1.9);
    // Its follow-up comes later in the year than the day the example is made on.
    expect(first.followUp).toBeNull();
    const measured = pairs[2]!;
    expect(measured.competenceId).toBe(doc.competences[3]!.id);
    expect([measured.baseline?.level, measured.followUp?.level]).toEqual([2.8, 3.6]);
    expect(measured.change).toBe(0.8);
  });
});

describe('the timeline span', () => {
  it('runs over the plan period in months', () => {
    const span = timelineSpan({ periodStart: '2026-09-01', periodEnd: '2027-08-31' }, [])!;
    expect(span.unit).toBe('month');
    expect(span.columns).toHaveLength(12);
    expect(spanPosition(span, '2026-09-01', 'start')).toBe(0);
    expect(spanPosition(span, '2027-08-31', 'end')).toBe(1);
  });

  it('falls back on the activities’ dates, and on years for long plans', () => {
    const fromActivities = timelineSpan({ periodStart: null, periodEnd: null }, [
      { start: '2027-03-10', end: '2027-05-01' },
      { start: null, end: '2027-01-05' },
    ])!;
    expect(fromActivities.columns[0]!.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(fromActivities.columns).toHaveLength(5);
    const long = timelineSpan({ periodStart: '2020-01-01', periodEnd: '2034-12-31' }, [])!;
    expect(long.unit).toBe('year');
    expect(long.columns).toHaveLength(15);
    const absurd = timelineSpan({ periodStart: '1000-01-01', periodEnd: '9999-12-31' }, [])!;
    expect(absurd.columns.length).toBeLessThanOrEqual(60);
    expect(timelineSpan({ periodStart: null, periodEnd: null }, [])).toBeNull();
  });
});

describe('formats', () => {
  it('writes amounts and dates as a Danish civil servant does, and as a British reader expects', () => {
    const da = exportFormat('da');
    expect(da.money(1_250_000).replace(/\u00a0/g, ' ')).toBe('1.250.000 kr.');
    expect(da.money(99.5).replace(/\u00a0/g, ' ')).toBe('99,50 kr.');
    expect(da.date('2026-11-27')).toBe('27. november 2026');
    expect(da.decimal(2.45)).toMatch(/^2,[45]$/);
    expect(da.signedDecimal(-0.3)).toBe('−0,3');
    const en = exportFormat('en');
    expect(en.money(1_250_000).replace(/\u00a0/g, ' ')).toBe('DKK 1,250,000');
    expect(en.date('2026-11-27')).toBe('27 November 2026');
  });

  it('orders chosen sections as the document reads, all but the agenda page when none are chosen', () => {
    expect(orderedSections(['measurements', 'cover'])).toEqual(['cover', 'measurements']);
    expect(orderedSections(['cover', 'agenda'])).toEqual(['agenda', 'cover']);
    expect(orderedSections([])).toEqual(PDF_SECTIONS.filter((s) => s !== 'agenda'));
  });
});
