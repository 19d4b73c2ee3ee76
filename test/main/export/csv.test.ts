import { describe, expect, it } from 'vitest';
import { renderActivitiesCsv } from '../../../src/main/export/csv/activities-csv';
import { readLenientCsv } from './lenient-csv';
import { blankPlan, examplePlan } from './plans';

describe('the activities as CSV for Danish Excel', () => {
  const doc = examplePlan();
  const bytes = renderActivitiesCsv(doc, 'da');
  const text = bytes.toString('utf8');

  it('starts with a UTF-8 byte order mark', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('ends every line with CRLF and has a line per activity', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(doc.activities.length + 2);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
  });

  it('separates fields with semicolons and names them in Danish', () => {
    const header = text.slice(1).split('\r\n')[0]!;
    expect(header.split(';').slice(0, 9)).toEqual([
      'Indsats',
      'Beskrivelse',
      'Ansvarlig',
      'Start',
      'Slut',
      'Status',
      'Fremdrift (%)',
      'Budget (kr.)',
      'Forbrugt (kr.)',
    ]);
  });

  it('writes numbers with a decimal comma and no thousands separator, dates as Danish dates', () => {
    const plan = examplePlan();
    plan.activities[0]!.budget = 1234567.5;
    const line = renderActivitiesCsv(plan, 'da').toString('utf8').split('\r\n')[1]!;
    expect(line).toContain(';"1234567,5";');
    expect(line).toContain(';01-06-2026;15-07-2026;');
    expect(line).toContain(';Gennemført;100;');
  });

  it('keeps Danish letters intact', () => {
    expect(text).toContain('Kortlægning af kompetencebehov før systemskiftet');
    expect(text).toContain('Målgrupper');
    expect(text).toContain('SU’s opfølgning');
  });

  it('quotes fields that hold a separator, a quote or a line break, and only those', () => {
    const plan = examplePlan();
    plan.activities[0]!.title = 'Kursus; del 1';
    plan.activities[0]!.description = 'Første linje\nAnden linje med "citat"';
    const line = renderActivitiesCsv(plan, 'da').toString('utf8').split('\r\n')[1]!;
    expect(line.startsWith('"Kursus; del 1";"Første linje\nAnden linje med ""citat""";')).toBe(
      true,
    );
    expect(line).toContain(';Pernille Dahl Sørensen;');
    plan.activities[0]!.title = 'Kursus, del 1';
    plan.activities[0]!.description = 'Kolonne\tog faneblad';
    const commas = renderActivitiesCsv(plan, 'da').toString('utf8').split('\r\n')[1]!;
    expect(commas.startsWith('"Kursus, del 1";"Kolonne\tog faneblad";')).toBe(true);
  });

  it('keeps every column in place for a reader that splits on commas and tabs too', () => {
    const plan = examplePlan();
    plan.activities[0]!.title = 'Kursus, del 1\tmed faneblad';
    plan.activities[1]!.budget = 7250.75;
    const rows = readLenientCsv(renderActivitiesCsv(plan, 'da').toString('utf8'));
    const [header, ...data] = rows;
    expect(header).toHaveLength(15);
    expect(data).toHaveLength(plan.activities.length);
    for (const [i, row] of data.entries()) {
      const a = plan.activities[i]!;
      expect(row, a.title).toHaveLength(header!.length);
      expect([row[0], row[1], row[9]]).toEqual([a.title, a.description, a.funding]);
    }
    expect(data[1]![7]).toBe('7250,75');
  });

  it('keeps text that looks like a formula from running as one', () => {
    const plan = examplePlan();
    plan.activities[0]!.title = '=HYPERLINK("http://x","klik")';
    const line = renderActivitiesCsv(plan, 'da').toString('utf8').split('\r\n')[1]!;
    expect(line.startsWith(`"'=HYPERLINK(""http://x"",""klik"")";`)).toBe(true);
  });

  it('has English headers on request and the same number format', () => {
    const english = renderActivitiesCsv(doc, 'en').toString('utf8');
    expect(english.slice(1).split('\r\n')[0]!.split(';').slice(0, 3)).toEqual([
      'Activity',
      'Description',
      'Owner',
    ]);
    expect(english).toContain(';Done;100;45000;41200;');
    expect(english).toContain(
      '\r\n"Mentorordning, hvor erfarne sagsbehandlere giver viden videre";',
    );
  });

  it('is just the header for a plan without activities', () => {
    const empty = renderActivitiesCsv(blankPlan(), 'da').toString('utf8');
    expect(empty.split('\r\n')).toHaveLength(2);
  });
});
