import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/main';
import { createPlanFile } from '../../../src/main/core';
import { renderPlanIcs } from '../../../src/main/export/ics/calendar';
import { addDays } from '../../../src/shared/progress/dates';
import type { PlanDocument } from '../../../src/shared/model/document';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { openInProcessCore, type InProcessCore } from '../../helpers/in-process-core';
import { readCalendar } from './ics-events';
import { EXPORT_DATE, examplePlan } from './plans';

const uidOf = (doc: PlanDocument, id: string) => `${id}@${doc.plan.id}.omstil`;
const firstOfMonth = (year: number, month: number) =>
  `${year}-${String(month).padStart(2, '0')}-01`;

describe('the plan as an iCalendar file', () => {
  const doc = examplePlan();
  const { name, events } = readCalendar(renderPlanIcs(doc, { lang: 'da', now: EXPORT_DATE }));

  it('is named for the plan and holds every dated activity from its first to its last day', () => {
    expect(name).toBe(doc.plan.title);
    expect(doc.activities.length).toBeGreaterThan(5);
    for (const activity of doc.activities) {
      const event = events.get(uidOf(doc, activity.id));
      expect(event, activity.title).toMatchObject({
        summary: activity.title,
        allDay: true,
        start: activity.start,
        // RFC 5545: an all-day event ends on the day after its last day.
        end: addDays(activity.end!, 1),
        categories: ['Indsats'],
      });
    }
  });

  it('says the status and the owner first in the description, and the description after', () => {
    const activity = doc.activities.find((a) => a.ownerId && a.description)!;
    const owner = doc.members.find((m) => m.id === activity.ownerId)!;
    const description = events.get(uidOf(doc, activity.id))!.description;
    expect(description).toMatch(/^Status: (Idé|Planlagt|I gang|Gennemført|Aflyst)\n/);
    expect(description).toContain(`\nAnsvarlig: ${owner.name}\n`);
    expect(description.endsWith(`\n\n${activity.description.trim()}`)).toBe(true);
  });

  it('puts every årshjul item in its month, once a year through the plan period', () => {
    expect(doc.yearItems.length).toBeGreaterThan(10);
    const start = doc.plan.periodStart!;
    for (const item of doc.yearItems) {
      const event = events.get(uidOf(doc, item.id))!;
      expect(event, item.title).toMatchObject({ summary: item.title, allDay: true });
      expect(event.categories).toEqual(['Årshjul']);
      const year = Number(start.slice(0, 4)) + (item.month < Number(start.slice(5, 7)) ? 1 : 0);
      expect(event.start).toBe(firstOfMonth(year, item.month));
      expect(event.end).toBe(
        firstOfMonth(item.month === 12 ? year + 1 : year, (item.month % 12) + 1),
      );
      expect(event.occurrences).toEqual([event.start]);
    }
    expect(events.size).toBe(doc.activities.length + doc.yearItems.length);
  });

  it('repeats an årshjul item each year of a longer period, and only in it', () => {
    const plan = examplePlan();
    plan.plan.periodStart = '2026-09-15';
    plan.plan.periodEnd = '2029-03-31';
    const read = readCalendar(renderPlanIcs(plan, { lang: 'da', now: EXPORT_DATE })).events;
    const inMonth = (month: number) => plan.yearItems.find((i) => i.month === month)!;
    expect(read.get(uidOf(plan, inMonth(3).id))!.occurrences).toEqual([
      '2027-03-01',
      '2028-03-01',
      '2029-03-01',
    ]);
    expect(read.get(uidOf(plan, inMonth(9).id))!.occurrences).toEqual([
      '2026-09-01',
      '2027-09-01',
      '2028-09-01',
    ]);
  });

  it('gives every årshjul item a month in a period shorter than a year, or in none', () => {
    const plan = examplePlan();
    const july = plan.yearItems.find((i) => i.month === 7)!;
    const uid = uidOf(plan, july.id);
    const read = (start: string | null, end: string | null) => {
      plan.plan.periodStart = start;
      plan.plan.periodEnd = end;
      return readCalendar(renderPlanIcs(plan, { lang: 'da', now: EXPORT_DATE })).events.get(uid)!;
    };
    // The twelve months from the period's start, though the period ends in March.
    expect(read('2026-09-01', '2027-03-31').occurrences).toEqual(['2027-07-01']);
    // Without a period, the calendar year of the export.
    expect(read(null, null).occurrences).toEqual(['2026-07-01']);
    // With an end only, the twelve months up to it.
    expect(read(null, '2028-02-29').occurrences).toEqual(['2027-07-01']);
  });

  it('shows an activity with one date on that day, and leaves one without dates out', () => {
    const plan = examplePlan();
    const [onlyStart, onlyEnd, none] = plan.activities;
    onlyStart!.end = null;
    onlyEnd!.start = null;
    none!.start = null;
    none!.end = null;
    const read = readCalendar(renderPlanIcs(plan, { lang: 'en', now: EXPORT_DATE })).events;
    expect(read.get(uidOf(plan, onlyStart!.id))).toMatchObject({
      start: onlyStart!.start,
      end: addDays(onlyStart!.start!, 1),
    });
    expect(read.get(uidOf(plan, onlyStart!.id))!.description).toContain(
      'The plan gives no end date for the activity, so it is shown here on its first day.',
    );
    expect(read.get(uidOf(plan, onlyEnd!.id))).toMatchObject({
      start: onlyEnd!.end,
      end: addDays(onlyEnd!.end!, 1),
    });
    expect(read.has(uidOf(plan, none!.id))).toBe(false);
    expect(read.get(uidOf(plan, onlyStart!.id))!.description).toMatch(/^Status: /);
    expect(read.get(uidOf(plan, onlyStart!.id))!.categories).toEqual(['Activity']);
  });
});

