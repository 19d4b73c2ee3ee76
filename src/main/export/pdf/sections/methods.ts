import { chosenMethods, descriptionOf, type ChosenMethod, type MethodUse } from '../../facts';
import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { emptyNote, muted, paragraphs, sectionHeading, subheading } from '../blocks';
import { fitted } from '../fit';
import { fitsOnPage, textHeight } from '../keep';
import { BODY_SIZE, COLOR, contentWidth, SMALL_SIZE } from '../theme';

const USE_INDENT = 10;
const WIDTH = contentWidth('portrait');

/** How: each chosen method, the competences it serves, and the catalogue's reason for each pair. */
export function methodsSection(ctx: SectionContext): Content[] {
  const { t, doc } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.methods)];
  if (doc.methods.length === 0) return [...content, emptyNote(t.methods.empty)];
  content.push({ text: t.methods.intro, style: 'lead' });
  for (const chosen of chosenMethods(doc, ctx.lang)) content.push(...methodBlock(ctx, chosen));
  return content;
}

function methodBlock(ctx: SectionContext, { method, uses, activities }: ChosenMethod): Content[] {
  const { t } = ctx;
  const text = descriptionOf('method', method, ctx.lang);
  const description = paragraphs(ctx, text);
  const head: Content[] = [
    subheading(method.title, 3),
    description.length > 0 ? description : emptyNote(t.methods.descriptionEmpty),
  ];
  const headHeight =
    textHeight(method.title, WIDTH, 10.5) + textHeight(text, WIDTH, BODY_SIZE) + 30;
  if (uses.length === 0) {
    // Used by activities that name no competence: those are what it serves, so it is linked.
    const usedBy = activities.map((a) => a.title).join(', ');
    const use: Content[] = usedBy
      ? [
          {
            text: t.methods.usedInActivities,
            bold: true,
            fontSize: SMALL_SIZE + 0.5,
            margin: [0, 2, 0, 3],
          },
          fitted(ctx, usedBy, WIDTH - USE_INDENT, { size: BODY_SIZE }),
        ]
      : [emptyNote(t.methods.unused)];
    return [
      {
        stack: [...head, ...use],
        unbreakable: fitsOnPage(headHeight + textHeight(usedBy, WIDTH, BODY_SIZE), 'portrait'),
      },
    ];
  }
  const [first, ...rest] = uses.map((use) => useBlock(ctx, use));
  // The method's title stays on the page with its first reason, never alone at the bottom.
  return [
    {
      stack: [
        ...head,
        { text: t.methods.usedFor, bold: true, fontSize: SMALL_SIZE + 0.5, margin: [0, 2, 0, 3] },
        first ?? '',
      ],
      unbreakable: fitsOnPage(headHeight + useHeight(uses[0]), 'portrait'),
    },
    ...rest,
  ];
}

function useBlock(ctx: SectionContext, use: MethodUse): Content {
  const { t } = ctx;
  const strength = use.strength === null ? null : t.methods.strength[use.strength];
  return {
    stack: [
      {
        text: [
          { text: use.competence.title, bold: true },
          ...(strength
            ? [{ text: `  ${strength}`, color: COLOR.muted, fontSize: SMALL_SIZE }]
            : []),
        ],
        margin: [0, 0, 0, 1],
      },
      use.rationale
        ? fitted(ctx, use.rationale, contentWidth('portrait') - USE_INDENT, { size: BODY_SIZE })
        : { ...muted(t.methods.noRationale, 9), italics: true },
    ],
    margin: [USE_INDENT, 0, 0, 7],
    unbreakable: fitsOnPage(useHeight(use), 'portrait'),
  };
}

function useHeight(use: MethodUse | undefined): number {
  if (!use) return 0;
  return (
    textHeight(use.competence.title, WIDTH - USE_INDENT, BODY_SIZE) +
    textHeight(use.rationale ?? '', WIDTH - USE_INDENT, BODY_SIZE) +
    10
  );
}
