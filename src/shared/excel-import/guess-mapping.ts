import { foldForSearch } from '../catalog';
import { cellText } from './cell-text';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type SheetRow } from './schema';

// A first mapping for a workbook never seen before, from the words committees head their
// columns with; the user checks it in the dialog before anything is imported.

const HEADER_WORDS: Record<ImportField, readonly string[]> = {
  title: ['titel', 'aktivitet', 'indsats', 'aktiviteter', 'indsatser', 'navn', 'title', 'activity'],
  description: [
    'beskrivelse',
    'indhold',
    'bemærkning',
    'bemærkninger',
    'note',
    'noter',
    'description',
  ],
  owner: ['ansvarlig', 'ejer', 'tovholder', 'kontaktperson', 'owner', 'responsible'],
  start: ['start', 'startdato', 'fra', 'begynder', 'periode', 'dato', 'start date'],
  end: ['slut', 'slutdato', 'til', 'deadline', 'frist', 'end', 'end date'],
  status: ['status', 'stade'],
  budget: ['budget', 'budgetteret', 'pris', 'beløb', 'omkostning', 'cost'],
  spent: ['forbrug', 'forbrugt', 'brugt', 'afholdt', 'spent', 'actual'],
  funding: ['finansiering', 'finansieret af', 'kilde', 'pulje', 'fond', 'funding'],
  participants: ['deltagere', 'antal deltagere', 'antal', 'participants'],
  competence: ['kompetence', 'kompetencer', 'kompetenceområde', 'competence', 'competences'],
  targetGroup: ['målgruppe', 'målgrupper', 'team', 'afdeling', 'target group', 'target groups'],
};

const fold = (text: string) =>
  foldForSearch(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const BY_WORD = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS)
  for (const word of HEADER_WORDS[field]) BY_WORD.set(fold(word), field);

/**
 * Each column's field by its header, each field at most once (the first column wins; a second
 * column headed like the first, such as the end under a merged "Periode", is read as the end).
 */
export function guessMapping(header: SheetRow | undefined): ColumnMapping {
  const used = new Set<ImportField>();
  return (header?.cells ?? []).map((cell) => {
    // "Budget (kr.)": a unit in brackets says nothing of the field.
    const words = fold(cellText(cell).replace(/\(.*?\)/g, ' '));
    let field = BY_WORD.get(words) ?? null;
    if (field === 'start' && used.has('start')) field = 'end';
    if (field === null || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

/**
 * The header row: the first of the first rows with at least two different texts, so that a
 * title merged over the table (its text in every cell it covers) is passed over.
 */
export function guessHeaderRow(rows: readonly SheetRow[]): number {
  const texts = (r: SheetRow) =>
    new Set(r.cells.filter((c) => typeof c === 'string' && c.trim() !== '')).size;
  const header = rows.find((r) => texts(r) >= 2);
  return header?.row ?? rows[0]?.row ?? 1;
}