describe('exporting the calendar again after an edit', () => {
  let core: InProcessCore;
  beforeAll(async () => {
    core = await openInProcessCore({ plan: 'example' });
  });
  afterAll(() => core.dispose());

  it('keeps every UID, so a calendar updates its events, and counts the edited one up', async () => {
    const exportTo = async (name: string) => {
      const result = await core.api.exportPlan({ path: core.at(name), format: 'ics' });
      if (!result.ok) throw new Error(result.error.message.en);
      return readCalendar(readFileSync(result.value.path)).events;
    };
    const before = await exportTo('første.ics');
    const edited = core.doc().activities[1]!;
    await core.scene.updateEntity({
      entity: 'activity',
      id: edited.id,
      patch: { title: 'Nyt navn, samme indsats', end: addDays(edited.end!, 14) },
    });
    const after = await exportTo('anden.ics');
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const uid = uidOf(core.doc(), edited.id);
    expect(after.get(uid)).toMatchObject({
      summary: 'Nyt navn, samme indsats',
      end: addDays(edited.end!, 15),
    });
    expect(after.get(uid)!.sequence).toBeGreaterThan(before.get(uid)!.sequence!);
    for (const [other, event] of before) {
      if (other !== uid) expect(after.get(other)!.sequence).toBe(event.sequence);
    }
  });
});

describe('omstil export --format ics', () => {
  const dir = mkdtempSync(join(tmpdir(), 'omstil-ics-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the calendar and says how many activities it left out for want of dates', async () => {
    const plan = examplePlan();
    plan.activities[0]!.start = null;
    plan.activities[0]!.end = null;
    createPlanFile(join(dir, 'plan.omstil'), plan);
    const lines: string[] = [];
    const argv = ['export', 'plan.omstil', '--format', 'ics', '--lang', 'en', '-o', 'plan.ics'];
    const code = await runCli(argv, {
      cwd: dir,
      stdout: (text) => lines.push(text),
      stderr: (text) => lines.push(text),
      env: fixedEnvironment(),
    });
    expect({ code, lines }).toEqual({
      code: 0,
      lines: [
        `Written: ${join(dir, 'plan.ics')}`,
        '1 activity has neither a start nor an end date, so it is not in the calendar.',
      ],
    });
    const { events } = readCalendar(readFileSync(join(dir, 'plan.ics')));
    expect(events.size).toBe(plan.activities.length - 1 + plan.yearItems.length);
  });
});
