import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { component, serialise, textProperty } from '../../../src/main/export/ics/content-lines';
import { allDayProperties } from '../../../src/main/export/ics/date-values';
import { foldLine, MAX_LINE_OCTETS } from '../../../src/main/export/ics/fold-line';
import { escapeText } from '../../../src/main/export/ics/text-value';

const DANISH =
  'Æblegrød på Ærø: Kursus i sagsbehandling for søstre og brødre i Øresundsregionen, ' +
  'hvor både æ, ø og å står tæt – og “anførselstegn”, tankestreger og emoji 🗓 skal overleve.';

/** A calendar with one event holding `text`, read back by ical.js. */
function roundTrip(text: string): string {
  const file = serialise(
    component('VCALENDAR', [
      'VERSION:2.0',
      'PRODID:-//Test//Test//DA',
      ...component('VEVENT', [
        'UID:1@test',
        'DTSTAMP:20261127T100000Z',
        ...allDayProperties('2027-03-03', '2027-03-05'),
        textProperty('DESCRIPTION', text),
      ]),
    ]),
  );
  const vevent = new ICAL.Component(ICAL.parse(file) as unknown[]).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no event read back');
  return new ICAL.Event(vevent).description;
}

describe('the iCalendar writer', () => {
  it('folds a long Danish line at 75 octets without splitting a letter, and ical.js unfolds it', () => {
    const lines = foldLine(textProperty('DESCRIPTION', DANISH));
    expect(lines.length).toBeGreaterThan(2);
    for (const [i, line] of lines.entries()) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.byteLength).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      // A split letter would not survive the trip through bytes and back.
      expect(bytes.toString('utf8')).toBe(line);
      expect(line).not.toContain('\uFFFD');
      if (i > 0) expect(line.startsWith(' ')).toBe(true);
    }
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(
      textProperty('DESCRIPTION', DANISH),
    );
    expect(roundTrip(DANISH)).toBe(DANISH);
  });

  it('fills a line to 75 octets exactly where a two-octet letter would cross the edge', () => {
    // 73 ASCII octets, then »ø« (2 octets) fits exactly; the next »ø« goes to the next line.
    const lines = foldLine(`${'x'.repeat(73)}øø`);
    expect(lines).toEqual([`${'x'.repeat(73)}ø`, ' ø']);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and reads back the same text', () => {
    const text = 'Budget; 12.500,50 kr.\\år\nAnden linje\r\nTredje, sidste';
    expect(escapeText(text)).toBe(
      'Budget\\; 12.500\\,50 kr.\\\\år\\nAnden linje\\nTredje\\, sidste',
    );
    expect(roundTrip(text)).toBe(text.replace(/\r\n/g, '\n'));
  });

  it('ends every line with CRLF and gives an all-day event the day after as its end', () => {
    const file = serialise(component('VEVENT', allDayProperties('2027-02-27', '2027-02-28')));
    expect(file).toBe(
      'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270227\r\nDTEND;VALUE=DATE:20270301\r\nEND:VEVENT\r\n',
    );
  });
});
