import { buildImpactMap, impactGaps } from '../../../../shared/impact';
import type { PlanDocument } from '../../../../shared/model/document';
import type { Language } from '../../../../shared/model/enums';
import { exportFormat } from '../../format';
import { exportTexts } from '../../i18n';

/**
 * The impact map in a few sentences, for a reader who cannot see it (the PDF's alternative text
 * for the figure): what its columns hold, how many lines join them, and whether it has gaps.
 */
export function impactMapAltText(doc: PlanDocument, lang: Language): string {
  const t = exportTexts[lang];
  const f = exportFormat(lang);
  const map = buildImpactMap(doc);
  if (map.nodes.length === 0) return t.impactMap.empty;
  // The print leaves out a target group's own links to activities (see the drawing).
  const links = map.edges.filter((e) => e.kind !== 'targetGroup-activity').length;
  const n = (count: number) => f.integer(count);
  return [
    t.impactMap.altText(
      n(doc.drivers.length),
      n(doc.targetGroups.length),
      n(doc.competences.length),
      n(doc.activities.length),
      n(links),
    ),
    t.impactMap.altTextGaps(impactGaps(doc).length),
  ].join(' ');
}
