import { levelMeaning, levelScale } from '../../../shared/i18n/level-meanings';
import { DEFAULT_LEVEL_MEANINGS } from '../../../shared/model/defaults';
import { useAppStore } from '../../store';

/**
 * What a level means in the open plan, in the interface's language: the committee's own words
 * for the step, or the default meaning where it has none.
 */
export function useLevelMeaning(): (level: number) => string | null {
  const meanings = useAppStore(
    (s) => s.snapshot?.document.plan.levelMeanings ?? DEFAULT_LEVEL_MEANINGS,
  );
  const language = useAppStore((s) => s.language);
  return (level) => levelMeaning(meanings, level, language);
}

/** Every step's meaning in the open plan, step 1 first. */
export function useLevelScale(): string[] {
  const meanings = useAppStore(
    (s) => s.snapshot?.document.plan.levelMeanings ?? DEFAULT_LEVEL_MEANINGS,
  );
  const language = useAppStore((s) => s.language);
  return levelScale(meanings, language);
}
