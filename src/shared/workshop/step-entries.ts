import type { WindowDocument } from '../model/document';
import type { Priority } from '../model/enums';
import type { WorkshopStepPart } from './formats';

// The plan's entries a workshop step works on, as the room sees them on the screen and on the
// step's poster on the wall.

/** What of the plan a step's entries are read from. */
export type EntrySource = Pick<
  WindowDocument,
  'plan' | 'members' | 'drivers' | 'competences' | 'methods' | 'activities'
>;

/** The parts of a workshop that show the plan's own entries; the rest show only the guide. */
export const ENTRY_PARTS = [
  'drivers',
  'competences',
  'methods',
  'activities',
  'principles',
  'priorities',
] as const satisfies readonly WorkshopStepPart[];
export type EntryPart = (typeof ENTRY_PARTS)[number];

export function isEntryPart(part: WorkshopStepPart): part is EntryPart {
  return (ENTRY_PARTS as readonly string[]).includes(part);
}

/** One card on the wall: an entry's title and the few facts the room needs beside it. */
export interface EntryCard {
  key: string;
  title: string;
  priority?: Priority;
  levels?: { from: number; to: number };
  /** The owner's name; null when the activity has none yet. */
  owner?: string | null;
}

/**
 * The plan's entries for a step, as the room should see them: in the committee's order, and for
 * the priorities the competences from high to low (the list's order among equals).
 */
export function entryCards(doc: EntrySource, part: EntryPart): EntryCard[] {
  switch (part) {
    case 'drivers':
      return doc.drivers.map((d) => ({ key: d.id, title: d.title, priority: d.priority }));
    case 'competences':
      return doc.competences.map((c) => ({
        key: c.id,
        title: c.title,
        ...(c.currentLevel !== null && c.targetLevel !== null
          ? { levels: { from: c.currentLevel, to: c.targetLevel } }
          : {}),
      }));
    case 'methods':
      return doc.methods.map((m) => ({ key: m.id, title: m.title }));
    case 'activities': {
      const names = new Map(doc.members.map((m) => [m.id, m.name]));
      return doc.activities
        .filter((a) => a.status !== 'cancelled')
        .map((a) => ({
          key: a.id,
          title: a.title,
          owner: a.ownerId === null ? null : (names.get(a.ownerId) ?? null),
        }));
    }
    case 'principles':
      return doc.plan.principles.map((text, i) => ({ key: `principle-${i}`, title: text }));
    case 'priorities':
      return doc.competences
        .map((c, order) => ({ c, order }))
        .sort((a, b) => a.c.priority - b.c.priority || a.order - b.order)
        .map(({ c }) => ({ key: c.id, title: c.title, priority: c.priority }));
  }
}
