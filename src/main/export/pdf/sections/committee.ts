import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { dataTable, emptyNote, muted, paragraphs, sectionHeading, subheading } from '../blocks';

/** Who the committee is, what it aims for, and the principles it has set (Kompetenceaftalen § 8). */
export function committeeSection(ctx: SectionContext): Content[] {
  const { plan, members } = ctx.doc;
  const { t } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.committee)];

  content.push(subheading(t.committee.purpose));
  const purpose = paragraphs(ctx, plan.purpose);
  content.push(purpose.length > 0 ? purpose : emptyNote(t.committee.purposeEmpty));

  content.push(subheading(t.committee.members));
  content.push(
    members.length > 0
      ? dataTable(
          [t.committee.name, t.committee.role],
          ['*', '*'],
          members.map((m) => [m.name, t.memberRole[m.role]]),
        )
      : emptyNote(t.committee.membersEmpty),
  );

  content.push(subheading(t.committee.principles));
  content.push({ ...muted(t.committee.principlesIntro, 9), margin: [0, 0, 0, 8] });
  content.push(
    plan.principles.length > 0
      ? {
          ol: plan.principles.map((p) => ({ text: p, margin: [0, 0, 0, 4] })),
          margin: [4, 0, 0, 0],
        }
      : emptyNote(t.committee.principlesEmpty),
  );
  return content;
}
