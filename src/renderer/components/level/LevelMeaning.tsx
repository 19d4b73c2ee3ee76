import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { useLevelMeaning } from './use-level-meaning';
import './level.css';

/**
 * What a level on the 1–5 scale means in this plan, shown wherever a level is entered or read:
 * "Niveau 3: Kan bruge det selvstændigt i de daglige opgaver". Nothing for a level not set.
 */
export function LevelMeaning({ level, id }: { level: number | null; id?: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const meaningOf = useLevelMeaning();
  const meaning = level === null ? null : meaningOf(level);
  if (level === null || meaning === null) return null;
  return (
    <span id={id} className="level-meaning">
      {t('help.levels.meaning', { level: format.decimal(level), meaning })}
    </span>
  );
}
