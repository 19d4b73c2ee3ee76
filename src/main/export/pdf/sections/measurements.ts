import type { Measurement } from '../../../../shared/model/entities';
import { measurementPairs } from '../../facts';
import type { SectionContext } from '../context';
import type { Content, Inline, TextNode } from '../doc-types';
import { dataTable, emptyNote, sectionHeading, subheading } from '../blocks';
import { fitted, lines, type Face } from '../fit';
import { fitsOnPage, textHeight } from '../keep';
import { COLOR, remainingWidth, SMALL_SIZE } from '../theme';

const COMPARISON = { baseline: 84, followUp: 84, change: 44, target: 44 };
const COMPARISON_SUBJECT = remainingWidth('portrait', Object.values(COMPARISON));
const DETAILS = { date: 60, kind: 96, level: 56 };
const DETAILS_TEXT = remainingWidth('portrait', Object.values(DETAILS));

const SUBJECT: Face = { size: SMALL_SIZE + 0.5, bold: true };
const GROUP: Face = { size: SMALL_SIZE, color: COLOR.muted };
const TEXT: Face = { size: SMALL_SIZE };
const NOTE: Face = { size: SMALL_SIZE, color: COLOR.muted };
const CELL: Face = { size: SMALL_SIZE };
const DETAIL: Face = { size: 7, color: COLOR.muted };

/** Whether it works: baseline against the latest follow-up, then every measurement in turn. */
export function measurementsSection(ctx: SectionContext): Content[] {
  const { t, doc } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.measurements)];
  if (doc.measurements.length === 0) return [...content, emptyNote(t.measurements.empty)];
  content.push({ text: t.measurements.intro, style: 'lead' });
  content.push(comparisonTable(ctx));
  content.push(subheading(t.measurements.detailsHeading));
  content.push(detailsTable(ctx));
  return content;
}

function th(text: string, alignment: 'left' | 'right' = 'left'): TextNode {
  return { text, bold: true, fontSize: SMALL_SIZE, alignment };
}

/** The competence in bold with the target group under it. */
function subject(
  ctx: SectionContext,
  m: Pick<Measurement, 'competenceId' | 'targetGroupId'>,
  width: number,
): Content {
  const { t, lookup } = ctx;
  const competence = lookup.competence(m.competenceId)?.title ?? '';
  const group = lookup.targetGroup(m.targetGroupId)?.name ?? t.measurements.allTargetGroups;
  return { stack: [fitted(ctx, competence, width, SUBJECT), fitted(ctx, group, width, GROUP)] };
}

function measured(ctx: SectionContext, m: Measurement | null): Content {
  const { t, f } = ctx;
  if (!m)
    return lines([t.measurements.notYet], { size: SMALL_SIZE, italics: true, color: COLOR.muted });
  const level = lines([m.level === null ? '–' : f.decimalLevel(m.level)], {
    size: 9.5,
    bold: true,
  });
  const detail = [f.shortDate(m.date)];
  if (m.respondents !== null) detail.push(t.measurements.respondents(m.respondents));
  return { stack: [level, lines(detail, DETAIL)] };
}

function comparisonTable(ctx: SectionContext): Content {
  const { t, f, lookup } = ctx;
  const rows = measurementPairs(ctx.doc).map((pair): Content[] => {
    const target = lookup.competence(pair.competenceId)?.targetLevel ?? null;
    const change: Inline =
      pair.change === null
        ? { text: '–', color: COLOR.muted }
        : {
            text: f.signedDecimal(pair.change),
            bold: true,
            color: pair.change > 0 ? COLOR.better : pair.change < 0 ? COLOR.worse : COLOR.text,
          };
    return [
      subject(ctx, pair, COMPARISON_SUBJECT),
      measured(ctx, pair.baseline),
      measured(ctx, pair.followUp),
      { text: [change], alignment: 'right', noWrap: true },
      { text: target === null ? '–' : String(target), alignment: 'right', noWrap: true },
    ];
  });
  return dataTable(
    [
      th(`${t.measurements.competence} · ${t.measurements.targetGroup}`),
      th(t.measurements.baseline),
      th(t.measurements.followUp),
      th(t.measurements.change, 'right'),
      th(t.measurements.targetLevel, 'right'),
    ],
    [COMPARISON_SUBJECT, ...Object.values(COMPARISON)],
    rows,
  );
}

function detailsTable(ctx: SectionContext): Content {
  const { t, f, doc } = ctx;
  const sorted = [...doc.measurements].sort((a, b) => a.date.localeCompare(b.date));
  const rows = sorted.map((m): Content[] => {
    const text: Content[] = [subject(ctx, m, DETAILS_TEXT)];
    if (m.indicator) {
      text.push(fitted(ctx, `${t.measurements.indicator}: ${m.indicator}`, DETAILS_TEXT, TEXT));
    }
    if (m.note.trim()) text.push(fitted(ctx, m.note.trim(), DETAILS_TEXT, NOTE));
    const level: Content[] = [
      lines([m.level === null ? '–' : f.decimalLevel(m.level)], { size: 9.5, bold: true }, 'right'),
    ];
    if (m.respondents !== null) {
      level.push(lines([t.measurements.respondents(m.respondents)], DETAIL, 'right'));
    }
    return [
      lines([f.shortDate(m.date)], CELL),
      {
        stack: [
          fitted(ctx, t.measurementKind[m.kind], DETAILS.kind, CELL),
          fitted(ctx, t.effectLink[m.effectLink], DETAILS.kind, { ...CELL, color: COLOR.muted }),
        ],
      },
      { stack: level },
      { stack: text },
    ];
  });
  return dataTable(
    [
      th(t.measurements.date),
      th(`${t.measurements.kind} · ${t.measurements.effectLink}`),
      th(t.measurements.level, 'right'),
      th(`${t.measurements.competence} · ${t.measurements.targetGroup}`),
    ],
    [DETAILS.date, DETAILS.kind, DETAILS.level, DETAILS_TEXT],
    rows,
    undefined,
    sorted.every((m) =>
      fitsOnPage(
        textHeight(m.note, DETAILS_TEXT, SMALL_SIZE) +
          textHeight(m.indicator ?? '', DETAILS_TEXT, SMALL_SIZE) +
          60,
        'portrait',
      ),
    ),
  );
}
