import type { Member } from '../../../../shared/model/entities';
import type { MemberRole } from '../../../../shared/model/enums';
import type { SectionContext } from '../context';
import type { CanvasNode, Content, Inline } from '../doc-types';
import { facts, paragraphs, subheading } from '../blocks';
import { fitted } from '../fit';
import { periodText } from '../period';
import { COLOR, contentWidth, SMALL_SIZE } from '../theme';
import { keyFigures } from './summary';

const WIDTH = contentWidth('portrait');
/** Room to write a proposed decision by hand, when the committee has not written one. */
const WRITING_LINES = 4;
const SIGNATURE_GAP = 18;
const SIGNATURE_WIDTH = (WIDTH - 2 * SIGNATURE_GAP) / 3;

/**
 * The page that goes on the SU's agenda in front of the plan: what the committee is asked to
 * decide, in its own words; where the plan stands and what it costs; and room for the date and
 * the signatures of the chair and the vice-chair.
 */
export function agendaSection(ctx: SectionContext): Content[] {
  const { t, f, doc } = ctx;
  const { plan } = doc;
  const notSet: Inline[] = [{ text: t.document.notSet, color: COLOR.muted, italics: true }];
  const latest = doc.statusSnapshots.reduce<string | null>(
    (last, s) => (last === null || s.date > last ? s.date : last),
    null,
  );
  const request = paragraphs(ctx, plan.agendaRequest);
  const owner = [plan.organisation.trim(), plan.unit.trim()].filter(Boolean).join(', ');
  return [
    { text: t.agenda.heading, style: 'h1', outline: true, headlineLevel: 1 },
    fitted(ctx, plan.title.trim() || t.document.untitled, WIDTH, { size: 12, bold: true }),
    ...(owner ? [{ text: owner, color: COLOR.muted, margin: [0, 2, 0, 0] } as Content] : []),
    subheading(t.agenda.request),
    request.length > 0 ? request : writingLines(),
    subheading(t.agenda.plan),
    facts(
      [
        [t.cover.status, t.planStatus[plan.status]],
        [t.cover.period, periodText(ctx, plan.periodStart, plan.periodEnd) ?? notSet],
        [
          t.cover.decisionDate,
          plan.decisionDate
            ? f.date(plan.decisionDate)
            : [{ text: t.cover.notAdopted, color: COLOR.muted, italics: true }],
        ],
        ...(latest ? [[t.agenda.latestStatus, f.date(latest)] as [string, string]] : []),
      ],
      150,
    ),
    subheading(t.agenda.figures),
    keyFigures(ctx),
    { ...subheading(t.agenda.approval), margin: [0, 24, 0, 5] },
    {
      columns: [
        signature(ctx.t.agenda.date, null),
        signature(t.agenda.chair, soleMember(doc.members, ['management'])),
        signature(t.agenda.viceChair, soleMember(doc.members, ['employee-rep', 'union-rep'])),
      ],
      columnGap: SIGNATURE_GAP,
      unbreakable: true,
    },
  ];
}

/**
 * The chair of a state workplace's SU comes from management and the vice-chair is chosen by the
 * employees' representatives; a committee with only one member on a side names that one.
 * Otherwise the line is left for a name to be written by hand.
 */
function soleMember(members: readonly Member[], roles: readonly MemberRole[]): string | null {
  const side = members.filter((m) => roles.includes(m.role));
  return side.length === 1 ? side[0]!.name : null;
}

function signature(label: string, name: string | null): Content {
  const line: CanvasNode = {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: 0,
        x2: SIGNATURE_WIDTH,
        y2: 0,
        lineWidth: 0.6,
        lineColor: COLOR.text,
      },
    ],
    margin: [0, 34, 0, 3],
  };
  return {
    width: SIGNATURE_WIDTH,
    stack: [
      line,
      { text: label, fontSize: SMALL_SIZE, color: COLOR.muted },
      ...(name ? [{ text: name, fontSize: SMALL_SIZE }] : []),
    ],
  };
}

function writingLines(): CanvasNode {
  const gap = 22;
  return {
    canvas: Array.from({ length: WRITING_LINES }, (_, i) => ({
      type: 'line' as const,
      x1: 0,
      y1: (i + 1) * gap,
      x2: WIDTH,
      y2: (i + 1) * gap,
      lineWidth: 0.4,
      lineColor: COLOR.rule,
    })),
    margin: [0, 0, 0, 6],
  };
}
