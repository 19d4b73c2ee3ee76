import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImpactGap, ImpactMap } from '../../../shared/impact';
import { useAppStore } from '../../store';

/**
 * What each node is called: the accessible name (kind, title, objectives, gap in words) and the
 * text drawn in its box. Kept by id so the map's nodes re-render only when their words change.
 */
export function useNodeNames(
  map: ImpactMap | null,
  gaps: readonly ImpactGap[],
): { nameOf: (id: string) => string; labelOf: (id: string) => string } {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  return useMemo(() => {
    const names = new Map<string, string>();
    const labels = new Map<string, string>();
    const gapOf = new Map(gaps.map((g) => [g.nodeId, g]));
    for (const n of map?.nodes ?? []) {
      const cancelled = n.status === 'cancelled';
      const label = cancelled ? t('progress.impact.cancelled', { title: n.label }) : n.label;
      labels.set(n.id, label);
      const parts = [
        t('progress.impact.nodeName', { kind: t(`progress.impact.kinds.${n.kind}`), title: label }),
      ];
      if (n.learningObjectives.length > 0) {
        parts.push(
          t('progress.impact.objectives', {
            count: n.learningObjectives.length,
            list: n.learningObjectives.join('; '),
          }),
        );
      }
      const gap = gapOf.get(n.id);
      if (gap) parts.push(t('progress.impact.gapName', { message: gap.message[language] }));
      names.set(n.id, parts.join(' '));
    }
    return {
      nameOf: (id: string) => names.get(id) ?? '',
      labelOf: (id: string) => labels.get(id) ?? '',
    };
  }, [map, gaps, t, language]);
}
