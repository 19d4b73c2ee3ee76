import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountedBox, ImpactGap, ImpactMap } from '../../../shared/impact';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';

export interface NodeNames {
  nameOf: (id: string) => string;
  labelOf: (id: string) => string;
  /** The node's title as the chain summary names it: a counting box by its number. */
  titleOf: (id: string) => string;
}

/**
 * What each node is called: the accessible name (kind, title, objectives, gap in words) and the
 * text drawn in its box. Kept by id so the map's nodes re-render only when their words change.
 */
export function useNodeNames(
  map: ImpactMap | null,
  gaps: readonly ImpactGap[],
  counted: ReadonlyMap<string, CountedBox>,
): NodeNames {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  return useMemo(() => {
    const names = new Map<string, string>();
    const labels = new Map<string, string>();
    const gapOf = new Map(gaps.map((g) => [g.nodeId, g]));
    const titleOfNode = new Map((map?.nodes ?? []).map((n) => [n.id, n.label]));
    for (const n of map?.nodes ?? []) {
      const box = counted.get(n.id);
      if (box) {
        const words = { count: box.count, number: format.number(box.count) };
        const label =
          box.competenceId === null
            ? t('progress.impact.looseCount', words)
            : t('progress.impact.activityCount', words);
        labels.set(n.id, label);
        names.set(
          n.id,
          box.competenceId === null
            ? t('progress.impact.looseCountName', words)
            : t('progress.impact.activityCountName', {
                ...words,
                competence: titleOfNode.get(box.competenceId) ?? '',
              }),
        );
        continue;
      }
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
      titleOf: (id: string) => (counted.has(id) ? labels.get(id) : titleOfNode.get(id)) ?? '',
    };
  }, [map, gaps, counted, t, format, language]);
}
