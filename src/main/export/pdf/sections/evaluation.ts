import { asSubsection, evaluationBody } from '../evaluation/content';
import { latestCompleted } from '../evaluation/record';
import { evaluationTexts } from '../evaluation/texts';
import { emptyNote, sectionHeading } from '../blocks';
import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { periodText } from '../period';

/**
 * The plan PDF's look back (Kompetenceaftalen § 8, stk. 2): the latest evaluation the committee
 * has completed, as its figures were frozen then, or a note that there is none yet.
 */
export function evaluationSection(ctx: SectionContext): Content[] {
  const t = evaluationTexts[ctx.lang];
  const evaluation = latestCompleted(ctx.doc.evaluations);
  if (!evaluation || evaluation.completedAt === null) {
    return [...sectionHeading(t.sectionTitle), emptyNote(t.none)];
  }
  const period = periodText(ctx, evaluation.periodStart, evaluation.periodEnd) ?? '';
  return [
    ...sectionHeading(t.title(evaluation.year)),
    {
      text: t.sectionLead(evaluation.year, period, ctx.f.date(evaluation.completedAt)),
      style: 'lead',
    },
    ...evaluationBody(ctx, evaluation, asSubsection),
  ];
}
