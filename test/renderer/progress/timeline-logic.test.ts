import { describe, expect, it } from 'vitest';
import {
  changedFields,
  dragDates,
  moveDates,
  moveEnd,
  snapDays,
} from '../../../src/renderer/screens/progress/timeline/date-moves';
import { keyAction } from '../../../src/renderer/screens/progress/timeline/timeline-keys';
import {
  ROW_HEIGHT,
  barSpan,
  detailsPosition,
  makeScale,
} from '../../../src/renderer/screens/progress/timeline/timeline-geometry';
import {
  NO_GROUP,
  timelineRows,
} from '../../../src/renderer/screens/progress/timeline/timeline-rows';
import {
  initialAnchor,
  monthsIn,
  planSpan,
  quarterOf,
  shiftAnchor,
  windowFor,
} from '../../../src/renderer/screens/progress/timeline/timeline-window';
import { emptyDocument, ids, planDocument } from '../fixtures';
import { more, progressDocument } from './fixture';

describe('the timeline’s window on the calendar', () => {
  it('spans the plan’s period in whole months, else its activities, else the current year', () => {
    expect(planSpan(planDocument, '2026-05-15')).toEqual({ from: '2026-01-01', to: '2027-07-01' });
    const open = { ...planDocument, plan: { ...planDocument.plan, periodEnd: null } };
    expect(planSpan(open, '2026-05-15')).toEqual({ from: '2026-01-01', to: '2026-06-01' });
    expect(planSpan(emptyDocument('Tom'), '2026-05-15')).toEqual({
      from: '2026-01-01',
      to: '2027-01-01',
    });
  });

  it('zooms to the calendar quarter or year of the anchor, and steps on from there', () => {
    const span = { from: '2026-01-01', to: '2027-07-01' };
    expect(windowFor('quarter', '2026-05-15', span)).toEqual({
      from: '2026-04-01',
      to: '2026-07-01',
    });
    expect(quarterOf(windowFor('quarter', '2026-05-15', span))).toBe(2);
    expect(windowFor('year', '2026-05-15', span)).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    expect(windowFor('period', '2026-05-15', span)).toBe(span);
    expect(shiftAnchor('quarter', '2026-04-01', 1)).toBe('2026-07-01');
    expect(shiftAnchor('year', '2026-01-01', -1)).toBe('2025-01-01');
    expect(initialAnchor(span, '2026-05-15')).toBe('2026-05-15');
    expect(initialAnchor(span, '2028-01-01')).toBe('2026-01-01');
    expect(monthsIn({ from: '2026-11-01', to: '2027-02-01' })).toEqual([
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
    ]);
  });

  it('draws the end day inside the bar, and a one-date activity as a stub', () => {
    const scale = makeScale({ from: '2026-01-01', to: '2026-02-01' }, 260 + 310 + 12);
    expect(scale.pxPerDay).toBe(10);
    expect(barSpan({ start: '2026-01-01', end: '2026-01-03' }, scale)).toEqual({
      x1: 260,
      x2: 290,
      open: null,
    });
    expect(barSpan({ start: '2026-01-11', end: null }, scale)).toEqual({
      x1: 360,
      x2: 372,
      open: 'end',
    });
    expect(barSpan({ start: null, end: null }, scale)).toBeNull();
  });

  it('opens details below a bar, or above it near the foot of a long chart', () => {
    expect(detailsPosition(0, 30, 400)).toEqual({ top: ROW_HEIGHT + 4, left: 400 });
    expect(detailsPosition(29, 30, -10)).toEqual({ bottom: ROW_HEIGHT + 4, left: 0 });
  });
});

describe('moving dates', () => {
  it('moves both ends, or the end only, and leaves an unset end unset', () => {
    const dates = { start: '2026-02-02', end: '2026-04-30' };
    expect(moveDates(dates, 7)).toEqual({ start: '2026-02-09', end: '2026-05-07' });
    expect(moveEnd(dates, -7)).toEqual({ start: '2026-02-02', end: '2026-04-23' });
    expect(moveDates({ start: '2026-05-04', end: null }, -7)).toEqual({
      start: '2026-04-27',
      end: null,
    });
    expect(moveEnd({ start: '2026-05-04', end: null }, 7)).toEqual({
      start: '2026-05-04',
      end: '2026-05-11',
    });
    expect(dragDates(dates, 'end', 3)).toEqual({ start: '2026-02-02', end: '2026-05-03' });
  });

  it('snaps a drag to whole days or weeks, never to minus nought', () => {
    expect(snapDays(9.6, 'day')).toBe(10);
    expect(snapDays(9.6, 'week')).toBe(7);
    expect(snapDays(11, 'week')).toBe(14);
    expect(Object.is(snapDays(-0.3, 'day'), 0)).toBe(true);
    expect(Object.is(snapDays(-2, 'week'), 0)).toBe(true);
  });

  it('sends only the dates that changed', () => {
    const before = { start: '2026-02-02', end: '2026-04-30' };
    expect(changedFields(before, { start: '2026-02-02', end: '2026-05-07' })).toEqual({
      end: '2026-05-07',
    });
    expect(changedFields(before, before)).toEqual({});
  });

  it('maps keys to what they do on a bar', () => {
    expect(keyAction('ArrowRight', false, 5)).toEqual({ kind: 'move', days: 7 });
    expect(keyAction('ArrowLeft', true, 5)).toEqual({ kind: 'end', days: -7 });
    expect(keyAction('End', false, 5)).toEqual({ kind: 'focus', by: 5 });
    expect(keyAction(' ', false, 5)).toEqual({ kind: 'details' });
    expect(keyAction('a', false, 5)).toBeNull();
  });
});

describe('the timeline’s rows', () => {
  it('groups dated activities under each competence they serve, and keeps the undated apart', () => {
    const { rows, undated } = timelineRows(progressDocument, 'competence');
    expect(
      rows.map((r) => (r.kind === 'group' ? `# ${r.title ?? '-'}` : r.activity.title)),
    ).toEqual([
      '# Optimering af arbejdsgange',
      'Superbrugeruddannelse i sagsbehandlingssystemet',
      'Workshop om arbejdsgange',
      'Kursus i sagsstyring',
      '# IT-sikkerhed',
      'Øvelse i at genkende phishing',
      'Opfølgningsmøde om phishing',
    ]);
    expect(undated.map((a) => a.id)).toEqual([more.themeDay]);
  });

  it('shows an activity under every target group it serves, and those with none last', () => {
    const doc = {
      ...progressDocument,
      activities: progressDocument.activities.map((a) =>
        a.id === more.meeting ? { ...a, targetGroupIds: [] } : a,
      ),
    };
    const { rows } = timelineRows(doc, 'targetGroup');
    const keys = rows.map((r) => r.key);
    expect(keys).toContain(`${ids.caseworkers}|${ids.phishing}`);
    expect(keys).toContain(`${ids.leaders}|${ids.phishing}`);
    expect(rows.at(-2)).toMatchObject({ kind: 'group', key: NO_GROUP, title: null, count: 1 });
  });
});
