import ICAL from 'ical.js';

/** An event as ical.js reads it back, dates as ISO days. */
export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  /** Every occurrence's first day, the first one included. */
  occurrences: string[];
  sequence: number | null;
  categories: string[];
}

/** Reads an iCalendar file with ical.js, an implementation of RFC 5545 independent of ours. */
export function readCalendar(bytes: Buffer): { name: string; events: Map<string, ReadEvent> } {
  const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')) as unknown[]);
  const events = new Map<string, ReadEvent>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const occurrences: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && occurrences.length < 50; next = iterator.next()) {
      occurrences.push(next.toString());
    }
    const sequence = component.getFirstPropertyValue('sequence');
    events.set(event.uid, {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      occurrences,
      sequence: typeof sequence === 'number' ? sequence : null,
      categories: component
        .getAllProperties('categories')
        .flatMap((p) => p.getValues().map(String)),
    });
  }
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}
