import { isCompetenceKey } from '../../../../shared/catalog';
import {
  stateModelArea,
  stateModelLinksFor,
  stateModelName,
  stateModelSubcategory,
  type StateModelName,
} from '../../../../shared/catalog/state-model';
import { EXPORT_LOCALES } from '../../format';
import type { SectionContext } from '../context';
import type { Content, TableNode, TextNode } from '../doc-types';
import { dataTable, muted, subheading } from '../blocks';
import { fitsOnPage, textHeight } from '../keep';
import { COLOR, HAIRLINE_TABLE, remainingWidth, SMALL_SIZE } from '../theme';

const WIDTHS = [112, 92, 92] as const;
const WIDTHS_ALL: (number | '*')[] = [...WIDTHS, '*'];
const REASON_WIDTH = remainingWidth('portrait', [...WIDTHS]);
/** The subheading, the lead paragraph and the header row, roughly. */
const HEAD_HEIGHT = 90;

/**
 * The plan's catalogue competences read in the terms of Digitaliseringsstyrelsen's model, for a
 * reader who plans in the state's language rather than the seed article's. Nothing when the plan
 * has no catalogue competence: the committee's own competences are not linked to the model.
 */
export function stateModelTable(ctx: SectionContext): Content[] {
  const { t, doc, lang } = ctx;
  let borrowed = false;
  const nameCell = (name: StateModelName): TextNode => {
    const shown = stateModelName(name, lang);
    borrowed ||= shown.borrowed;
    if (!shown.borrowed) return { text: shown.text, fontSize: SMALL_SIZE };
    // Read with the voice of the name's own language.
    const own = EXPORT_LOCALES[lang === 'da' ? 'en' : 'da'];
    return { text: shown.text, fontSize: SMALL_SIZE, italics: true, tag: { role: 'P', lang: own } };
  };
  const groups: { rows: Content[][]; height: number }[] = [];
  for (const competence of doc.competences) {
    if (!isCompetenceKey(competence.catalogKey)) continue;
    const links = stateModelLinksFor(competence.catalogKey);
    const rows = links.map((link, i): Content[] => {
      const sub = link.subcategory === null ? undefined : stateModelSubcategory(link.subcategory);
      return [
        // The title once, at the head of its rows: the rows below it read as its continuation.
        i === 0 ? { text: competence.title, fontSize: SMALL_SIZE, bold: true } : '',
        nameCell(stateModelArea(link.area).name),
        sub
          ? nameCell(sub.name)
          : { text: t.stateModel.wholeArea, fontSize: SMALL_SIZE, color: COLOR.muted },
        { text: link.reason[lang], fontSize: SMALL_SIZE },
      ];
    });
    const height =
      Math.max(
        textHeight(competence.title, WIDTHS[0], SMALL_SIZE),
        links.reduce((h, l) => h + textHeight(l.reason[lang], REASON_WIDTH, SMALL_SIZE) + 8, 0),
      ) + 8;
    groups.push({ rows, height });
  }
  const [first, ...rest] = groups;
  if (first === undefined) return [];
  const headers = [
    t.stateModel.competence,
    t.stateModel.area,
    t.stateModel.subcategory,
    t.stateModel.reason,
  ];
  // The notes read as the table's legend, above it: below, they could be left alone on a page.
  const notes: string[] = [];
  if (doc.competences.some((c) => !isCompetenceKey(c.catalogKey))) {
    notes.push(t.stateModel.customLeftOut);
  }
  if (borrowed) notes.push(t.stateModel.borrowedNote);
  const head: Content[] = [
    subheading(t.stateModel.heading),
    { text: t.stateModel.intro, style: 'lead', margin: [0, 0, 0, notes.length > 0 ? 4 : 10] },
    ...notes.map((note): Content => ({ ...muted(note), margin: [0, 0, 0, 4] })),
  ];
  const total = groups.reduce((h, g) => h + g.height, HEAD_HEIGHT + notes.length * 12);
  if (fitsOnPage(total, 'portrait')) {
    const rows = groups.flatMap((g) => g.rows);
    return [
      { stack: [...head, dataTable(headers, WIDTHS_ALL, rows, [0, 4, 0, 10])], unbreakable: true },
    ];
  }
  return splitTable(
    head,
    headers,
    first.rows,
    rest.flatMap((g) => g.rows),
  );
}

/**
 * A table too long to move whole: the heading stays on the page with the first competence's
 * rows, and the rest follow in a table of their own that may break between rows.
 */
function splitTable(
  head: Content[],
  headers: string[],
  firstRows: Content[][],
  restRows: Content[][],
): Content[] {
  if (restRows.length === 0) {
    return [
      {
        stack: [...head, dataTable(headers, WIDTHS_ALL, firstRows, [0, 4, 0, 10])],
        unbreakable: true,
      },
    ];
  }
  const opening = dataTable(headers, WIDTHS_ALL, firstRows, [0, 4, 0, 0]);
  // The opening's last rule is a row's hairline: the table goes on below it.
  const { hLineWidth, hLineColor } = HAIRLINE_TABLE;
  opening.layout = {
    ...HAIRLINE_TABLE,
    hLineWidth: (row, node) =>
      row === node.table.body.length ? 0.4 : (hLineWidth?.(row, node) ?? 0),
    hLineColor: (row, node) =>
      row === node.table.body.length ? COLOR.hairline : (hLineColor?.(row, node) ?? COLOR.hairline),
  };
  const continuation: TableNode = {
    table: { widths: WIDTHS_ALL, dontBreakRows: true, body: restRows },
    layout: HAIRLINE_TABLE,
    margin: [0, 0, 0, 10],
  };
  return [{ stack: [...head, opening], unbreakable: true }, continuation];
}
