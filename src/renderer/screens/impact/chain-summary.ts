import type { TFunction } from 'i18next';
import { IMPACT_LAYERS, type ImpactChain, type ImpactMap } from '../../../shared/impact';
import type { Formatters } from '../../i18n/format';

/** The selected chain in one sentence per column, for the eye and for a screen reader. */
export function chainSummary(
  t: TFunction,
  format: Formatters,
  map: ImpactMap,
  chain: ImpactChain,
  titleOf: (id: string) => string,
): string {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const selected = byId.get(chain.nodeId);
  if (!selected) return '';
  const parts = IMPACT_LAYERS.filter((kind) => kind !== selected.kind).map((kind) => {
    const names = chain.nodeIds
      .map((id) => byId.get(id))
      .filter((n) => n?.kind === kind)
      .map((n) => (n ? titleOf(n.id) : ''));
    return t('progress.impact.chainPart', {
      kind: t(`progress.impact.kindsPlural.${kind}`),
      names: names.length === 0 ? t('progress.impact.chainNone') : format.list(names),
    });
  });
  return t('progress.impact.chainSummary', {
    title: titleOf(selected.id),
    parts: parts.join(' '),
  });
}
