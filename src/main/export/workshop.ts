import { errors, OmstilError } from '../../shared/errors';
import { workshopSummaryText } from '../../shared/i18n/workshop-summary-text';
import type { PlanDocument } from '../../shared/model/document';
import type { Workshop } from '../../shared/model/entities';
import type { Language } from '../../shared/model/enums';
import { chooseWorkshop, workshopSummary } from '../../shared/workshop/summary';

/**
 * The workshop whose minutes or posters are asked for (`chooseWorkshop`: the named one, or the
 * latest held), refused in words the committee understands: the plan has held no workshop, or
 * none with that id.
 */
export function requireWorkshop(doc: Pick<PlanDocument, 'workshops'>, id?: string): Workshop {
  const workshop = chooseWorkshop(doc, id);
  if (workshop) return workshop;
  if (id === undefined || doc.workshops.length === 0) throw new OmstilError(errors.noWorkshop());
  throw new OmstilError(errors.entityNotFound({ da: 'workshoppen', en: 'the workshop' }, id));
}

/** The minutes of a workshop as text to paste, in the plan's language unless another is asked. */
export function workshopMinutesText(
  doc: PlanDocument,
  id: string | undefined,
  language?: Language,
): string {
  const summary = workshopSummary(doc, requireWorkshop(doc, id));
  return workshopSummaryText(summary, language ?? doc.plan.language);
}
