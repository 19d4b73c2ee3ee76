import type { EntityKind, LinkKind } from '../model/enums';
import { entityLabels, ENTITY_PLURALS } from './entity-labels';
import type { LocalizedText } from './localized';

/**
 * What a plan file holds, as the user knows it: each kind of row (an activity, the links between
 * activities and competences, the plan's own details), the undo history and the change log.
 */
export type PlanPart = EntityKind | LinkKind | 'plan' | 'history' | 'changeLog';

/** What was changed in a plan without Omstil, counted by part, as its checksums tell it. */
export interface OutsideChangeSummary {
  /** Rows whose content no longer matches their checksum, by part. */
  changed: { part: PlanPart; count: number }[];
  /** Rows the plan's totals count that are no longer there. */
  deleted: number;
  /** The totals disagree in a way the rows above do not explain. */
  unexplained: boolean;
}

const LINK_ENDS: Record<LinkKind, [EntityKind, EntityKind]> = {
  'competence-driver': ['competence', 'driver'],
  'competence-targetGroup': ['competence', 'targetGroup'],
  'competence-method': ['competence', 'method'],
  'activity-competence': ['activity', 'competence'],
  'activity-method': ['activity', 'method'],
  'activity-targetGroup': ['activity', 'targetGroup'],
  'yearItem-activity': ['yearItem', 'activity'],
  'yearItem-measurement': ['yearItem', 'measurement'],
};

const WHOLE: Record<'plan' | 'history' | 'changeLog', LocalizedText> = {
  plan: { da: 'planens oplysninger', en: 'the plan’s details' },
  history: { da: 'fortrydelseshistorikken', en: 'the undo history' },
  changeLog: { da: 'ændringsloggen', en: 'the change log' },
};

interface Phrase {
  text: LocalizedText;
  /** Whether English takes "were" after it. */
  plural: boolean;
}

function partPhrase(part: PlanPart, count: number): Phrase {
  if (part === 'plan' || part === 'history' || part === 'changeLog') {
    return { text: WHOLE[part], plural: part === 'plan' };
  }
  const one = count === 1;
  if (part in LINK_ENDS) {
    const [from, to] = LINK_ENDS[part as LinkKind];
    return {
      text: {
        da: `${count} ${one ? 'tilknytning' : 'tilknytninger'} fra ${ENTITY_PLURALS[from].da} til ${ENTITY_PLURALS[to].da}`,
        en: `${count} ${one ? 'link' : 'links'} from ${ENTITY_PLURALS[from].en} to ${ENTITY_PLURALS[to].en}`,
      },
      plural: !one,
    };
  }
  const kind = part as EntityKind;
  const label = one ? entityLabels[kind] : ENTITY_PLURALS[kind];
  return { text: { da: `${count} ${label.da}`, en: `${count} ${label.en}` }, plural: !one };
}

/** "a, b og c" / "a, b and c". */
function listed(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]!}`;
}

/** Parts of a plan counted, as a list: "2 indsatser og 1 måling" / "2 activities and 1 measurement". */
export function listParts(parts: readonly { part: PlanPart; count: number }[]): LocalizedText {
  const phrases = parts.map(({ part, count }) => partPhrase(part, count).text);
  return {
    da: listed(
      phrases.map((p) => p.da),
      'og',
    ),
    en: listed(
      phrases.map((p) => p.en),
      'and',
    ),
  };
}

/**
 * What changed, as the middle of a sentence: "2 indsatser og planens oplysninger er ændret, og 1
 * post er slettet" / "2 activities and the plan’s details were changed, and 1 entry was deleted".
 */
export function describeOutsideChanges(summary: OutsideChangeSummary): LocalizedText {
  const clauses: LocalizedText[] = [];
  const parts = summary.changed.map(({ part, count }) => partPhrase(part, count));
  if (parts.length > 0) {
    const plural = parts.length > 1 || parts[0]!.plural;
    clauses.push({
      da: `${listed(
        parts.map((p) => p.text.da),
        'og',
      )} er ændret`,
      en: `${listed(
        parts.map((p) => p.text.en),
        'and',
      )} ${plural ? 'were' : 'was'} changed`,
    });
  }
  if (summary.deleted > 0) {
    const one = summary.deleted === 1;
    clauses.push({
      da: `${summary.deleted} ${one ? 'post' : 'poster'} er slettet`,
      en: `${summary.deleted} ${one ? 'entry was' : 'entries were'} deleted`,
    });
  }
  if (clauses.length === 0 || summary.unexplained) {
    clauses.push({
      da: 'noget af indholdet er tilføjet, slettet eller udskiftet',
      en: 'some of the content was added, deleted or replaced',
    });
  }
  return {
    da: clauses.map((c) => c.da).join(', og '),
    en: clauses.map((c) => c.en).join(', and '),
  };
}
