import type { PlanDocument } from '../../../../shared/model/document';
import { YEAR_WHEEL_KINDS, type Language } from '../../../../shared/model/enums';
import { monthName, YEAR_WHEEL_KIND_LABELS } from '../../../../shared/year-wheel';
import { exportFormat, parseIsoDate } from '../../format';
import { exportTexts } from '../../i18n';

/**
 * The årshjul's drawing in a few sentences, for a reader who cannot see it (the PDF's
 * alternative text for the figure): how many items, from which month, how many of each kind.
 */
export function yearWheelAltText(doc: PlanDocument, lang: Language): string {
  const t = exportTexts[lang];
  const f = exportFormat(lang);
  if (doc.yearItems.length === 0) return t.yearWheel.empty;
  const start = doc.plan.periodStart ? parseIsoDate(doc.plan.periodStart) : null;
  const first = monthName(start ? start.getUTCMonth() + 1 : 1)[lang];
  const kinds = YEAR_WHEEL_KINDS.flatMap((kind) => {
    const n = doc.yearItems.filter((i) => i.kind === kind).length;
    return n === 0 ? [] : [`${YEAR_WHEEL_KIND_LABELS[kind][lang]} ${f.integer(n)}`];
  }).join(', ');
  return t.yearWheel.altText(f.integer(doc.yearItems.length), first, kinds);
}
