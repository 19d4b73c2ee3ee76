import { TRENDS_ANONYMOUS_LABELS } from '../i18n/trends-labels';
import type { Language } from '../model/enums';

export interface Anonymiser {
  file: (file: string) => string;
  /** A custom title with the names in it replaced. */
  title: (title: string) => string;
  /** A skipped file's reason, which names the file, with the file's name replaced. */
  reason: (file: string, reason: string) => string;
}

/** Names this short are words as often as names ("IT", "Ål"): replacing them would garble titles. */
const SHORTEST_NAME = 3;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function replacer(names: readonly string[], by: string): (text: string) => string {
  const distinct = [
    ...new Set(names.map((n) => n.trim()).filter((n) => n.length >= SHORTEST_NAME)),
  ];
  if (distinct.length === 0) return (text) => text;
  // The longest first, so "Styrelsen for Dataforsyning" goes whole before "Styrelsen" could.
  distinct.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(distinct.map(escape).join('|'), 'giu');
  return (text) => text.replace(pattern, by);
}

/**
 * What an anonymous report leaves out: every file's name (a plan file is usually named for the
 * unit), given as "Fil 1", "Fil 2" … in the order the files were named; and in the titles of
 * custom entries and target groups, the organisation and unit names the plans give and the names
 * of their committees' members (who are the only people a plan names; activities' owners are
 * members). A name written differently from how the plan gives it (a first name alone, an
 * abbreviation) is not found. Catalogue titles hold no names and are left as they are.
 */
export function anonymiser(
  anonymous: boolean,
  lang: Language,
  known: { files: readonly string[]; organisations: readonly string[]; people: readonly string[] },
): Anonymiser {
  if (!anonymous) {
    return { file: (file) => file, title: (title) => title, reason: (_file, reason) => reason };
  }
  const aliases = new Map<string, string>();
  for (const file of known.files) {
    if (!aliases.has(file)) {
      aliases.set(file, TRENDS_ANONYMOUS_LABELS.file(aliases.size + 1)[lang]);
    }
  }
  const file = (f: string) => aliases.get(f) ?? f;
  const organisations = replacer(known.organisations, TRENDS_ANONYMOUS_LABELS.organisation[lang]);
  const people = replacer(known.people, TRENDS_ANONYMOUS_LABELS.person[lang]);
  return {
    file,
    title: (title) => people(organisations(title)),
    reason: (f, reason) => {
      const base = f.split(/[\\/]/).at(-1) ?? f;
      return reason.replaceAll(f, file(f)).replaceAll(base, file(f));
    },
  };
}
