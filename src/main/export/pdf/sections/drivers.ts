import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { emptyNote, muted, paragraphs, sectionHeading, subheading } from '../blocks';
import { fitsOnPage, textHeight } from '../keep';
import { BODY_SIZE, contentWidth } from '../theme';

const WIDTH = contentWidth('portrait');

/** Why the committee acts: each driver with its priority and the local situation. */
export function driversSection(ctx: SectionContext): Content[] {
  const { t, doc } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.drivers)];
  if (doc.drivers.length === 0) return [...content, emptyNote(t.drivers.empty)];
  for (const driver of doc.drivers) {
    const text = paragraphs(ctx, driver.description);
    content.push({
      stack: [
        subheading(driver.title, 3),
        { ...muted(t.priority[driver.priority]), margin: [0, 0, 0, 3] },
        text.length > 0 ? text : emptyNote(t.drivers.descriptionEmpty),
      ],
      // Kept on one page unless the description alone would fill most of one.
      unbreakable: fitsOnPage(
        textHeight(driver.title, WIDTH, 10.5) +
          textHeight(driver.description, WIDTH, BODY_SIZE) +
          30,
        'portrait',
      ),
    });
  }
  return content;
}
