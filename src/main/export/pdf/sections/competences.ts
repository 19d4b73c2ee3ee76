import { levelMeaning, levelScale } from '../../../../shared/i18n/level-meanings';
import type { Competence } from '../../../../shared/model/entities';
import { descriptionOf } from '../../facts';
import type { SectionContext } from '../context';
import type { Content, Inline } from '../doc-types';
import { emptyNote, facts, paragraphs, sectionHeading, subheading } from '../blocks';
import { fitsOnPage, textHeight } from '../keep';
import { BODY_SIZE, COLOR, contentWidth, SMALL_SIZE } from '../theme';
import { stateModelTable } from './state-model';

const WIDTH = contentWidth('portrait');
const FACT_LABEL = 90;

/** What the committee wants to build: for whom, from which level to which, and to what end. */
export function competencesSection(ctx: SectionContext): Content[] {
  const { t, doc } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.competences)];
  if (doc.competences.length === 0) return [...content, emptyNote(t.competences.empty)];
  content.push(levelScaleBlock(ctx));
  for (const competence of doc.competences) content.push(competenceBlock(ctx, competence));
  content.push(...stateModelTable(ctx));
  return content;
}

function competenceBlock(ctx: SectionContext, c: Competence): Content {
  const { t, lookup } = ctx;
  const notSet: Inline[] = [{ text: t.document.notSet, color: COLOR.muted, italics: true }];
  const list = (items: string[]): string | Inline[] =>
    items.length > 0 ? items.join(', ') : notSet;
  const description = paragraphs(ctx, descriptionOf('competence', c, ctx.lang));
  const objectives: Content =
    c.learningObjectives.length > 0
      ? {
          ul: c.learningObjectives.map((o) => ({ text: o, margin: [0, 0, 0, 2] })),
          margin: [4, 0, 0, 0],
        }
      : emptyNote(t.competences.learningObjectivesEmpty);
  return {
    stack: [
      subheading(c.title, 3),
      facts(
        [
          [t.priority.label, t.priority[c.priority]],
          [t.competences.targetGroups, list(lookup.targetGroupNames(c.targetGroupIds))],
          [t.competences.level, levelFact(ctx, c) ?? notSet],
          [t.competences.drivers, list(lookup.driverTitles(c.driverIds))],
        ],
        FACT_LABEL,
      ),
      description.length > 0 ? description : emptyNote(t.competences.descriptionEmpty),
      {
        text: t.competences.learningObjectives,
        bold: true,
        fontSize: SMALL_SIZE + 0.5,
        margin: [0, 2, 0, 3],
      },
      objectives,
    ],
    margin: [0, 0, 0, 8],
    unbreakable: fitsOnPage(estimatedHeight(ctx, c), 'portrait'),
  };
}

/** Roughly how tall the block is, to know whether it can be kept on one page. */
function estimatedHeight(ctx: SectionContext, c: Competence): number {
  const { lookup } = ctx;
  const values = [
    lookup.targetGroupNames(c.targetGroupIds).join(', '),
    lookup.driverTitles(c.driverIds).join(', '),
  ];
  return (
    textHeight(c.title, WIDTH, 10.5) +
    values.reduce((h, v) => h + textHeight(v, WIDTH - FACT_LABEL, BODY_SIZE), 2 * 12) +
    textHeight(descriptionOf('competence', c, ctx.lang), WIDTH, BODY_SIZE) +
    2 * 10 +
    c.learningObjectives.reduce((h, o) => h + textHeight(o, WIDTH - 12, BODY_SIZE) + 2, 0) +
    40
  );
}

/** The plan's own words for each step, so a reader of the levels below knows what they mean. */
function levelScaleBlock(ctx: SectionContext): Content {
  const { t, doc, lang } = ctx;
  return {
    stack: [
      subheading(t.competences.scaleHeading, 3),
      {
        text: t.competences.scaleIntro,
        color: COLOR.muted,
        fontSize: SMALL_SIZE,
        margin: [0, 0, 0, 3],
      },
      facts(
        levelScale(doc.plan.levelMeanings, lang).map((meaning, i): [string, string] => [
          String(i + 1),
          meaning,
        ]),
        16,
      ),
    ],
    unbreakable: true,
  };
}

/** The levels and, on a line of their own, what the plan says each of them means. */
function levelFact(ctx: SectionContext, c: Competence): Inline[] | null {
  const text = levelText(ctx, c);
  if (text === null) return null;
  const { t, doc, lang } = ctx;
  const meanings = [c.currentLevel, c.targetLevel]
    .filter((level, i, all): level is number => level !== null && all.indexOf(level) === i)
    .map((level) =>
      t.competences.levelMeaning(level, levelMeaning(doc.plan.levelMeanings, level, lang)!),
    );
  return [
    { text },
    ...meanings.map((m): Inline => ({ text: `\n${m}`, color: COLOR.muted, fontSize: SMALL_SIZE })),
  ];
}

function levelText(ctx: SectionContext, c: Competence): string | null {
  const { competences } = ctx.t;
  if (c.currentLevel !== null && c.targetLevel !== null) {
    return competences.levelChange(c.currentLevel, c.targetLevel);
  }
  if (c.targetLevel !== null) return competences.levelTarget(c.targetLevel);
  if (c.currentLevel !== null) return competences.levelCurrent(c.currentLevel);
  return null;
}
