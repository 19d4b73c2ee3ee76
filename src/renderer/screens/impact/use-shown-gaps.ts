import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countedGaps, type ImpactGap } from '../../../shared/impact';
import type { Language } from '../../../shared/model/enums';
import { formatters } from '../../i18n/format';
import { useAppStore } from '../../store';
import type { ImpactFigures } from './impact-figures';

const NO_GAPS: readonly ImpactGap[] = [];
const GAP_TEXT = 'progress.impact.looseGap';

/**
 * The gaps the screen lists: as worked out, or, when the map counts the activities, with those
 * linked to no competence as one gap, worded in both languages as the other gaps are.
 */
export function useShownGaps(figures: ImpactFigures | null): readonly ImpactGap[] {
  const { i18n } = useTranslation();
  const language = useAppStore((s) => s.language);
  return useMemo(() => {
    if (!figures) return NO_GAPS;
    if (figures.counted.size === 0) return figures.gaps;
    return countedGaps(figures.gaps, (count: number) => {
      const say = (
        lang: Language,
        key: 'progress.impact.looseCount' | 'progress.impact.looseGap',
      ) => i18n.getFixedT(lang)(key, { count, number: formatters(lang).number(count) });
      return {
        title: say(language, 'progress.impact.looseCount'),
        message: {
          da: say('da', GAP_TEXT),
          en: say('en', GAP_TEXT),
        },
      };
    });
  }, [figures, i18n, language]);
}
